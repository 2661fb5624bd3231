import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/flow.js';
import type { Script } from '../../src/model/types.js';
import { WalkSession } from '../../src/walk/session.js';

/** A clock the test moves: each tick is one second. */
function fakeClock(start = Date.UTC(2026, 0, 14, 9, 0, 0)) {
  let now = start;
  const clock = () => now;
  clock.tick = (seconds: number) => void (now += seconds * 1000);
  return clock;
}

const branching: Script = {
  steps: [
    { kind: 'greeting', say: '안녕하세요, 고객센터입니다.' },
    { kind: 'empathy', say: '많이 답답하셨겠습니다. 죄송합니다.' },
    {
      id: 'explain',
      kind: 'explanation',
      say: '카드사 처리에 3~5영업일이 걸립니다.',
      replies: [
        { customer: '너무 늦어요.', goto: 'escalate' },
        { customer: '네, 알겠습니다.', goto: 'promise' },
        { customer: '다시 설명해 주세요.', goto: 'explain' },
        { customer: '괜찮습니다, 끊을게요.', goto: 'end' },
      ],
    },
    { id: 'escalate', kind: 'escalation', say: '결제팀으로 연결해 드리겠습니다.', goto: 'promise' },
    { id: 'promise', kind: 'follow-up', say: '내일 다시 안내해 드리겠습니다.' },
    { kind: 'closing', say: '감사합니다.', end: true },
    { id: 'unused', kind: 'action', say: '쓰이지 않는 단계입니다.' },
  ],
};

function start(script: Script = branching) {
  const clock = fakeClock();
  return { clock, session: new WalkSession(buildGraph(script), clock) };
}

describe('WalkSession', () => {
  it('starts at the first step and follows the flow with Enter', () => {
    const { session } = start();
    expect(session.current).toBe(0);
    expect(session.canGoBack).toBe(false);
    session.next();
    expect(session.current).toBe(1);
    expect(session.canGoBack).toBe(true);
    session.next();
    expect(session.current).toBe(2);
    expect(session.awaitsReply).toBe(true);
  });

  it('follows the goto of the reply chosen, then the step goto', () => {
    const { session } = start();
    session.next();
    session.next();
    session.reply(0);
    expect(session.current).toBe(3);
    session.next(); // escalate has goto: promise
    expect(session.current).toBe(4);
    session.next();
    expect(session.current).toBe(5);
    session.next(); // end: true
    expect(session.status).toBe('finished');
    expect(session.current).toBeUndefined();
    expect(session.pathStops()).toEqual([{ step: 0 }, { step: 1 }, { step: 2, reply: 0 }, { step: 3 }, { step: 4 }, { step: 5 }]);
  });

  it('ends at a reply whose goto is end', () => {
    const { session } = start();
    session.next();
    session.next();
    session.reply(3);
    expect(session.status).toBe('finished');
    expect(session.visits.at(-1)).toMatchObject({ step: 2, reply: 3, left: 'end' });
  });

  it('ends after the last step when nothing says otherwise', () => {
    const { session } = start({ steps: [{ kind: 'empathy', say: '죄송합니다.' }, { kind: 'closing', say: '감사합니다.' }] });
    session.next();
    session.next();
    expect(session.status).toBe('finished');
  });

  it('refuses Enter where the customer must reply, and a reply that does not exist', () => {
    const { session } = start();
    expect(() => session.reply(0)).toThrow(/no reply 1/);
    session.next();
    session.next();
    expect(() => session.next()).toThrow(/waits for the customer's reply/);
    expect(() => session.reply(9)).toThrow(/no reply 10/);
  });

  it('goes back one step along the path taken, showing that step again', () => {
    const { session } = start();
    session.next();
    session.next();
    session.reply(0); // to escalate
    session.back();
    expect(session.current).toBe(2);
    expect(session.pathStops()).toEqual([{ step: 0 }, { step: 1 }, { step: 2 }]);
    session.reply(1); // this time: promise
    expect(session.current).toBe(4);
    // Every showing stays in the record, the one gone back from marked so.
    expect(session.visits.map((visit) => [visit.step, visit.left])).toEqual([
      [0, 'next'],
      [1, 'next'],
      [2, 'reply'],
      [3, 'back'],
      [2, 'reply'],
      [4, undefined],
    ]);
  });

  it('goes back through a loop one visit at a time', () => {
    const { session } = start();
    session.next();
    session.next();
    session.reply(2); // explain → explain
    session.reply(2);
    expect(session.timesOnPath(2)).toBe(3);
    session.back();
    expect(session.current).toBe(2);
    expect(session.timesOnPath(2)).toBe(2);
    session.back();
    session.back();
    expect(session.current).toBe(1);
  });

  it('cannot go back from the first step, nor move once ended', () => {
    const { session } = start();
    expect(() => session.back()).toThrow(/first step/);
    session.next();
    session.next();
    session.reply(3);
    expect(() => session.next()).toThrow(/has finished/);
    expect(() => session.back()).toThrow(/has finished/);
  });

  it('times every visit and the whole walk with the injected clock', () => {
    const { session, clock } = start();
    clock.tick(4);
    session.next();
    clock.tick(10);
    session.next();
    clock.tick(3);
    session.reply(1);
    clock.tick(2);
    session.next();
    clock.tick(1);
    session.next();
    expect(session.pathVisits().map((visit) => session.duration(visit) / 1000)).toEqual([4, 10, 3, 2, 1]);
    expect(session.totalDuration()).toBe(20_000);
  });

  it('on interruption keeps what was done and stops the clock', () => {
    const { session, clock } = start();
    clock.tick(2);
    session.next();
    clock.tick(5);
    session.noteEscalationShown();
    session.interrupt();
    clock.tick(100);
    expect(session.status).toBe('interrupted');
    expect(session.totalDuration()).toBe(7000);
    expect(session.visits.at(-1)).toMatchObject({ step: 1, left: 'interrupted', escalationShown: true });
    expect(() => session.next()).toThrow(/has interrupted/);
  });

  it('reports which required kinds the path taken passed', () => {
    const { session } = start();
    session.next();
    session.next();
    session.reply(3); // ends before any follow-up
    expect(session.coverage(['empathy', 'explanation', 'follow-up'])).toEqual([
      { kind: 'empathy', passed: true },
      { kind: 'explanation', passed: true },
      { kind: 'follow-up', passed: false },
    ]);
  });

  it('does not count steps gone back from as passed', () => {
    const { session } = start();
    session.next();
    session.next();
    session.reply(0); // escalation
    session.back();
    expect(session.coverage(['escalation'])).toEqual([{ kind: 'escalation', passed: false }]);
  });

  it('refuses a script without steps', () => {
    expect(() => start({ steps: [] })).toThrow(/without steps/);
  });
});
