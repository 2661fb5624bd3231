/**
 * The walk in-process with the real terminal prompts, driven through @inquirer/testing's screen: lists,
 * search, placeholders, steps, Ctrl-C. (The same in a real terminal: tmux.test.ts.)
 */
import { screen } from '@inquirer/testing/vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runWalk } from '../../src/cli/commands/walk.js';
import { terminalPrompter } from '../../src/walk/prompts.js';
import { capturedIo, fakeClock } from './helpers.js';

// @inquirer/testing wraps the @inquirer/* prompts; our own step prompt is wrapped the same way.
vi.mock('../../src/walk/step-prompt.js', async (importOriginal) => {
  const { wrapPrompt } = await import('@inquirer/testing/vitest');
  const actual = await importOriginal<typeof import('../../src/walk/step-prompt.js')>();
  return { ...actual, stepPrompt: wrapPrompt(actual.stepPrompt) };
});

function start(args: { playbook?: string; record?: string; options?: Record<string, unknown> } = {}) {
  const io = capturedIo({ stdinIsTTY: true });
  const clock = fakeClock();
  const exit = runWalk(args.playbook, { var: [], ...(args.record && { record: args.record }), ...args.options }, io, { prompter: terminalPrompter(), clock, width: 80 });
  return { io, clock, exit };
}

describe('walk in a terminal (in-process)', () => {
  it('chooses from searchable lists with titles and triggers, asks placeholders once, walks a branch', async () => {
    const record = path.join(mkdtempSync(path.join(tmpdir(), 'walk-')), 'walk.json');
    const { io, clock, exit } = start({ record });

    await screen.next();
    expect(screen.getScreen()).toContain('어떤 플레이북으로 할까요?');
    expect(screen.getScreen()).toMatch(/배송 지연 문의 응대 +delivery-delay/);
    expect(screen.getScreen()).toMatch(/환불 지연 문의 응대 +refund-delay/);
    screen.type('환불');
    await screen.next();
    expect(screen.getScreen()).not.toContain('배송 지연');
    expect(screen.getScreen()).toContain('시나리오 2개: 환불 금액 미입금 · 부분 환불 금액 문의');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('어떤 상황인가요?');
    expect(screen.getScreen()).toContain('언제: 환불 승인 후 5영업일이 지나도 입금되지 않았다는 문의');
    // Moving within a list re-renders at once: no next() to wait for.
    screen.keypress('down');
    expect(screen.getScreen()).toContain('언제: 환불받은 금액이 결제 금액보다 적다는 문의');
    screen.keypress('up');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('어느 채널인가요?');
    expect(screen.getScreen()).toMatch(/채팅 +chat · 6단계 · 분기 1곳/);
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('고객 성함 · {{customer_name}}');
    screen.type('김민수');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('주문 번호 (영문 대문자 포함 12자리) · {{order_id}}');
    screen.type('A20260114KR01');
    screen.keypress('enter');

    await screen.next(); // greeting
    expect(io.out).toContain('[인사] 1/6\n  김민수님, 안녕하세요. 고객센터 채팅 상담원입니다.');
    expect(screen.getScreen()).toBe('⏎ 다음 · e 에스컬레이션 · Ctrl-C 그만');
    clock.tick(5);
    screen.keypress('enter');
    await screen.next(); // empathy
    clock.tick(7);
    screen.keypress('enter');
    await screen.next(); // explain: replies
    expect(io.out).toContain('주문 A20260114KR01의 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.');
    expect(screen.getScreen()).toContain('고객이 뭐라고 했나요?');
    clock.tick(20);
    screen.keypress('e');
    expect(screen.getScreen()).toContain('넘길 곳      결제팀 2선');
    screen.keypress('down');
    screen.keypress('enter'); // 네, 알겠습니다. → promise
    await screen.next();
    expect(io.out).toContain('↳ 고객: “네, 알겠습니다.”');
    expect(io.out).toContain('[후속 조치] 5/6 · promise');
    clock.tick(4);
    screen.keypress('enter');
    await screen.next(); // closing
    expect(screen.getScreen()).toBe('⏎ 끝 · b 이전 · e 에스컬레이션 · Ctrl-C 그만');
    clock.tick(3);
    screen.keypress('enter');

    await expect(exit).resolves.toBe(0);
    expect(io.out).toContain('대화가 끝났습니다.');
    expect(io.out).toMatch(/경로 +인사 → 공감 → explain “네, 알겠습니다.” → promise → 마무리/);
    expect(io.out).toMatch(/3 {2}설명 \(explain\) +0:20/);
    expect(io.out).toMatch(/합계 +0:39/);
    expect(io.out).toContain('필수 단계  ✓ 공감  ✓ 설명  ✓ 후속 조치');
    const transcript = JSON.parse(readFileSync(record, 'utf8'));
    expect(transcript).toMatchObject({
      status: 'finished',
      variables: { customer_name: '김민수', order_id: 'A20260114KR01' },
      totalSeconds: 39,
      pathText: 'greeting → empathy → explain ("네, 알겠습니다.") → promise → closing',
    });
    expect(transcript.steps[2]).toMatchObject({ id: 'explain', escalationShown: true, seconds: 20, reply: { index: 1, goto: 'promise' } });
  });

  it('goes back a step and takes the other branch', async () => {
    const { io, exit } = start({ playbook: 'refund-delay', options: { scenario: 'refund-not-received', channel: 'chat', var: ['customer_name=김민수', 'order_id=A1'] } });
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter');
    await screen.next(); // explain
    screen.keypress('enter'); // 너무 늦어요 → escalate
    await screen.next();
    expect(io.out).toContain('[에스컬레이션] 4/6 · escalate');
    // An escalation step shows the hand-over details by itself.
    expect(io.out).toMatch(/escalate\n.*\n {2}⚑ 에스컬레이션\n {4}상담원 권한/);
    screen.keypress('b');
    await screen.next(); // explain again
    expect(io.out).toContain('↩ 한 단계 뒤로');
    screen.keypress('2');
    screen.keypress('enter'); // → promise
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter');
    await expect(exit).resolves.toBe(0);
    expect(io.out).toMatch(/경로 +인사 → 공감 → explain “네, 알겠습니다.” → promise → 마무리/);
  });

  it('Ctrl-C ends at once with 130 and the transcript so far', async () => {
    const record = path.join(mkdtempSync(path.join(tmpdir(), 'walk-')), 'walk.md');
    const { io, exit } = start({ playbook: 'refund-delay', record, options: { scenario: 'partial-refund', channel: 'phone' } });
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    screen.keypress({ name: 'c', ctrl: true });
    await expect(exit).resolves.toBe(130);
    expect(io.err).toContain(`중단했습니다. 지금까지의 기록을 ${record}에 저장했습니다.`);
    const transcript = readFileSync(record, 'utf8');
    expect(transcript).toContain('| 상태 | 중단 (Ctrl-C) |');
    expect(transcript).toContain('### 2. 설명 · 0:00\n\n> 쿠폰 할인 금액을 빼고 환불되어 금액이 다릅니다.');
    expect(transcript).toContain('_중단했습니다._');
  });

  it('Ctrl-C while choosing leaves no transcript and exits 130', async () => {
    const record = path.join(mkdtempSync(path.join(tmpdir(), 'walk-')), 'walk.md');
    const { io, exit } = start({ record });
    await screen.next();
    screen.keypress({ name: 'c', ctrl: true });
    await expect(exit).resolves.toBe(130);
    expect(io.err.trim()).toBe('중단했습니다.');
    expect(() => readFileSync(record)).toThrow(/ENOENT/);
  });
});
