/**
 * What the walk prints, as pure functions of data: steps, escalation info, summaries. Lines are wrapped by
 * display width (Hangul takes two columns); colour comes in as a chalk instance, level 0 for none.
 */
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { kindsOf, type Escalation, type Step, type StepKind } from '../model/types.js';
import type { Lang } from '../core/language.js';
import { channelLabel, kindsBadge, kindsLabel, kindText } from './labels.js';
import type { Messages } from './messages.js';

export interface Look {
  chalk: ChalkInstance;
  /** Terminal columns. */
  width: number;
  /** Messages in the UI language. */
  ui: Messages;
  uiLang: Lang;
  /** The playbook's language: kind labels follow it. */
  docLang: Lang;
}

const INDENT = '  ';
const MIN_WIDTH = 20;

/**
 * Wraps text to `width` columns after `prefix`, by display width. A line's own leading spaces, and a list
 * marker (`- `, `1. `), become the hanging indent of its continuation lines.
 */
export function wrap(text: string, width: number, prefix = '', continuation = prefix): string {
  const room = Math.max(MIN_WIDTH, width - stringWidth(prefix));
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const lead = /^(\s*(?:[-*+]\s+|\d+[.)]\s+)?)/.exec(line)![1]!;
    const body = line.slice(lead.length);
    const hang = ' '.repeat(stringWidth(lead));
    const wrapped = body === '' ? [''] : wrapAnsi(body, Math.max(MIN_WIDTH, room - hang.length), { hard: true }).split('\n');
    wrapped.forEach((part, index) => {
      const first = out.length === 0;
      out.push(`${first ? prefix : continuation}${index === 0 ? lead : hang}${part}`.trimEnd());
    });
  }
  return out.join('\n');
}

/** Pads to `columns` display columns. */
export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - stringWidth(text)));
}

/** Cuts to `columns` display columns, with an ellipsis. */
export function truncate(text: string, columns: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (stringWidth(flat) <= columns) return flat;
  let out = '';
  for (const { segment } of new Intl.Segmenter().segment(flat)) {
    if (stringWidth(out + segment) > columns - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

/** 0:07, 1:05, 1:02:03. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const UNITS: Record<string, Record<Lang, [string, string]>> = {
  W: { ko: ['주', '주'], en: ['week', 'weeks'] },
  D: { ko: ['일', '일'], en: ['day', 'days'] },
  H: { ko: ['시간', '시간'], en: ['hour', 'hours'] },
  M: { ko: ['분', '분'], en: ['minute', 'minutes'] },
};

/** `P1D` → 1일 / 1 day; `PT4H30M`, `30m`, `2d` likewise. Anything else is shown as written. */
export function formatDue(due: string, lang: Lang): string {
  const short = /^(\d+)\s*([mhd])$/i.exec(due.trim());
  const iso = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/i.exec(due.trim());
  const parts: [number, string][] = [];
  if (short) parts.push([Number(short[1]), short[2]!.toUpperCase()]);
  else if (iso && due.trim().length > 1) {
    ['W', 'D', 'H', 'M'].forEach((unit, index) => {
      if (iso[index + 1] !== undefined) parts.push([Number(iso[index + 1]), unit]);
    });
  }
  if (parts.length === 0) return due;
  return parts
    .map(([count, unit]) => {
      const [one, many] = UNITS[unit]![lang];
      return lang === 'ko' ? `${count}${one}` : `${count} ${count === 1 ? one : many}`;
    })
    .join(' ');
}

export interface StepView {
  step: Step;
  /** 0-based index of the step in its script. */
  index: number;
  total: number;
  /** `say` with values filled in. */
  text: string;
}

/** A step: coloured kind label, where it is, the words to say, the note set apart, a follow-up's due. */
export function renderStep(look: Look, view: StepView): string {
  const { chalk, ui } = look;
  const where = chalk.dim([`${view.index + 1}/${view.total}`, view.step.id].filter(Boolean).join(' · '));
  const lines = ['', `${kindsBadge(kindsOf(view.step), look.docLang, chalk)} ${where}`, wrap(view.text, look.width, INDENT)];
  if (view.step.note) lines.push(renderNote(look, view.step.note));
  if (view.step.due || view.step.via) {
    const due = view.step.due ? `${ui.due} ${formatDue(view.step.due, look.uiLang)}` : undefined;
    const via = view.step.via ? `${ui.via} ${channelLabel(view.step.via, look.uiLang)}` : undefined;
    lines.push(chalk.dim(`${INDENT}⏱ ${[due, via].filter(Boolean).join(' · ')}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The note for the agent: never said to the customer, so it is set apart by a bar and dimmed. */
export function renderNote(look: Look, note: string, label = look.ui.note): string {
  const bar = `${INDENT}${look.chalk.dim('│')} `;
  return wrap(`${look.chalk.bold(label)}: ${note}`, look.width, bar)
    .split('\n')
    .map((line) => look.chalk.dim(line))
    .join('\n');
}

/** The scenario's escalation info, as one key shows it. */
export function renderEscalation(look: Look, escalation: Escalation | undefined): string {
  const { chalk, ui } = look;
  if (!escalation || (!escalation.authority && !escalation.to && !escalation.when)) return `${INDENT}${chalk.dim(ui.noEscalation)}`;
  const rows: [string, string | undefined][] = [
    [ui.escalationAuthority, escalation.authority],
    [ui.escalationTo, escalation.to],
    [ui.escalationWhen, escalation.when],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => stringWidth(label)));
  const body = rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([label, value]) => wrap(value, look.width, `${INDENT}  ${chalk.bold(padEnd(label, labelWidth))}  `, `${INDENT}  ${' '.repeat(labelWidth)}  `));
  return [`${INDENT}${chalk.red.bold(`⚑ ${ui.escalation}`)}`, ...body].join('\n');
}

/** `  ↳ 고객: "…"` under a step whose reply was chosen. */
export function renderReply(look: Look, customer: string): string {
  return wrap(`${look.ui.customer}: “${customer}”`, look.width, `${INDENT}${look.chalk.cyan('↳')} `, `${INDENT}  `);
}

export function renderBack(look: Look): string {
  return `${INDENT}${look.chalk.yellow('↩')} ${look.ui.wentBack}`;
}

/** What a choice looks like in a list: a title, then ids and counts dimmed. */
export function choiceName(look: Look, title: string, detail?: string): string {
  return detail ? `${title}  ${look.chalk.dim(detail)}` : title;
}

export interface SummaryView {
  stops: { step: Step; reply?: string; ms: number }[];
  totalMs: number;
  coverage?: { kind: StepKind; passed: boolean }[];
  score?: { right: number; asked: number };
  transcript?: string;
}

/** The end of a walk: path taken, time per step and in all, required kinds passed ✓/✗, score. */
export function renderSummary(look: Look, summary: SummaryView): string {
  const { chalk, ui } = look;
  const heading = chalk.bold(`── ${ui.summary} ${'─'.repeat(Math.max(2, Math.min(look.width, 60) - stringWidth(ui.summary) - 4))}`);
  const lines = ['', heading];
  const fieldWidth = Math.max(...[ui.path, ui.total, ui.required, ui.score, ui.transcript].map((label) => stringWidth(label))) + 2;
  const field = (label: string) => chalk.bold(padEnd(label, fieldWidth));
  const path = summary.stops.map((stop) => stopLabel(look, stop.step, stop.reply)).join(' → ');
  lines.push(wrap(path, look.width, field(ui.path), ' '.repeat(fieldWidth)));
  const numberWidth = String(summary.stops.length).length;
  const labelWidth = Math.max(...summary.stops.map((stop) => stringWidth(stepName(look, stop.step))));
  summary.stops.forEach((stop, index) => {
    const label = padEnd(stepName(look, stop.step), labelWidth);
    lines.push(`${' '.repeat(fieldWidth)}${chalk.dim(String(index + 1).padStart(numberWidth))}  ${label}  ${formatDuration(stop.ms).padStart(7)}`);
  });
  lines.push(`${field(ui.total)}${' '.repeat(numberWidth + 2 + labelWidth + 2)}${chalk.bold(formatDuration(summary.totalMs).padStart(7))}`);
  if (summary.coverage && summary.coverage.length > 0) {
    const marks = summary.coverage.map(({ kind, passed }) => (passed ? `${chalk.green('✓')} ${kindText(kind, look.docLang, chalk)}` : `${chalk.red('✗')} ${kindText(kind, look.docLang, chalk)}`));
    lines.push(`${field(ui.required)}${marks.join('  ')}`);
  }
  if (summary.score) lines.push(`${field(ui.score)}${chalk.bold(ui.scoreLine(summary.score.right, summary.score.asked))}`);
  if (summary.transcript) lines.push(`${field(ui.transcript)}${summary.transcript}`);
  return `${lines.join('\n')}\n`;
}

/** A step as the summary names it: its kind in the document's language, and its id when it has one. */
export function stepName(look: Pick<Look, 'docLang'>, step: Step): string {
  const label = kindsLabel(kindsOf(step), look.docLang);
  return step.id ? `${label} (${step.id})` : label;
}

function stopLabel(look: Look, step: Step, reply: string | undefined): string {
  const name = step.id ?? kindsLabel(kindsOf(step), look.docLang);
  return reply === undefined ? name : `${name} “${truncate(reply, 24)}”`;
}
