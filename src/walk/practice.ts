/**
 * Practice drills: for a step, the real line among distractors of the same kind from elsewhere in the
 * library, and the customer's replies, all drawn from a seeded generator so that `--seed N` repeats a drill.
 * Pure: the library comes in as data.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { Edge } from '../model/flow.js';
import { kindsOf, type Playbook, type StepKind } from '../model/types.js';
import type { Lang } from '../core/language.js';
import { showText } from './fill.js';

/** At most this many distractors: with the real line, four candidates. */
export const MAX_DISTRACTORS = 3;

/** A line somewhere in the library. */
export interface LibraryLine {
  playbook: Playbook;
  scenarioId: string;
  channel: string;
  stepIndex: number;
  kinds: readonly StepKind[];
  lang: Lang;
}

export interface Question {
  /** The candidates as shown, values filled in. */
  candidates: string[];
  /** Index of the real line in `candidates`. */
  correct: number;
}

/** A generator for one decision of one drill: the same seed and parts give the same draws. */
export function drillRandom(seed: number, ...parts: (string | number)[]): RandomGenerator {
  return xoroshiro128plus(fnv1a(`${seed}|${parts.join('|')}`));
}

/** Every step of every script of the library, with what a drill needs to compare lines. */
export function libraryLines(playbooks: readonly { playbook: Playbook; lang: Lang }[]): LibraryLine[] {
  return playbooks.flatMap(({ playbook, lang }) =>
    playbook.scenarios.flatMap((scenario) =>
      Object.entries(scenario.scripts).flatMap(([channel, script]) =>
        script.steps.map((step, stepIndex) => ({ playbook, scenarioId: scenario.id, channel, stepIndex, kinds: kindsOf(step), lang })),
      ),
    ),
  );
}

/**
 * The question for one step: the real line and up to three distractors of the same kind and language,
 * drawn from other scenarios (a sibling channel of the same scenario would be right too), none the same
 * text as another. Undefined when the library has no distractor for it.
 */
export function buildQuestion(options: {
  lines: readonly LibraryLine[];
  target: { playbook: Playbook; scenarioId: string; channel: string; stepIndex: number; lang: Lang };
  variables: Readonly<Record<string, string>>;
  seed: number;
}): Question | undefined {
  const { target, variables, seed } = options;
  const step = target.playbook.scenarios.find((s) => s.id === target.scenarioId)!.scripts[target.channel]!.steps[target.stepIndex]!;
  const real = showText(target.playbook, step.say, variables);
  const rng = drillRandom(seed, 'question', target.playbook.id, target.scenarioId, target.channel, target.stepIndex);
  const seen = new Set([normalize(real)]);
  const distractors: string[] = [];
  const pool = distractorPool(options.lines, kindsOf(step), target);
  for (const line of shuffle(pool, rng)) {
    const say = line.playbook.scenarios.find((s) => s.id === line.scenarioId)!.scripts[line.channel]!.steps[line.stepIndex]!.say;
    const text = showText(line.playbook, say, variables);
    if (seen.has(normalize(text))) continue;
    seen.add(normalize(text));
    distractors.push(text);
    if (distractors.length === MAX_DISTRACTORS) break;
  }
  if (distractors.length === 0) return undefined;
  const candidates = shuffle([real, ...distractors], rng);
  return { candidates, correct: candidates.indexOf(real) };
}

/**
 * Lines of other scenarios, in the target's language, that do what the target step does: the same kinds (a step
 * of several kinds is asked about as all of them at once, never as one of the kinds it already covers); failing
 * those, lines that cover every one of its kinds; failing those, lines of its first kind.
 */
function distractorPool(
  lines: readonly LibraryLine[],
  kinds: readonly StepKind[],
  target: { playbook: Playbook; scenarioId: string; lang: Lang },
): LibraryLine[] {
  const elsewhere = lines.filter((line) => line.lang === target.lang && !(line.playbook.id === target.playbook.id && line.scenarioId === target.scenarioId));
  const same = elsewhere.filter((line) => line.kinds.length === kinds.length && kinds.every((kind) => line.kinds.includes(kind)));
  if (same.length > 0 || kinds.length === 1) return same;
  const covering = elsewhere.filter((line) => kinds.every((kind) => line.kinds.includes(kind)));
  return covering.length > 0 ? covering : elsewhere.filter((line) => line.kinds.includes(kinds[0]!));
}

/**
 * The customer's reply in a drill, drawn from the step's edges. Replies that would bring the path to a
 * step it has passed twice already are avoided while another remains, so a loop cannot hold a drill forever.
 */
export function customerReply(options: {
  edges: readonly Edge[];
  timesOnPath: (step: number) => number;
  seed: number;
  parts: (string | number)[];
}): number | undefined {
  const withReply = options.edges.filter((edge) => edge.reply !== undefined);
  if (withReply.length === 0) return undefined;
  const fresh = withReply.filter((edge) => edge.to === 'end' || options.timesOnPath(edge.to) < 2);
  const choices = fresh.length > 0 ? fresh : withReply;
  const rng = drillRandom(options.seed, 'reply', ...options.parts);
  return choices[uniformInt(rng, 0, choices.length - 1)]!.reply;
}

export interface PracticeAnswer {
  /** Index into the session's visits. */
  visit: number;
  question?: Question;
  /** Index into question.candidates of the line the trainee chose. */
  chosen?: number;
}

export function score(answers: readonly PracticeAnswer[]): { right: number; asked: number } {
  const asked = answers.filter((answer) => answer.question && answer.chosen !== undefined);
  return { right: asked.filter((answer) => answer.chosen === answer.question!.correct).length, asked: asked.length };
}

/** Fisher–Yates with the drill's generator: a new array, the input untouched. */
export function shuffle<T>(items: readonly T[], rng: RandomGenerator): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** 32-bit FNV-1a: turns a seed and the parts of a decision into one generator seed. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash | 0;
}
