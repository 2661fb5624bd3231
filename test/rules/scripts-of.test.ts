/** scriptsOf lists a playbook's scripts once for every rule, each with one flow graph that the flow rules share. */
import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/model/types.js';
import { forEachAgentText, scriptsOf } from '../../src/rules/types.js';

function playbook(id: string): Playbook {
  const steps = [
    { kind: 'empathy' as const, say: '환불이 늦어져 답답하셨겠습니다. 죄송합니다.' },
    { kind: 'explanation' as const, say: '환불은 카드사 처리에 따라 3~5영업일이 걸립니다.' },
  ];
  return {
    kind: 'playbook',
    format: 1,
    id,
    title: '환불 지연 문의 응대',
    channels: ['phone', 'chat'],
    scenarios: [
      { id: 'refund-not-received', title: '환불 금액 미입금', when: '환불 승인 후 입금되지 않았다는 문의', scripts: { phone: { steps }, chat: { steps } } },
      { id: 'refund-partial', title: '부분 환불', when: '일부 금액만 환불되었다는 문의', scripts: { chat: { steps } } },
    ],
  };
}

describe('scriptsOf', () => {
  it('lists every script in order, with its data path', () => {
    const listed = scriptsOf(playbook('refund-delay')).map(({ scenarioIndex, channel, path }) => ({ scenarioIndex, channel, path }));
    expect(listed).toEqual([
      { scenarioIndex: 0, channel: 'phone', path: ['scenarios', 0, 'scripts', 'phone'] },
      { scenarioIndex: 0, channel: 'chat', path: ['scenarios', 0, 'scripts', 'chat'] },
      { scenarioIndex: 1, channel: 'chat', path: ['scenarios', 1, 'scripts', 'chat'] },
    ]);
  });

  it('gives every rule the same listing and the same graph, built once', () => {
    const refund = playbook('refund-delay');
    const first = scriptsOf(refund);
    expect(scriptsOf(refund)).toBe(first);
    expect(first[0]!.graph).toBe(scriptsOf(refund)[0]!.graph);
    expect(first[0]!.graph.steps).toBe(first[0]!.script.steps);
  });

  it('lists a playbook again, the same way, after many others', () => {
    const refund = playbook('refund-delay');
    const before = scriptsOf(refund).map(({ channel, path }) => ({ channel, path }));
    for (let index = 0; index < 20; index++) scriptsOf(playbook(`other-${index}`));
    expect(scriptsOf(refund).map(({ channel, path }) => ({ channel, path }))).toEqual(before);
  });
});

describe('forEachAgentText', () => {
  it('visits the subject, then each say, that the test matches, with its path, script and step', () => {
    const refund = playbook('refund-delay');
    const email = { subject: '[한결몰] 환불 지연 안내', steps: [{ kind: 'explanation' as const, say: '환불은 카드사 처리에 따라 3~5영업일이 걸립니다.' }] };
    refund.scenarios[1]!.scripts = { email, chat: refund.scenarios[1]!.scripts.chat! };
    const visited: unknown[] = [];
    forEachAgentText(refund, /영업일|지연 안내/, ({ text, path, channel, scriptPath, step, stepIndex }) => visited.push({ text, path, channel, scriptPath, step, stepIndex }));
    const chat = ['scenarios', 0, 'scripts', 'chat'];
    expect(visited).toEqual([
      { text: '환불은 카드사 처리에 따라 3~5영업일이 걸립니다.', path: ['scenarios', 0, 'scripts', 'phone', 'steps', 1, 'say'], channel: 'phone', scriptPath: ['scenarios', 0, 'scripts', 'phone'], step: refund.scenarios[0]!.scripts.phone!.steps[1], stepIndex: 1 },
      { text: '환불은 카드사 처리에 따라 3~5영업일이 걸립니다.', path: [...chat, 'steps', 1, 'say'], channel: 'chat', scriptPath: chat, step: refund.scenarios[0]!.scripts.chat!.steps[1], stepIndex: 1 },
      { text: '[한결몰] 환불 지연 안내', path: ['scenarios', 1, 'scripts', 'email', 'subject'], channel: 'email', scriptPath: ['scenarios', 1, 'scripts', 'email'], step: undefined, stepIndex: undefined },
      { text: '환불은 카드사 처리에 따라 3~5영업일이 걸립니다.', path: ['scenarios', 1, 'scripts', 'email', 'steps', 0, 'say'], channel: 'email', scriptPath: ['scenarios', 1, 'scripts', 'email'], step: email.steps[0], stepIndex: 0 },
      { text: '환불은 카드사 처리에 따라 3~5영업일이 걸립니다.', path: ['scenarios', 1, 'scripts', 'chat', 'steps', 1, 'say'], channel: 'chat', scriptPath: ['scenarios', 1, 'scripts', 'chat'], step: refund.scenarios[1]!.scripts.chat!.steps[1], stepIndex: 1 },
    ]);
  });
});
