/**
 * A script as a graph (FORMAT.md §1.1 "Flow"): paths, reachability, and the shortest path that skips a kind.
 * Shared by lint rules, render's coverage matrix and walk.
 */
import { kindBit, kindBitsOf, kindsOf, type Script, type Step, type StepKind } from './types.js';

/** `end` is the end of the conversation. */
export type Target = number | 'end';

export interface Edge {
  readonly to: Target;
  /** Index of the customer reply that leads along this edge, when the step has replies. */
  readonly reply?: number;
}

export interface BrokenGoto {
  step: number;
  /** Index of the reply whose goto is broken; undefined for the step's own goto. */
  reply?: number;
  target: string;
}

export interface ScriptGraph {
  steps: readonly Step[];
  /** Outgoing edges per step; a broken goto has no edge. */
  edges: (readonly Edge[])[];
  brokenGotos: readonly BrokenGoto[];
  /** Each step leads to the next and the last to the end (no goto, reply or early end): every question is a scan. */
  straight: boolean;
  /** Per step, its kinds as bits (kindBit); and every kind of the script. */
  stepKinds: number[];
  scriptKinds: number;
  /** stepsThatCanEnd and kindsOnEveryPath, once asked. */
  canEnd: readonly boolean[] | undefined;
  onEveryPath: number | undefined;
}

/** One stop on a path: a step, and the reply the customer gave there if the step branches. */
export interface PathStop {
  step: number;
  reply?: number;
}

// The edge to the next step (of the first steps) and to the end are the same in every script: shared and frozen, so
// that most steps, and every step of a straight script, take no allocation of their own.
const TO_END: readonly Edge[] = Object.freeze([Object.freeze({ to: 'end' as const })]);
const TO_NEXT: readonly (readonly Edge[])[] = Array.from({ length: 64 }, (_, index) => Object.freeze([Object.freeze({ to: index + 1 })]));
const NO_BROKEN_GOTOS: readonly BrokenGoto[] = Object.freeze([]);

export function buildGraph(script: Script): ScriptGraph {
  const steps = script.steps;
  let indexById: Map<string, number> | undefined; // built at the first goto: many scripts have none
  let brokenGotos: BrokenGoto[] | undefined;
  const resolve = (target: string, step: number, reply?: number): Target | undefined => {
    if (target === 'end') return 'end';
    if (indexById === undefined) {
      indexById = new Map();
      for (const [index, { id }] of steps.entries()) if (id !== undefined && !indexById.has(id)) indexById.set(id, index);
    }
    const index = indexById.get(target);
    if (index === undefined) (brokenGotos ??= []).push({ step, reply, target });
    return index;
  };
  const edges: (readonly Edge[])[] = [];
  const stepKinds: number[] = [];
  let scriptKinds = 0;
  let straight = true;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    const kinds = kindBitsOf(step);
    stepKinds.push(kinds);
    scriptKinds |= kinds;
    const next: Target = index === steps.length - 1 ? 'end' : index + 1;
    if (step.replies && step.replies.length > 0) {
      const out: Edge[] = [];
      for (let reply = 0; reply < step.replies.length; reply++) {
        const to = resolve(step.replies[reply]!.goto, index, reply);
        if (to !== undefined) out.push({ to, reply });
      }
      edges.push(out);
      straight = false;
    } else if (step.goto !== undefined) {
      const to = resolve(step.goto, index);
      edges.push(to === undefined ? [] : [{ to }]);
      straight &&= to === next;
    } else if (step.end === true) {
      edges.push(TO_END);
      straight &&= next === 'end';
    } else {
      edges.push(next === 'end' ? TO_END : (TO_NEXT[index] ?? [{ to: next }]));
    }
  }
  return { steps, edges, brokenGotos: brokenGotos ?? NO_BROKEN_GOTOS, straight, stepKinds, scriptKinds, canEnd: undefined, onEveryPath: undefined };
}

/** Whether some step of the script counts as `kind`. */
export function hasStepOfKind(graph: ScriptGraph, kind: StepKind): boolean {
  return (graph.scriptKinds & kindBit(kind)) !== 0;
}

/** Steps no walk from the first step reaches, in order. */
export function unreachableSteps(graph: ScriptGraph): number[] {
  if (graph.straight) return [];
  const reached = reachedFromFirst(graph);
  const unreached: number[] = [];
  for (let index = 0; index < reached.length; index++) if (!reached[index]) unreached.push(index);
  return unreached;
}

/** Per step, whether a walk from the first step reaches it (breadth first). */
function reachedFromFirst(graph: ScriptGraph): boolean[] {
  const reached = new Array<boolean>(graph.steps.length).fill(graph.straight);
  if (graph.straight || graph.steps.length === 0) return reached;
  reached[0] = true;
  const queue = [0];
  for (let next = 0; next < queue.length; next++) {
    for (const edge of graph.edges[queue[next]!]!) {
      if (edge.to !== 'end' && !reached[edge.to]) {
        reached[edge.to] = true;
        queue.push(edge.to);
      }
    }
  }
  return reached;
}

/** Per step, whether some walk from it reaches an end (computed once per graph: step-order asks for each pair of kinds). */
function stepsThatCanEnd(graph: ScriptGraph): readonly boolean[] {
  return (graph.canEnd ??= graph.straight ? new Array<boolean>(graph.steps.length).fill(true) : stepsThatReach(graph, () => false, true));
}

/** The shortest path from the first step to an end that never passes a step of `kind` (a step counts as each of its kinds). */
export function pathSkipping(graph: ScriptGraph, kind: StepKind): PathStop[] | undefined {
  const bit = kindBit(kind);
  if ((kindsOnEveryPath(graph) & bit) !== 0) return undefined;
  return graph.straight ? straightPath(graph.steps.length - 1) : shortestPath(graph, bit, 'end');
}

const EVERY_KIND = -1; // all bits: what a step with no way to an end "passes" on its (no) paths

/**
 * The kinds (bits) that every path from the first step to an end passes; every bit when no path ends. Once per graph,
 * so that required-steps searches for a path only where one skips a kind.
 */
function kindsOnEveryPath(graph: ScriptGraph): number {
  if (graph.onEveryPath !== undefined) return graph.onEveryPath;
  if (graph.steps.length === 0) return (graph.onEveryPath = EVERY_KIND);
  if (graph.straight) return (graph.onEveryPath = graph.scriptKinds);
  // Per step, the kinds on every path from it to an end: its own, and those every next step (or the end: none) passes.
  // From every kind down, from the last step back: most edges lead forward, so one pass usually settles it.
  const onEvery = new Array<number>(graph.steps.length).fill(EVERY_KIND);
  let changed = true;
  while (changed) {
    changed = false;
    for (let index = graph.edges.length - 1; index >= 0; index--) {
      let after = EVERY_KIND;
      for (const edge of graph.edges[index]!) after &= edge.to === 'end' ? 0 : onEvery[edge.to]!;
      const kinds = graph.stepKinds[index]! | after;
      if (kinds !== onEvery[index]) {
        onEvery[index] = kinds;
        changed = true;
      }
    }
  }
  return (graph.onEveryPath = onEvery[0]!);
}

/**
 * On a path that passes both kinds, a `kind` step before the first `before` step: the shortest start of such a
 * path, up to that `kind` step (a step of both kinds does both at once, so it is never "before" itself).
 */
export function pathWhereComesFirst(graph: ScriptGraph, kind: StepKind, before: StepKind): PathStop[] | undefined {
  const early = kindBit(kind);
  const late = kindBit(before);
  if ((graph.scriptKinds & early) === 0 || (graph.scriptKinds & late) === 0) return undefined;
  if (graph.straight) {
    // The one path: the first `kind` step comes first if the first `before` step comes after it (not at it).
    const first = firstStepOf(graph, early);
    return firstStepOf(graph, late) > first ? straightPath(first) : undefined;
  }
  const canEnd = stepsThatCanEnd(graph);
  const laterBefore = stepsThatReach(graph, (index) => canEnd[index]! && (graph.stepKinds[index]! & late) !== 0);
  return shortestPath(graph, late, (index) => (graph.stepKinds[index]! & early) !== 0 && laterBefore[index]!);
}

/**
 * The shortest walk from the first step that never passes a step of the kinds `avoid` (bits), up to a step `isGoal`
 * accepts (or, with isGoal 'end', to an end of the conversation). Undefined when there is none.
 */
function shortestPath(graph: ScriptGraph, avoid: number, isGoal: 'end' | ((index: number) => boolean)): PathStop[] | undefined {
  if (graph.steps.length === 0 || (graph.stepKinds[0]! & avoid) !== 0) return undefined;
  // Breadth first, by step index: where each step was first reached from (null for the first step).
  const cameFrom: ({ from: number; reply?: number } | null | undefined)[] = new Array(graph.steps.length);
  cameFrom[0] = null;
  const queue = [0];
  const pathTo = (last: number, lastReply?: number): PathStop[] => {
    const path: PathStop[] = [{ step: last, reply: lastReply }];
    for (let link = cameFrom[last]; link; link = cameFrom[link.from]) path.unshift({ step: link.from, reply: link.reply });
    return path;
  };
  for (let next = 0; next < queue.length; next++) {
    const current = queue[next]!;
    if (isGoal !== 'end' && isGoal(current)) return pathTo(current);
    for (const edge of graph.edges[current]!) {
      if (edge.to === 'end') {
        if (isGoal === 'end') return pathTo(current, edge.reply);
        continue;
      }
      if (cameFrom[edge.to] !== undefined || (graph.stepKinds[edge.to]! & avoid) !== 0) continue;
      cameFrom[edge.to] = { from: current, reply: edge.reply };
      queue.push(edge.to);
    }
  }
  return undefined;
}

/** The index of the first step of any of the kinds `bits`, or -1. */
function firstStepOf(graph: ScriptGraph, bits: number): number {
  for (let index = 0; index < graph.stepKinds.length; index++) if ((graph.stepKinds[index]! & bits) !== 0) return index;
  return -1;
}

/** The walk of a straight script from its first step to step `last`. */
function straightPath(last: number): PathStop[] | undefined {
  if (last < 0) return undefined;
  const path: PathStop[] = [];
  for (let step = 0; step <= last; step++) path.push({ step });
  return path;
}

/**
 * Per step, whether some walk of at least one edge from it reaches a step `target` accepts (or, with `toEnd`, an
 * end of the conversation). From the last step back: most edges lead forward, so one pass usually settles it.
 */
function stepsThatReach(graph: ScriptGraph, target: (index: number) => boolean, toEnd = false): boolean[] {
  const reaches = new Array<boolean>(graph.edges.length).fill(false);
  let changed = true;
  while (changed) {
    changed = false;
    for (let index = graph.edges.length - 1; index >= 0; index--) {
      if (reaches[index]) continue;
      for (const edge of graph.edges[index]!) {
        if (edge.to === 'end' ? toEnd : reaches[edge.to] || target(edge.to)) {
          reaches[index] = changed = true;
          break;
        }
      }
    }
  }
  return reaches;
}

/** A step as a path shows it: its id, else its kinds. */
export function stepLabel(step: Step): string {
  return step.id ?? kindsOf(step).join('+');
}

/** `greeting → empathy → explain ("알겠어요.") → bye` */
export function describePath(graph: ScriptGraph, path: readonly PathStop[]): string {
  return path
    .map(({ step, reply }) => {
      const label = stepLabel(graph.steps[step]!);
      const answer = reply === undefined ? undefined : graph.steps[step]!.replies?.[reply]?.customer;
      return answer === undefined ? label : `${label} ("${answer}")`;
    })
    .join(' → ');
}
