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
  kind: StepKind;
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
  placeholders?: Record<string, string>;
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
