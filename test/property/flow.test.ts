/**
 * The script graph (FORMAT.md §1.1 "Flow") against a plain reading of the contract: the edges are the ones
 * the contract names, and the paths that required-steps and step-order show are real, shortest walks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, pathSkipping, pathWhereComesFirst, unreachableSteps, type PathStop, type ScriptGraph, type Target } from '../../src/model/flow.js';
import { STEP_KINDS, type Script, type StepKind } from '../../src/model/types.js';
import { defaultPools, scriptArbitrary, SEED } from './arbitraries.js';

fc.configureGlobal({ seed: SEED, numRuns: 200 });

const pools = defaultPools();
const scriptAndKinds = fc.record({
  script: scriptArbitrary('chat', pools, pools.short),
  kind: fc.constantFrom<StepKind>(...STEP_KINDS),
  before: fc.constantFrom<StepKind>(...STEP_KINDS),
});

/** What comes after each step, read straight from the contract. */
function successors(script: Script): Target[][] {
  const indexOf = (id: string) => script.steps.findIndex((step) => step.id === id);
  const target = (id: string): Target[] => (id === 'end' ? ['end'] : indexOf(id) >= 0 ? [indexOf(id)] : []);
  return script.steps.map((step, index) => {
    if (step.replies && step.replies.length > 0) return step.replies.flatMap((reply) => target(reply.goto));
    if (step.goto !== undefined) return target(step.goto);
    if (step.end === true || index === script.steps.length - 1) return ['end'];
    return [index + 1];
  });
}

/** Fewest steps from the first step to one that `isGoal` accepts, never passing a step `avoid` accepts. */
function fewestSteps(next: Target[][], avoid: (index: number) => boolean, isGoal: (index: number) => boolean): number | undefined {
  if (next.length === 0 || avoid(0)) return undefined;
  const distance = new Map([[0, 1]]);
  for (const queue = [0]; queue.length > 0; ) {
    const current = queue.shift()!;
    if (isGoal(current)) return distance.get(current);
    for (const to of next[current]!) {
      if (to === 'end' || distance.has(to) || avoid(to)) continue;
      distance.set(to, distance.get(current)! + 1);
      queue.push(to);
    }
  }
  return undefined;
}

/** A path is a walk: it starts at the first step and every stop leads to the next one (by the reply it names). */
function expectWalk(graph: ScriptGraph, path: readonly PathStop[]): void {
  expect(path[0]!.step).toBe(0);
  for (const [i, stop] of path.entries()) {
    const to: Target | undefined = path[i + 1]?.step;
    if (to === undefined) continue;
    expect(graph.edges[stop.step]!.some((edge) => edge.to === to && edge.reply === stop.reply)).toBe(true);
  }
}

describe('script graph', () => {
  it('has exactly the edges the contract names', () => {
    fc.assert(
      fc.property(scriptAndKinds, ({ script }) => {
        const graph = buildGraph(script);
        expect(graph.edges.map((edges) => edges.map((edge) => edge.to))).toEqual(successors(script));
      }),
    );
  });

  it('leaves out exactly the steps no walk from the first step reaches', () => {
    fc.assert(
      fc.property(scriptAndKinds, ({ script }) => {
        const next = successors(script);
        const reachable = script.steps.flatMap((_, index) => (fewestSteps(next, () => false, (at) => at === index) === undefined ? [] : [index]));
        const unreached = script.steps.flatMap((_, index) => (reachable.includes(index) ? [] : [index]));
        expect(unreachableSteps(buildGraph(script))).toEqual(unreached);
      }),
    );
  });

  it('finds a shortest path that skips a kind whenever there is one (required-steps)', () => {
    fc.assert(
      fc.property(scriptAndKinds, ({ script, kind }) => {
        const graph = buildGraph(script);
        const next = successors(script);
        const path = pathSkipping(graph, kind);
        const fewest = fewestSteps(next, (at) => script.steps[at]!.kind === kind, (at) => next[at]!.includes('end'));
        expect(path?.length).toBe(fewest);
        if (!path) return;
        expectWalk(graph, path);
        expect(path.filter((stop) => script.steps[stop.step]!.kind === kind)).toEqual([]);
        const last = path.at(-1)!;
        expect(graph.edges[last.step]!.some((edge) => edge.to === 'end' && edge.reply === last.reply)).toBe(true);
      }),
    );
  });

  it('finds a path that passes both kinds, a kind before the first of another, whenever there is one (step-order)', () => {
    fc.assert(
      fc.property(scriptAndKinds, ({ script, kind, before }) => {
        const graph = buildGraph(script);
        const next = successors(script);
        const canEnd = (index: number) => fewestFrom(next, index) !== undefined;
        // FORMAT.md §3: "on some path that passes both kinds": after the early step, the path still reaches a `before` step and an end.
        const laterBefore = (index: number) => reachableFrom(next, index).some((at) => script.steps[at]!.kind === before && canEnd(at));
        const path = pathWhereComesFirst(graph, kind, before);
        const fewest = fewestSteps(next, (at) => script.steps[at]!.kind === before, (at) => script.steps[at]!.kind === kind && laterBefore(at));
        expect(path?.length).toBe(fewest);
        if (!path) return;
        expectWalk(graph, path);
        expect(script.steps[path.at(-1)!.step]!.kind).toBe(kind);
        expect(path.filter((stop) => script.steps[stop.step]!.kind === before)).toEqual([]);
      }),
    );
  });
});

/** Steps reached from `start` by one edge or more. */
function reachableFrom(next: Target[][], start: number): number[] {
  const seen = new Set<number>();
  for (let frontier = [start]; frontier.length > 0; ) {
    frontier = frontier.flatMap((at) => next[at]!.filter((to): to is number => to !== 'end' && !seen.has(to) && (seen.add(to), true)));
  }
  return [...seen];
}

/** Fewest steps from `start` to an end of the conversation. */
function fewestFrom(next: Target[][], start: number): number | undefined {
  const seen = new Set([start]);
  for (let frontier = [start], steps = 1; frontier.length > 0; steps++) {
    if (frontier.some((at) => next[at]!.includes('end'))) return steps;
    frontier = frontier.flatMap((at) => next[at]!.filter((to): to is number => to !== 'end' && !seen.has(to) && (seen.add(to), true)));
  }
  return undefined;
}
