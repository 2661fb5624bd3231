/** Playbook models as YAML text, written the way people write it: comments, flow lists, folded and literal prose. */
import { flowSequence, inlineScalar, scalarLines } from './yaml-text.js';

export function emitPlaybook(playbook, style) {
  const lines = [];
  if (style.schemaComment) lines.push('# yaml-language-server: $schema=../../../../schemas/playbook.schema.json');
  lines.push('kind: playbook', 'format: 1', `id: ${playbook.id}`, `title: ${inlineScalar(playbook.title)}`);
  if (!(style.omitLocale && playbook.lang === 'ko')) lines.push(`locale: ${playbook.locale}`);
  if (playbook.owner) lines.push(`owner: ${inlineScalar(playbook.owner)}`);
  if (playbook.revision) lines.push(`revision: ${playbook.revision}`);
  if (playbook.tags) lines.push(`tags: ${flowSequence(playbook.tags)}`);
  if (style.blockChannels) lines.push('channels:', ...playbook.channels.map((c) => `  - ${c}`));
  else lines.push(`channels: ${flowSequence(playbook.channels)}`);
  lines.push('placeholders:', ...playbook.placeholders.map(([name, description]) => `  ${name}: ${inlineScalar(description)}`));
  if (playbook.facts.length) {
    lines.push('facts:');
    const width = Math.max(...playbook.facts.map((f) => `  ${f.name}: ${inlineScalar(String(f.value))}`.length)) + 2;
    for (const fact of playbook.facts) {
      const line = `  ${fact.name}: ${inlineScalar(String(fact.value))}`;
      lines.push(fact.comment && style.factComments ? `${line.padEnd(width)}# ${fact.comment}` : line);
    }
  }
  lines.push('scenarios:');
  playbook.scenarios.forEach((scenario, index) => {
    if (index > 0 && style.blankBetweenScenarios) lines.push('');
    emitScenario(scenario, style, lines);
  });
  return lines;
}

export function emitScenario(scenario, style, lines) {
  const start = lines.length;
  lines.push(`  - id: ${scenario.id}`);
  for (const mark of scenario.marks ?? []) mark.lineIndex = start;
  lines.push(...scalarLines(4, 'title', scenario.title, { fold: false }));
  lines.push(...scalarLines(4, 'when', scenario.when, { fold: false }));
  if (scenario.goal) lines.push(...scalarLines(4, 'goal', scenario.goal, { fold: false }));
  if (scenario.escalation) {
    lines.push('    escalation:');
    for (const key of ['authority', 'to', 'when']) lines.push(...scalarLines(6, key, scenario.escalation[key], { fold: false }));
  }
  lines.push('    scripts:');
  for (const script of scenario.scripts) {
    lines.push(`      ${script.channel}:`);
    if (script.subject !== undefined) lines.push(...scalarLines(8, 'subject', script.subject, { fold: false }));
    lines.push('        steps:');
    for (const step of script.steps) emitStep(step, style, lines);
  }
  return lines;
}

function emitStep(step, style, lines) {
  const start = lines.length;
  const fields = [];
  if (step.id) fields.push(`id: ${step.id}`);
  fields.push(`kind: ${step.kind}`);
  lines.push(`          - ${fields[0]}`);
  for (const field of fields.slice(1)) lines.push(`            ${field}`);
  for (const mark of step.marks ?? []) mark.lineIndex = start;
  if (step.say !== undefined) {
    if (step.comment) lines.push(`            # ${step.comment}`);
    lines.push(...scalarLines(12, 'say', step.say, { foldAt: style.foldAt, fold: style.fold }));
    if (step.duplicateSay) lines.push(...scalarLines(12, 'say', step.say, { fold: false }));
  }
  if (step.note) lines.push(...scalarLines(12, 'note', step.note, { fold: style.fold && step.note.length > 120 }));
  if (step.replies) {
    lines.push('            replies:');
    for (const reply of step.replies) {
      lines.push(`              - customer: ${inlineScalar(reply.customer)}`, `                goto: ${reply.goto}`);
    }
  }
  if (step.goto) lines.push(`            goto: ${step.goto}`);
  if (step.end) lines.push('            end: true');
  if (step.due) lines.push(`            due: ${step.due}`);
  if (step.via) lines.push(`            via: ${step.via}`);
}
