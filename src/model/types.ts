/** The typed documents servicebook reads (FORMAT.md §1), as they are after schema validation. */

export type StepKind =
  | 'greeting'
  | 'verification'
  | 'questioning'
  | 'empathy'
  | 'explanation'
  | 'action'
  | 'escalation'
  | 'follow-up'
  | 'feedback'
  | 'closing';

export const STEP_KINDS: readonly StepKind[] = [
  'greeting',
  'verification',
  'questioning',
  'empathy',
  'explanation',
  'action',
  'escalation',
  'follow-up',
  'feedback',
  'closing',
];

export const KNOWN_CHANNELS = ['phone', 'email', 'chat', 'sms', 'kakao', 'in-person', 'social'] as const;

export interface Reply {
  customer: string;
  goto: string;
}

export interface Step {
  id?: string;
  /** One kind, or (FORMAT.md §1.1 additions) a list of kinds that the step does at once: read it with kindsOf. */
  kind: StepKind | StepKind[];
  say: string;
  note?: string;
  replies?: Reply[];
  goto?: string;
  end?: boolean;
  due?: string;
  via?: string;
}

/** Every kind a step counts as (FORMAT.md §1.1: `kind` may be one kind or a list of kinds). */
export function kindsOf(step: Pick<Step, 'kind'>): readonly StepKind[] {
  return Array.isArray(step.kind) ? step.kind : [step.kind];
}

/** Whether a step counts as `kind` (one of its kinds). */
export function hasKind(step: Pick<Step, 'kind'>, kind: StepKind): boolean {
  return Array.isArray(step.kind) ? step.kind.includes(kind) : step.kind === kind;
}

const KIND_BITS = new Map(STEP_KINDS.map((kind, index) => [kind, 1 << index]));

/** A kind as one bit, so that the kinds of a step or a script are one number (the flow searches test them with `&`). */
export function kindBit(kind: StepKind): number {
  return KIND_BITS.get(kind) ?? 0;
}

/** Every kind of a step, as bits (kindBit). */
export function kindBitsOf(step: Pick<Step, 'kind'>): number {
  if (!Array.isArray(step.kind)) return kindBit(step.kind);
  let bits = 0;
  for (const kind of step.kind) bits |= kindBit(kind);
  return bits;
}

/** The built-in scenario purposes (FORMAT.md §1.1 additions); a project may declare more in its config. */
export const BUILT_IN_PURPOSES = ['complaint', 'inquiry', 'request', 'notice', 'transfer'] as const;

/** A placeholder's declaration: a description (the short form), or the long form with `personal` and `example`. */
export type PlaceholderDeclaration = string | PlaceholderSpec;

export interface PlaceholderSpec {
  description: string;
  /** Personal data: never on a public channel (rule public-privacy). */
  personal?: boolean;
  /** A value for previews (render, walk) and for counting lengths (channel-limit). */
  example?: string;
}

/** The long form of any declaration: `{ description }` for the short form. */
export function placeholderSpec(declaration: PlaceholderDeclaration): PlaceholderSpec {
  return typeof declaration === 'string' ? { description: declaration } : declaration;
}

/** What a placeholder stands for, in either form. */
export function placeholderDescription(declaration: PlaceholderDeclaration): string {
  return typeof declaration === 'string' ? declaration : declaration.description;
}

export interface Script {
  subject?: string;
  steps: Step[];
}

export interface Escalation {
  authority?: string;
  to?: string;
  when?: string;
}

export interface Scenario {
  id: string;
  /** complaint | inquiry | request | notice | transfer, or a purpose the config declares. */
  purpose?: string;
  title: string;
  when: string;
  goal?: string;
  escalation?: Escalation;
  scripts: Record<string, Script>;
}

export interface Playbook {
  kind: 'playbook';
  format: 1;
  id: string;
  title: string;
  locale?: string;
  owner?: string;
  revision?: string;
  tags?: string[];
  channels: string[];
  placeholders?: Record<string, PlaceholderDeclaration>;
  facts?: Record<string, string | number>;
  scenarios: Scenario[];
}

export interface Chapter {
  title: string;
  intro?: string;
  playbooks: string[];
}

export interface Manual {
  kind: 'manual';
  format: 1;
  id: string;
  title: string;
  locale?: string;
  audience?: string;
  edition?: string | number;
  intro?: string;
  principles?: { title: string; body: string }[];
  chapters: Chapter[];
  glossary?: { term: string; definition: string }[];
}
