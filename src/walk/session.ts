/**
 * The walk as a state machine over a script's graph (FORMAT.md §1.1 "Flow"): the step shown now, the path
 * taken so far (which `back` unwinds), every step ever shown, and times from an injected clock. No I/O.
 */
import type { PathStop, ScriptGraph } from '../model/flow.js';
import { kindsOf, type StepKind } from '../model/types.js';

/** Milliseconds; Date.now in the CLI, a fake in tests. */
export type Clock = () => number;

/** How the agent left a step. */
export type Leave = 'next' | 'reply' | 'back' | 'end' | 'interrupted';

/** One showing of a step. Going back shows the earlier step again, as a new visit. */
export interface Visit {
  step: number;
  shownAt: number;
  leftAt?: number;
  left?: Leave;
  /** The customer's reply that was chosen, when the step branches. */
  reply?: number;
  escalationShown?: boolean;
}

export type SessionStatus = 'walking' | 'finished' | 'interrupted';

export class WalkSession {
  readonly startedAt: number;
  endedAt: number | undefined;
  status: SessionStatus = 'walking';
  /** Every step shown, in order, including those the agent went back from. */
  readonly visits: Visit[] = [];
  /** Indexes into `visits`: the path from the first step to the step shown now. */
  private readonly path: number[] = [];

  constructor(
    readonly graph: ScriptGraph,
    private readonly clock: Clock,
  ) {
    if (graph.steps.length === 0) throw new Error('a script without steps cannot be walked');
    this.startedAt = clock();
    this.show(0);
  }

  /** The step shown now; undefined once the walk has ended. */
  get current(): number | undefined {
    return this.status === 'walking' ? this.currentVisit.step : undefined;
  }

  get canGoBack(): boolean {
    return this.status === 'walking' && this.path.length > 1;
  }

  /** Whether the step shown now waits for the customer's reply rather than Enter. */
  get awaitsReply(): boolean {
    const step = this.current === undefined ? undefined : this.graph.steps[this.current];
    return (step?.replies?.length ?? 0) > 0;
  }

  /** Enter: on to the next step by the flow (or to the end). Steps with replies need `reply`. */
  next(): void {
    const step = this.walkingStep();
    if (this.awaitsReply) throw new Error(`step ${step + 1} waits for the customer's reply`);
    const edge = this.graph.edges[step]?.[0];
    if (!edge) throw new Error(`step ${step + 1} leads nowhere (a broken goto)`);
    this.follow(edge.to, 'next');
  }

  /** The customer said reply number `reply` (0-based) of the step shown now: follow its goto. */
  reply(reply: number): void {
    const step = this.walkingStep();
    const edge = this.graph.edges[step]?.find((candidate) => candidate.reply === reply);
    if (!edge) throw new Error(`step ${step + 1} has no reply ${reply + 1} that leads anywhere`);
    this.currentVisit.reply = reply;
    this.follow(edge.to, 'reply');
  }

  /** Back one step along the path taken: that step is shown again, its reply to be chosen anew. */
  back(): void {
    this.walkingStep();
    if (!this.canGoBack) throw new Error('the first step has no step before it');
    this.leave('back');
    this.path.pop();
    const previous = this.path.pop()!;
    this.show(this.visits[previous]!.step);
  }

  noteEscalationShown(): void {
    this.walkingStep();
    this.currentVisit.escalationShown = true;
  }

  /** The walk ends at the step shown now, as if the conversation ended there (a drill's step limit). */
  endHere(): void {
    this.walkingStep();
    this.leave('end');
    this.status = 'finished';
    this.endedAt = this.currentVisit.leftAt;
  }

  /** Ctrl-C: the walk ends where it is; what was done stays recorded. */
  interrupt(): void {
    if (this.status !== 'walking') return;
    this.leave('interrupted');
    this.status = 'interrupted';
    this.endedAt = this.clock();
  }

  /** The visits on the path taken, first step first (with the step shown now, if any). */
  pathVisits(): Visit[] {
    return this.path.map((index) => this.visits[index]!);
  }

  /** The path taken in flow.ts terms, for describePath. */
  pathStops(): PathStop[] {
    return this.pathVisits().map(({ step, reply }) => (reply === undefined ? { step } : { step, reply }));
  }

  /** Milliseconds a visit lasted (so far, for the visit shown now). */
  duration(visit: Visit): number {
    return (visit.leftAt ?? this.clock()) - visit.shownAt;
  }

  /** Milliseconds from the first step to the end (or to now). */
  totalDuration(): number {
    return (this.endedAt ?? this.clock()) - this.startedAt;
  }

  /** Which required kinds the path taken passed through: lint's notion of coverage, for one path. */
  coverage(required: readonly StepKind[]): { kind: StepKind; passed: boolean }[] {
    const kinds = new Set(this.pathVisits().flatMap((visit) => kindsOf(this.graph.steps[visit.step]!)));
    return required.map((kind) => ({ kind, passed: kinds.has(kind) }));
  }

  /** How many times a step was reached on the path taken (loops visit a step again). */
  timesOnPath(step: number): number {
    return this.pathVisits().filter((visit) => visit.step === step).length;
  }

  private get currentVisit(): Visit {
    return this.visits[this.path[this.path.length - 1]!]!;
  }

  private walkingStep(): number {
    if (this.status !== 'walking') throw new Error(`the walk has ${this.status}`);
    return this.currentVisit.step;
  }

  private follow(to: number | 'end', how: 'next' | 'reply'): void {
    if (to === 'end') {
      this.leave('end');
      this.status = 'finished';
      this.endedAt = this.currentVisit.leftAt;
      return;
    }
    this.leave(how);
    this.show(to);
  }

  private leave(how: Leave): void {
    const visit = this.currentVisit;
    visit.leftAt = this.clock();
    visit.left = how;
  }

  private show(step: number): void {
    this.visits.push({ step, shownAt: this.clock() });
    this.path.push(this.visits.length - 1);
  }
}
