/** Handbook → GitHub-flavoured Markdown with the same content as the HTML, for wikis and review. Pure. */
import { escalationRows, labelsFor, targetText, type Labels } from './labels.js';
import { placeholderRows, type ChapterPart, type Handbook, type PlaybookPart, type ScenarioPart, type ScriptPart, type StepPart, type TextContext } from './model.js';
import { mdBlock, mdCell, mdInline, mdText } from './markdown-text.js';

export function renderMarkdown(handbook: Handbook): string {
  const labels = labelsFor(handbook.lang);
  const blocks = [
    `# ${mdText(handbook.title)}`,
    cover(handbook, labels),
    `## ${mdText(labels.contents)}`,
    contents(handbook),
    ...front(handbook, labels),
    ...handbook.chapters.flatMap((chapter) => chapterBlocks(chapter, labels)),
    ...glossary(handbook, labels),
  ];
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

function cover(handbook: Handbook, labels: Labels): string {
  const rows: [string, string][] = [];
  if (handbook.audience) rows.push([labels.audience, handbook.audience]);
  if (handbook.edition) rows.push([labels.edition, handbook.edition]);
  rows.push([labels.locale, handbook.locale]);
  return rows.map(([term, value]) => `- **${mdText(term)}**: ${mdText(value)}`).join('\n');
}

function contents(handbook: Handbook): string {
  return handbook.contents
    .map((entry) => {
      const number = entry.number ? `${entry.number} ` : '';
      return `${'  '.repeat(entry.depth - 1)}- [${mdText(number + entry.title)}](#${entry.anchor})`;
    })
    .join('\n');
}

/** Headings carry an anchor by position, so links work the same in every Markdown viewer that keeps it. */
function heading(level: number, anchor: string, text: string): string {
  return `<a id="${anchor}"></a>\n\n${'#'.repeat(level)} ${mdText(text)}`;
}

function front(handbook: Handbook, labels: Labels): string[] {
  const blocks: string[] = [];
  if (handbook.intro) blocks.push(heading(2, 'intro', labels.intro), mdBlock(handbook.intro));
  if (handbook.principles.length > 0) {
    blocks.push(heading(2, 'principles', labels.principles));
    handbook.principles.forEach((principle, index) => blocks.push(`### ${index + 1}. ${mdText(principle.title)}`, mdBlock(principle.body)));
  }
  return blocks;
}

function chapterBlocks(chapter: ChapterPart, labels: Labels): string[] {
  return [
    heading(2, chapter.heading.anchor, `${chapter.heading.number} ${chapter.heading.title}`),
    chapter.intro ? mdBlock(chapter.intro) : '',
    ...chapter.playbooks.flatMap((part) => playbookBlocks(part, labels)),
  ];
}

function playbookBlocks(part: PlaybookPart, labels: Labels): string[] {
  const { playbook } = part;
  const level = part.heading ? 3 : 2;
  const meta = [
    `\`${playbook.id.replaceAll('`', '')}\``,
    playbook.owner ? `${mdText(labels.owner)}: ${mdText(playbook.owner)}` : '',
    playbook.revision ? `${mdText(labels.revision)} ${mdText(playbook.revision)}` : '',
    `${mdText(labels.channels)}: ${part.channels.map((channel) => mdText(labels.channel(channel))).join(', ')}`,
    playbook.tags?.length ? `${mdText(labels.tags)}: ${playbook.tags.map(mdText).join(', ')}` : '',
  ].filter(Boolean);
  return [
    part.heading ? heading(3, part.heading.anchor, `${part.heading.number} ${part.heading.title}`) : '',
    meta.join(' · '),
    pairsTable(labels.placeholders, placeholderRows(part.text, labels), labels),
    pairsTable(labels.facts, Object.entries(part.text.facts).map(([name, value]) => [name, String(value)]), labels),
    ...part.scenarios.flatMap((scenario) => scenarioBlocks(scenario, level + 1, part.text, labels)),
    ...coverageBlocks(part, level + 1, labels),
  ];
}

function pairsTable(caption: string, rows: [string, string][], labels: Labels): string {
  if (rows.length === 0) return '';
  const body = rows.map(([name, value]) => `| \`${name.replaceAll('`', '')}\` | ${mdCell(value)} |`);
  return [`**${mdText(caption)}**`, '', `| ${mdCell(labels.name)} | ${mdCell(labels.value)} |`, '| --- | --- |', ...body].join('\n');
}

function scenarioBlocks(part: ScenarioPart, level: number, text: TextContext, labels: Labels): string[] {
  const { scenario } = part;
  const situation = [`- **${mdText(labels.when)}**: ${mdInline(scenario.when, text)}`];
  if (scenario.purpose !== undefined) situation.unshift(`- **${mdText(labels.purposeTitle)}**: \`${mdText(labels.purpose(scenario.purpose))}\``);
  if (scenario.goal) situation.push(`- **${mdText(labels.goal)}**: ${mdInline(scenario.goal, text)}`);
  return [
    heading(level, part.heading.anchor, `${part.heading.number} ${part.heading.title}`),
    situation.join('\n'),
    escalationBlock(part, text, labels),
    ...part.scripts.flatMap((script) => scriptBlocks(script, level + 1, text, labels)),
  ];
}

function escalationBlock({ scenario }: ScenarioPart, text: TextContext, labels: Labels): string {
  const escalation = scenario.escalation;
  if (!escalation) return '';
  const rows = escalationRows(escalation, labels).map(([term, value]) => `> - **${mdText(term)}**: ${mdInline(value, text)}`);
  return [`> **${mdText(labels.escalation)}**`, '>', ...rows].join('\n');
}

function scriptBlocks(script: ScriptPart, level: number, text: TextContext, labels: Labels): string[] {
  return [
    `${'#'.repeat(level)} ${mdText(labels.channel(script.channel))}`,
    script.subject ? `**${mdText(labels.subject)}**: ${mdInline(script.subject, text, { plain: true })}` : '',
    ...script.steps.map((step) => stepBlock(step, text, labels)),
  ];
}

function stepBlock(step: StepPart, text: TextContext, labels: Labels): string {
  const kinds = step.kinds.map((kind) => mdText(labels.kind[kind])).join(' + ');
  const lines = [`**${mdText(labels.stepTitle(step.number))} · ${kinds}**`, '', mdBlock(step.say, text)];
  const after: string[] = step.replies.map(
    (reply) => `- ${mdText(labels.customer)}: “${mdInline(reply.customer, text, { plain: true })}” → **${mdText(targetText(reply.to, labels))}**`,
  );
  if (step.next) after.push(`- ${mdText(labels.then)}: **${mdText(targetText(step.next, labels))}**`);
  if (step.ends) after.push(`- ${mdText(labels.endsHere)}`);
  if (step.due !== undefined || step.via !== undefined) {
    const when = [step.due === undefined ? '' : labels.due(step.due), step.via === undefined ? '' : labels.via(step.via)].filter(Boolean);
    after.push(`- **${mdText(labels.followUp)}**: ${mdText(when.join(' · '))}`);
  }
  if (after.length > 0) lines.push('', ...after);
  if (step.note) {
    const note = mdBlock(step.note, text).split('\n').map((line) => (line ? `> ${line}` : '>'));
    lines.push('', `> **${mdText(labels.trainerNote)}**`, '>', ...note);
  }
  return lines.join('\n');
}

function coverageBlocks(part: PlaybookPart, level: number, labels: Labels): string[] {
  const head = `| ${mdCell(labels.scenario)} | ${part.channels.map((channel) => mdCell(labels.channel(channel))).join(' | ')} |`;
  const rule = `| --- |${part.channels.map(() => ' --- |').join('')}`;
  const rows = part.coverage.map((row) => {
    const cells = row.cells.map((cell) =>
      cell.kinds ? cell.kinds.map((kind) => `${kind.covered ? '✓' : '✗'} ${mdCell(labels.kind[kind.kind])}`).join('<br>') : labels.noScript,
    );
    const purpose = row.scenario.purpose === undefined ? '' : ` (${mdCell(labels.purpose(row.scenario.purpose))})`;
    return `| ${mdCell(row.scenario.title)}${purpose} | ${cells.join(' | ')} |`;
  });
  return [heading(level, part.coverageAnchor, labels.coverage), [head, rule, ...rows].join('\n'), `_${mdText(labels.coverageLegend)}_`];
}

function glossary(handbook: Handbook, labels: Labels): string[] {
  if (handbook.glossary.length === 0) return [];
  return [
    heading(2, 'glossary', labels.glossary),
    handbook.glossary.map((entry) => `- **${mdText(entry.term)}**: ${indent(mdBlock(entry.definition, undefined, { continuesLine: true }), '  ')}`).join('\n'),
  ];
}

/** Continuation lines of a list item. */
function indent(text: string, prefix: string): string {
  return text.replace(/\n(?=.)/g, `\n${prefix}`);
}
