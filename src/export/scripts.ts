/**
 * What every export target shares: which scripts go out, one reply per script or per step (a branching script),
 * the names that tell the branches apart, and the text with facts filled in and placeholders written for the target.
 */
import { kindsOf, type Playbook, type Scenario, type Script, type Step } from '../model/types.js';
import { fillFacts, placeholdersIn } from '../model/text.js';

export const EXPORT_TARGETS = ['zendesk', 'chatwoot', 'alimtalk', 'csv'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

export function isExportTarget(value: string): value is ExportTarget {
  return (EXPORT_TARGETS as readonly string[]).includes(value);
}

/** A playbook and the file it came from, as the export reads them. */
export interface SourcePlaybook {
  filePath: string;
  playbook: Playbook;
}

/** A reply as a help desk keeps it (a macro, a canned response, a template): a whole script, or one step of a branching one. */
export interface DeskReply {
  /** Stable across exports while ids stay: `playbook/scenario/channel`, or `…/channel/3` for step 3. */
  key: string;
  source: SourcePlaybook;
  scenario: Scenario;
  channel: string;
  script: Script;
  steps: Step[];
  /** 1-based number of the step, when the reply is one step of a branching script. */
  stepNumber?: number;
  /** The step's name for a branching script: "3 escalate ← 너무 늦어요…". */
  stepName?: string;
}

/** Lint reads `purpose` since format 1's additions; read defensively, whatever the model says. */
export function purposeOf(scenario: Scenario): string | undefined {
  const purpose = (scenario as { purpose?: unknown }).purpose;
  return typeof purpose === 'string' ? purpose : undefined;
}

/** A placeholder's example (its long form), for counting lengths; undefined for the short form. */
export function placeholderExample(playbook: Playbook, name: string): string | undefined {
  const declared: unknown = playbook.placeholders && Object.hasOwn(playbook.placeholders, name) ? playbook.placeholders[name] : undefined;
  if (typeof declared !== 'object' || declared === null) return undefined;
  const example = (declared as { example?: unknown }).example;
  return typeof example === 'string' ? example : undefined;
}

/** Not read in the order written: a reply, a goto, or an end before the last step. */
export function isBranching(script: Script): boolean {
  return script.steps.some((step, index) => (step.replies?.length ?? 0) > 0 || step.goto !== undefined || (step.end === true && index < script.steps.length - 1));
}

/**
 * The replies of every script that `accepts` lets through, in the order of the files, scenarios and scripts: one per
 * script, or one per step for a branching script (and for every script with `everyStep`, as chat tools insert them).
 */
export function repliesOf(
  sources: readonly SourcePlaybook[],
  accepts: (scenario: Scenario, channel: string) => boolean,
  options: { everyStep?: boolean } = {},
): DeskReply[] {
  const replies: DeskReply[] = [];
  for (const source of sources) {
    for (const scenario of source.playbook.scenarios) {
      for (const [channel, script] of Object.entries(scenario.scripts)) {
        if (channel.startsWith('x-') || !accepts(scenario, channel)) continue;
        const key = `${source.playbook.id}/${scenario.id}/${channel}`;
        if (!options.everyStep && !isBranching(script)) {
          replies.push({ key, source, scenario, channel, script, steps: script.steps });
          continue;
        }
        script.steps.forEach((step, index) =>
          replies.push({ key: `${key}/${index + 1}`, source, scenario, channel, script, steps: [step], stepNumber: index + 1, stepName: stepName(script, index) }),
        );
      }
    }
  }
  return replies;
}

/** "3 escalate ← 너무 늦어요. 지금 당장…": number, id or kinds, and the customer's words that lead there. */
export function stepName(script: Script, index: number): string {
  const step = script.steps[index]!;
  const label = step.id ?? kindsOf(step).join('+');
  const reply = step.id === undefined ? undefined : script.steps.flatMap((other) => other.replies ?? []).find((candidate) => candidate.goto === step.id);
  return reply ? `${index + 1} ${label} ← ${shorten(reply.customer.trim().replace(/\s+/g, ' '), 24)}` : `${index + 1} ${label}`;
}

function shorten(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join('')}…`;
}

/** How the target writes a placeholder; undefined keeps `{{name}}` as written. */
export type PlaceholderWriter = (name: string) => string | undefined;

/** Facts filled in, placeholders written as the target writes them. */
export function targetText(text: string, playbook: Playbook, write: PlaceholderWriter): string {
  const filled = fillFacts(text, playbook.facts);
  let result = '';
  let last = 0;
  for (const use of placeholdersIn(filled)) {
    if (use.isFact) continue;
    result += filled.slice(last, use.index) + (write(use.name) ?? use.raw);
    last = use.index + use.raw.length;
  }
  return result + filled.slice(last);
}

/** The customer-facing texts of a reply: the subject (when the script has one) and each step's `say`. */
export function textsOf(reply: DeskReply): string[] {
  return [...(reply.script.subject !== undefined && reply.stepNumber === undefined ? [reply.script.subject] : []), ...reply.steps.map((step) => step.say)];
}

/** Placeholder names the replies use (facts aside), each with the keys of the scripts that use it. */
export function placeholderUses(replies: readonly DeskReply[]): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  for (const reply of replies) {
    const script = reply.key.split('/').slice(0, 3).join('/');
    for (const text of [...textsOf(reply), reply.script.subject ?? '']) {
      for (const use of placeholdersIn(text)) {
        if (use.isFact) continue;
        const scripts = uses.get(use.name) ?? [];
        if (!scripts.includes(script)) scripts.push(script);
        uses.set(use.name, scripts);
      }
    }
  }
  return uses;
}
