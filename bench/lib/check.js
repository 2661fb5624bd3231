/**
 * `generate.js --check`: the corpus means what the generator meant, checked with `yaml` and a small
 * flow walker, independent of servicebook. Clean documents must be clean; defective ones must carry
 * the defect (only the cheap-to-check ones are verified here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SMS_MAX_BYTES } from './playbook.js';
import { eucKrBytes } from './yaml-text.js';

const KINDS = new Set(['greeting', 'verification', 'questioning', 'empathy', 'explanation', 'action', 'escalation', 'follow-up', 'feedback', 'closing']);
const REQUIRED = ['empathy', 'explanation', 'follow-up'];
const PHONE_REQUIRED = ['greeting', 'closing'];

export async function checkCorpus(out, manifest) {
  const problems = [];
  const defectsByDocument = new Map();
  for (const defect of manifest.defects) defectsByDocument.set(defect.document, [...(defectsByDocument.get(defect.document) ?? []), defect]);
  const files = ['manual.yaml', 'single.yaml', ...readdirSync(path.join(out, 'playbooks')).sort().map((name) => `playbooks/${name}`)];
  const ids = new Set();
  for (const file of files) {
    const text = readFileSync(path.join(out, file), 'utf8');
    const documents = parseAllDocuments(text.replace(/^\uFEFF/, ''), { uniqueKeys: true });
    for (const document of documents) {
      const value = document.errors.length ? undefined : document.toJS();
      const id = value?.id ?? String(document.get('id'));
      const defects = defectsByDocument.get(id) ?? [];
      const expectSyntax = defects.some((d) => d.rule === 'yaml-syntax');
      if (document.errors.length && !expectSyntax) problems.push(`${file}: ${document.errors[0].message.split('\n')[0]}`);
      if (!document.errors.length && expectSyntax) problems.push(`${file}: a duplicate key was seeded but the file parses`);
      if (!value) continue;
      if (ids.has(value.id)) problems.push(`${file}: id ${value.id} is not unique`);
      ids.add(value.id);
      if (value.kind !== 'playbook') continue;
      const found = checkPlaybook(value);
      if (defects.length === 0) for (const problem of found) problems.push(`${file}: ${problem}`);
      for (const defect of defects) {
        const rules = new Set(found.map((p) => p.split(':')[0]));
        if (CHECKED.has(defect.rule) && !rules.has(defect.rule)) problems.push(`${file}: seeded ${defect.type} but no ${defect.rule} found`);
      }
    }
  }
  return problems;
}

const CHECKED = new Set(['schema', 'broken-goto', 'required-steps', 'channel-limit', 'unknown-placeholder', 'follow-up-due', 'channel-coverage', 'duplicate-id', 'unreachable-step', 'empty-step']);

/** Problems as "rule-id: message", for the rules that are cheap to re-check here. */
function checkPlaybook(playbook) {
  const problems = [];
  const declared = new Set(Object.keys(playbook.placeholders ?? {}));
  const facts = new Set(Object.keys(playbook.facts ?? {}));
  for (const scenario of playbook.scenarios) {
    for (const channel of playbook.channels) {
      if (!scenario.scripts[channel]) problems.push(`channel-coverage: ${scenario.id} has no ${channel} script`);
    }
    for (const [channel, script] of Object.entries(scenario.scripts)) {
      const where = `${scenario.id}/${channel}`;
      if (channel === 'email' && !script.subject) problems.push(`channel-limit: ${where} has no subject`);
      const ids = new Map();
      script.steps.forEach((step, index) => {
        if (!KINDS.has(step.kind)) problems.push(`schema: ${where} step ${index} kind ${step.kind}`);
        if (typeof step.say !== 'string') problems.push(`schema: ${where} step ${index} has no say`);
        else if (/^\s*(TODO|TBD|FIXME|\?\?\?|미정)\s*$/.test(step.say)) problems.push(`empty-step: ${where} step ${index}`);
        if (step.id) {
          if (ids.has(step.id)) problems.push(`duplicate-id: ${where} step id ${step.id}`);
          ids.set(step.id, index);
        }
        if (step.kind === 'follow-up' && !step.due) problems.push(`follow-up-due: ${where} step ${index}`);
        if (channel === 'sms' && typeof step.say === 'string' && eucKrBytes(step.say) > SMS_MAX_BYTES) problems.push(`channel-limit: ${where} step ${index} is ${eucKrBytes(step.say)} bytes`);
        for (const text of [step.say ?? '', channel === 'email' && index === 0 ? script.subject ?? '' : '']) {
          for (const [, name] of text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
            const known = name.startsWith('facts.') ? facts.has(name.slice(6)) : declared.has(name);
            if (!known) problems.push(`unknown-placeholder: ${where} {{${name}}}`);
          }
        }
      });
      const broken = flowProblems(script.steps, ids, channel === 'phone' ? [...REQUIRED, ...PHONE_REQUIRED] : REQUIRED);
      for (const problem of broken) problems.push(`${problem.split(':')[0]}: ${where}${problem.slice(problem.indexOf(':') + 1)}`);
    }
  }
  return problems;
}

/** broken-goto, unreachable-step and required-steps over the script graph (FORMAT.md §1.1, Flow). */
function flowProblems(steps, ids, required) {
  const problems = [];
  const next = (index) => {
    const step = steps[index];
    const targets = step.replies ? step.replies.map((r) => r.goto) : step.goto ? [step.goto] : null;
    if (targets) return targets.map((t) => (t === 'end' ? -1 : ids.has(t) ? ids.get(t) : (problems.push(`broken-goto: ${t}`), -1)));
    if (step.end || index === steps.length - 1) return [-1];
    return [index + 1];
  };
  const edges = steps.map((_, i) => next(i));
  const reachable = new Set([0]);
  const stack = [0];
  while (stack.length) for (const to of edges[stack.pop()]) if (to >= 0 && !reachable.has(to)) reachable.add(to), stack.push(to);
  steps.forEach((_, i) => reachable.has(i) || problems.push(`unreachable-step: step ${i}`));
  // A required kind is skipped when an end is reachable from the start without passing it.
  for (const kind of required) {
    const seen = new Set();
    const walk = [0];
    let skipped = false;
    while (walk.length && !skipped) {
      const at = walk.pop();
      if (seen.has(at) || steps[at].kind === kind) continue;
      seen.add(at);
      for (const to of edges[at]) (to < 0 ? (skipped = true) : walk.push(to));
    }
    if (skipped) problems.push(`required-steps: a path skips ${kind}`);
  }
  return problems;
}
