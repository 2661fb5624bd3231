/**
 * The transcript of a walk: every step shown, every reply chosen, the times, and in practice the answers.
 * Built as data from the session, then rendered as Markdown or JSON. Pure; the command writes it.
 */
import { describePath } from '../model/flow.js';
import { kindsOf, type Scenario, type StepKind } from '../model/types.js';
import type { Lang } from '../core/language.js';
import { channelLabel, kindLabel, kindsLabel } from './labels.js';
import { messages } from './messages.js';
import { score, type PracticeAnswer } from './practice.js';
import type { Leave, SessionStatus, WalkSession } from './session.js';
import { formatDuration } from './view.js';

export interface WalkInfo {
  mode: 'walk' | 'practice';
  playbook: { id: string; title: string; file: string };
  scenario: Pick<Scenario, 'id' | 'title' | 'when' | 'goal'>;
  channel: string;
  /** An email script's subject, values filled in. */
  subject?: string;
  variables: Record<string, string>;
  uiLang: Lang;
  docLang: Lang;
  seed?: number;
  required: StepKind[];
  /** `say` of a step (by index) as shown, values filled in. */
  textOf(step: number): string;
}

export interface TranscriptStep {
  /** 0-based index of the step in its script. */
  index: number;
  id?: string;
  /** As the playbook writes it: one kind, or the list of kinds of a step that does several things. */
  kind: StepKind | StepKind[];
  label: string;
  say: string;
  note?: string;
  due?: string;
  via?: string;
  /** Seconds from the start of the walk until the step was shown. */
  at: number;
  seconds: number;
  left: Leave | 'current';
  reply?: { index: number; customer: string; goto: string };
  escalationShown?: true;
  practice?: { candidates: string[]; correct: number; chosen?: number };
}

export interface PathEntry {
  index: number;
  id?: string;
  kind: StepKind | StepKind[];
  reply?: number;
  customer?: string;
  seconds: number;
}

export interface Transcript {
  transcript: 'servicebook-walk';
  version: 1;
  mode: 'walk' | 'practice';
  status: SessionStatus;
  playbook: { id: string; title: string; file: string };
  scenario: { id: string; title: string; when: string; goal?: string };
  channel: string;
  subject?: string;
  variables: Record<string, string>;
  seed?: number;
  startedAt: string;
  endedAt?: string;
  totalSeconds: number;
  steps: TranscriptStep[];
  /** The path taken (steps gone back from are left out), and as lint messages write paths. */
  path: PathEntry[];
  pathText: string;
  required: { kind: StepKind; passed: boolean }[];
  score?: { right: number; asked: number };
}

export function buildTranscript(info: WalkInfo, session: WalkSession, practice?: readonly PracticeAnswer[]): Transcript {
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  const answerAt = new Map(practice?.map((answer) => [answer.visit, answer]));
  const steps = session.visits.map((visit, visitIndex): TranscriptStep => {
    const step = session.graph.steps[visit.step]!;
    const reply = visit.reply === undefined ? undefined : step.replies?.[visit.reply];
    const answer = answerAt.get(visitIndex);
    return {
      index: visit.step,
      ...(step.id !== undefined && { id: step.id }),
      kind: step.kind,
      label: kindsLabel(kindsOf(step), info.docLang),
      say: info.textOf(visit.step),
      ...(step.note !== undefined && { note: step.note }),
      ...(step.due !== undefined && { due: step.due }),
      ...(step.via !== undefined && { via: step.via }),
      at: seconds(visit.shownAt - session.startedAt),
      seconds: seconds(session.duration(visit)),
      left: visit.left ?? 'current',
      ...(reply && { reply: { index: visit.reply!, customer: reply.customer, goto: reply.goto } }),
      ...(visit.escalationShown && { escalationShown: true as const }),
      ...(answer?.question && {
        practice: { candidates: answer.question.candidates, correct: answer.question.correct, ...(answer.chosen !== undefined && { chosen: answer.chosen }) },
      }),
    };
  });
  return {
    transcript: 'servicebook-walk',
    version: 1,
    mode: info.mode,
    status: session.status,
    playbook: info.playbook,
    scenario: { id: info.scenario.id, title: info.scenario.title, when: info.scenario.when, ...(info.scenario.goal !== undefined && { goal: info.scenario.goal }) },
    channel: info.channel,
    ...(info.subject !== undefined && { subject: info.subject }),
    variables: info.variables,
    ...(info.seed !== undefined && { seed: info.seed }),
    startedAt: new Date(session.startedAt).toISOString(),
    ...(session.endedAt !== undefined && { endedAt: new Date(session.endedAt).toISOString() }),
    totalSeconds: seconds(session.totalDuration()),
    steps,
    path: session.pathVisits().map((visit): PathEntry => {
      const step = session.graph.steps[visit.step]!;
      const customer = visit.reply === undefined ? undefined : step.replies?.[visit.reply]?.customer;
      return {
        index: visit.step,
        ...(step.id !== undefined && { id: step.id }),
        kind: step.kind,
        ...(visit.reply !== undefined && { reply: visit.reply }),
        ...(customer !== undefined && { customer }),
        seconds: seconds(session.duration(visit)),
      };
    }),
    pathText: describePath(session.graph, session.pathStops()),
    required: session.coverage(info.required),
    ...(practice && { score: score(practice) }),
  };
}

export function transcriptJson(transcript: Transcript): string {
  return `${JSON.stringify(transcript, null, 2)}\n`;
}

export function transcriptMarkdown(transcript: Transcript, uiLang: Lang, docLang: Lang): string {
  const ui = messages(uiLang);
  const title = transcript.mode === 'practice' ? ui.practiceTranscript : ui.walkTranscript;
  const rows: [string, string][] = [
    [ui.playbook, `${transcript.playbook.title} (\`${transcript.playbook.id}\`, ${transcript.playbook.file})`],
    [ui.scenario, `${transcript.scenario.title} (\`${transcript.scenario.id}\`)`],
    [ui.when, transcript.scenario.when],
    ...(transcript.scenario.goal ? [[ui.goal, transcript.scenario.goal] as [string, string]] : []),
    [ui.channel, `${channelLabel(transcript.channel, uiLang)} (\`${transcript.channel}\`)`],
    ...(transcript.subject ? [[ui.subject, transcript.subject] as [string, string]] : []),
    ...(Object.keys(transcript.variables).length > 0
      ? [[ui.variables, Object.entries(transcript.variables).map(([name, value]) => `${name} = ${value || '—'}`).join(', ')] as [string, string]]
      : []),
    ...(transcript.seed !== undefined ? [[ui.seed, String(transcript.seed)] as [string, string]] : []),
    [ui.started, transcript.startedAt],
    [ui.status, ui.statuses[transcript.status]],
  ];
  const out = [`# ${title}: ${transcript.playbook.title} › ${transcript.scenario.title}`, '', '| | |', '|---|---|'];
  for (const [label, value] of rows) out.push(`| ${label} | ${cell(value)} |`);
  out.push('', `## ${ui.stepsHeading}`);
  transcript.steps.forEach((step, index) => out.push('', ...stepMarkdown(step, index, ui)));
  out.push('', `## ${ui.summary}`, '');
  const pathNames = transcript.path.map(({ id, kind, customer }) => {
    const name = id ?? kindsLabel(kindsOf({ kind }), docLang);
    return customer === undefined ? name : `${name} (“${customer}”)`;
  });
  out.push(`- **${ui.path}:** ${pathNames.join(' → ')}`);
  out.push(`- **${ui.total}:** ${formatDuration(transcript.totalSeconds * 1000)}`);
  if (transcript.mode === 'walk' && transcript.required.length > 0) {
    out.push(`- **${ui.required}:** ${transcript.required.map(({ kind, passed }) => `${passed ? '✓' : '✗'} ${kindLabel(kind, docLang)}`).join(' · ')}`);
  }
  if (transcript.score) out.push(`- **${ui.score}:** ${ui.scoreLine(transcript.score.right, transcript.score.asked)}`);
  return `${out.join('\n')}\n`;
}

function stepMarkdown(step: TranscriptStep, order: number, ui: ReturnType<typeof messages>): string[] {
  const heading = `### ${order + 1}. ${step.label}${step.id ? ` (\`${step.id}\`)` : ''} · ${formatDuration(step.seconds * 1000)}`;
  const lines = [heading, ''];
  if (step.practice) {
    const { candidates, correct, chosen } = step.practice;
    lines.push(`${ui.candidates}:`, '');
    candidates.forEach((candidate, index) => {
      const marks = [index === correct ? `**${ui.rightLine}**` : '', index === chosen ? `_${ui.chosenLine}_` : ''].filter(Boolean).join(', ');
      lines.push(`${index + 1}. ${candidate.replace(/\n/g, ' ')}${marks ? ` — ${marks}` : ''}`);
    });
    lines.push('');
  } else {
    lines.push(...quote(step.say), '');
  }
  if (step.note) lines.push(`*${ui.note}:* ${step.note}`, '');
  if (step.escalationShown) lines.push(`*${ui.escalationViewed}*`, '');
  if (step.reply) lines.push(`**${ui.customer}:** “${step.reply.customer}” → \`${step.reply.goto}\``, '');
  if (step.left === 'back') lines.push(`↩ _${ui.wentBack}_`, '');
  if (step.left === 'interrupted') lines.push(`_${ui.interrupted}_`, '');
  while (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function quote(text: string): string[] {
  return text.split(/\r?\n/).map((line) => (line.trim() === '' ? '>' : `> ${line}`));
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
