/**
 * A script as a graph (FORMAT.md §1.1 "Flow"): paths, reachability, and the shortest path that skips a kind.
 * Shared by lint rules, render's coverage matrix and walk.
 */
import { hasKind, kindsOf, type Script, type Step, type StepKind } from './types.js';

/** `end` is the end of the conversation. */
export type Target = number | 'end';

export interface Edge {
  to: Target;
  /** Index of the customer reply that leads along this edge, when the step has replies. */
  reply?: number;
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
  edges: Edge[][];
  brokenGotos: BrokenGoto[];
}

/** One stop on a path: a step, and the reply the customer gave there if the step branches. */
export interface PathStop {
  step: number;
  reply?: number;
}

export function buildGraph(script: Script): ScriptGraph {
  const steps = script.steps;
  let indexById: Map<string, number> | undefined; // built at the first goto: many scripts have none
  const brokenGotos: BrokenGoto[] = [];
  const resolve = (target: string, step: number, reply?: number): Target | undefined => {
    if (target === 'end') return 'end';
    if (indexById === undefined) {
      indexById = new Map();
      for (const [index, { id }] of steps.entries()) if (id !== undefined && !indexById.has(id)) indexById.set(id, index);
    }
    const index = indexById.get(target);
    if (index === undefined) brokenGotos.push({ step, reply, target });
    return index;
  };
  const edges = steps.map((step, index): Edge[] => {
    if (step.replies && step.replies.length > 0) {
      return step.replies.flatMap((reply, replyIndex) => {
        const to = resolve(reply.goto, index, replyIndex);
        return to === undefined ? [] : [{ to, reply: replyIndex }];
      });
    }
    if (step.goto !== undefined) {
      const to = resolve(step.goto, index);
      return to === undefined ? [] : [{ to }];
    }
    if (step.end === true || index === steps.length - 1) return [{ to: 'end' }];
    return [{ to: index + 1 }];
  });
  return { steps, edges, brokenGotos };
}

/** Steps reachable from the first step. */
export function reachableSteps(graph: ScriptGraph): Set<number> {
  const seen = new Set<number>();
  if (graph.steps.length === 0) return seen;
  const queue = [0];
  seen.add(0);
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const edge of graph.edges[current] ?? []) {
      if (edge.to !== 'end' && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}

/** Steps from which some walk reaches an end. */
export function stepsThatCanEnd(graph: ScriptGraph): Set<number> {
  const canEnd = new Set<number>();
  let changed = true;
  while (changed) {
    changed = false;
    // From the last step back: most edges lead forward, so one pass usually settles it.
    for (let index = graph.edges.length - 1; index >= 0; index--) {
      if (!canEnd.has(index) && graph.edges[index]!.some((edge) => edge.to === 'end' || canEnd.has(edge.to))) {
        canEnd.add(index);
        changed = true;
      }
    }
  }
  return canEnd;
}

/**
 * The shortest walk from the first step that never passes a step `avoid` accepts, up to a step `isGoal`
 * accepts (or, with isGoal 'end', to an end of the conversation). Undefined when there is none.
 */
export function shortestPath(
  graph: ScriptGraph,
  options: { avoid: (step: Step) => boolean; isGoal: 'end' | ((step: Step, index: number) => boolean) },
): PathStop[] | undefined {
  const { avoid, isGoal } = options;
  if (graph.steps.length === 0 || avoid(graph.steps[0]!)) return undefined;
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
    if (isGoal !== 'end' && isGoal(graph.steps[current]!, current)) return pathTo(current);
    for (const edge of graph.edges[current] ?? []) {
      if (edge.to === 'end') {
        if (isGoal === 'end') return pathTo(current, edge.reply);
        continue;
      }
      if (cameFrom[edge.to] !== undefined || avoid(graph.steps[edge.to]!)) continue;
      cameFrom[edge.to] = { from: current, reply: edge.reply };
      queue.push(edge.to);
    }
  }
  return undefined;
}

/** The shortest path from the first step to an end that never passes a step of `kind` (a step counts as each of its kinds). */
export function pathSkipping(graph: ScriptGraph, kind: StepKind): PathStop[] | undefined {
  return shortestPath(graph, { avoid: (step) => hasKind(step, kind), isGoal: 'end' });
}

/**
 * On a path that passes both kinds, a `kind` step before the first `before` step: the shortest start of such a
 * path, up to that `kind` step (a step of both kinds does both at once, so it is never "before" itself).
 */
export function pathWhereComesFirst(graph: ScriptGraph, kind: StepKind, before: StepKind): PathStop[] | undefined {
  const laterBefore = stepsThatReach(graph, (step, index, canEnd) => hasKind(step, before) && canEnd.has(index));
  return shortestPath(graph, {
    avoid: (step) => hasKind(step, before),
    isGoal: (step, index) => hasKind(step, kind) && laterBefore.has(index),
  });
}

/** Steps from which some walk (of at least one edge) reaches a step `target` accepts. */
function stepsThatReach(graph: ScriptGraph, target: (step: Step, index: number, canEnd: Set<number>) => boolean): Set<number> {
  const canEnd = stepsThatCanEnd(graph);
  const reaches = new Set<number>();
  let changed = true;
  while (changed) {
    changed = false;
    for (let index = graph.edges.length - 1; index >= 0; index--) {
      if (reaches.has(index)) continue;
      const found = graph.edges[index]!.some(
        (edge) => edge.to !== 'end' && (reaches.has(edge.to) || target(graph.steps[edge.to]!, edge.to, canEnd)),
      );
      if (found) {
        reaches.add(index);
        changed = true;
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
