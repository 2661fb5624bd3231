import rule from '../../src/rules/duplicate-id.js';
import { describe, expect, it } from 'vitest';
import { playbookWith, runRule, testRule } from '../helpers/ruleTester.js';

/** A whole playbook with the given id and scenario ids, each scenario with one short chat script. */
function playbook(id: string, scenarioIds: string[] = ['refund-not-received']): string {
  return [
    'kind: playbook',
    'format: 1',
    `id: ${id}`,
    'title: 환불 지연 문의 응대',
    'channels: [chat]',
    'scenarios:',
    ...scenarioIds.flatMap((scenarioId) => [
      `  - id: ${scenarioId}`,
      '    title: 환불 금액 미입금',
      '    when: 환불 승인 후 입금되지 않았다는 문의',
      '    scripts:',
      '      chat:',
      '        steps:',
      '          - kind: empathy',
      '            say: 환불이 늦어져 많이 답답하셨겠습니다. 불편을 드려 죄송합니다.',
    ]),
    '',
  ].join('\n');
}

const twoExplains = playbookWith({
  scripts: [
    '      chat:',
    '        steps:',
    '          - id: explain',
    '            kind: explanation',
    '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
    '          - id: explain',
    '            kind: explanation',
    '            say: 오늘 카드사에 확인 요청을 넣어 두겠습니다.',
  ].join('\n'),
});

testRule(rule, {
  valid: [
    {
      name: 'suppressed with a reason on the line before the id',
      yaml: `${playbook('refund-delay')}---\n${playbook('refund-delay').replace('id: refund-delay', '# servicebook-disable-next-line duplicate-id -- 구버전 플레이북, 2026년 3월 삭제 예정\nid: refund-delay')}`,
    },
    { name: 'steps without ids', yaml: playbook('refund-delay') },
    {
      name: 'the same step id in two channels of one scenario',
      yaml: playbookWith({
        channels: ['phone', 'chat'],
        scripts: [
          '      phone:',
          '        steps:',
          '          - id: explain',
          '            kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '      chat:',
          '        steps:',
          '          - id: explain',
          '            kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸려요.',
        ].join('\n'),
      }),
    },
    { name: 'distinct scenario ids', yaml: playbook('refund-delay', ['refund-not-received', 'partial-refund']) },
    { name: 'distinct playbook ids across files', yaml: { 'refund.yaml': playbook('refund-delay'), 'delivery.yaml': playbook('delivery-delay') } },
    { name: 'one scenario id in two playbooks', yaml: `${playbook('refund-delay')}---\n${playbook('double-charge')}` },
  ],
  invalid: [
    {
      name: 'two steps of one script',
      yaml: twoExplains,
      errors: [{ messageId: 'step', line: 16, column: 17, endLine: 16, endColumn: 24, data: { id: 'explain', number: 1, channel: 'chat', line: 13 } }],
    },
    {
      name: 'three steps of one script: both repeats name the first',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - id: sorry',
          '            kind: empathy',
          '            say: 기다리시게 해서 죄송합니다.',
          '          - id: sorry',
          '            kind: empathy',
          '            say: 불편을 드려 정말 죄송합니다.',
          '          - id: sorry',
          '            kind: empathy',
          '            say: 다시 한번 사과드립니다.',
        ].join('\n'),
      }),
      errors: [
        { messageId: 'step', line: 16, column: 17, data: { id: 'sorry', number: 1, channel: 'chat', line: 13 } },
        { messageId: 'step', line: 19, column: 17, message: /step 1 of the chat script \(line 13\)/ },
      ],
    },
    {
      name: 'two scenarios of one playbook',
      yaml: playbook('refund-delay', ['refund-not-received', 'refund-not-received']),
      errors: [{ messageId: 'scenario', line: 15, column: 9, endLine: 15, endColumn: 28, data: { id: 'refund-not-received', number: 1, line: 7 } }],
    },
    {
      name: 'two playbooks in different files: the second file names the first',
      yaml: { 'playbooks/refund.yaml': playbook('refund-delay'), 'playbooks/refund-copy.yaml': playbook('refund-delay') },
      errors: [
        {
          messageId: 'playbook',
          filePath: 'playbooks/refund-copy.yaml',
          line: 3,
          column: 5,
          endColumn: 17,
          data: { id: 'refund-delay', first: 'playbooks/refund.yaml:3' },
          message: 'Playbook id "refund-delay" is already taken by the playbook at playbooks/refund.yaml:3. Manuals find playbooks by id, so give this playbook an id of its own.',
        },
      ],
    },
    {
      name: 'two playbooks in one file: positions in the second document',
      yaml: `${playbook('refund-delay')}---\n${playbook('refund-delay')}`,
      errors: [{ messageId: 'playbook', line: 18, column: 5, data: { id: 'refund-delay', first: 'test.yaml:3' } }],
    },
  ],
});

describe('duplicate-id across manuals and playbooks', () => {
  const manual = (id: string) => `kind: manual\nformat: 1\nid: ${id}\ntitle: 매뉴얼\nchapters:\n  - title: 환불\n    playbooks: [refund-delay]\n`;
  it('reports a manual whose id a playbook already has, at the manual id', () => {
    const found = runRule(rule, {
      name: 'manual vs playbook',
      yaml: { 'refund.yaml': playbookWith({ scripts: '      chat:\n        steps:\n          - kind: empathy\n            say: 죄송합니다.' }), 'manual.yaml': manual('refund-delay') },
    });
    expect(found).toEqual([expect.objectContaining({ messageId: 'manual', line: 3, column: 5, filePath: 'manual.yaml', data: expect.objectContaining({ owner: 'playbook', first: 'refund.yaml:3' }) })]);
  });
  it('reports the second of two manuals with one id', () => {
    const found = runRule(rule, { name: 'two manuals', yaml: { 'a.yaml': manual('handbook'), 'b.yaml': manual('handbook') } });
    expect(found).toEqual([expect.objectContaining({ messageId: 'manual', filePath: 'b.yaml', data: expect.objectContaining({ owner: 'manual' }) })]);
  });
});
