import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/step-order.js';
import { playbookWith, runRule, testRule } from '../helpers/ruleTester.js';

/** One reply goes to the apology first, the other straight to the explanation. */
const branchExplainsFirst = playbookWith({
  scripts: [
    '      chat:',
    '        steps:',
    '          - kind: greeting', // 13
    '            say: 안녕하세요, 고객센터 상담원 김하늘입니다.',
    '          - id: ask', // 15
    '            kind: questioning',
    '            say: 어떤 점이 불편하셨는지 말씀해 주시겠어요?',
    '            replies:',
    '              - customer: 환불이 아직도 안 들어왔어요. 너무 답답해요.',
    '                goto: sorry',
    '              - customer: 환불 언제 들어오나요?',
    '                goto: explain',
    '          - id: sorry',
    '            kind: empathy',
    '            say: 많이 기다리셨을 텐데 불편을 드려 정말 죄송합니다.',
    '          - id: explain', // 26
    '            kind: explanation', // 27
    '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
    '          - kind: empathy',
    '            say: 오래 기다리시게 해서 죄송합니다.',
  ].join('\n'),
});

/** A branch that never passes empathy: required-steps' finding, not an ordering problem. */
const branchSkipsEmpathy = playbookWith({
  scripts: [
    '      chat:',
    '        steps:',
    '          - kind: greeting', // 13
    '            say: 안녕하세요, 고객센터 상담원 김하늘입니다.',
    '          - id: ask', // 15
    '            kind: questioning',
    '            say: 어떤 점이 불편하셨는지 말씀해 주시겠어요?',
    '            replies:',
    '              - customer: 환불이 아직도 안 들어왔어요. 너무 답답해요.',
    '                goto: sorry',
    '              - customer: 환불 언제 들어오나요?',
    '                goto: explain',
    '          - id: sorry',
    '            kind: empathy',
    '            say: 많이 기다리셨을 텐데 불편을 드려 정말 죄송합니다.',
    '          - id: explain', // 26
    '            kind: explanation', // 27
    '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
  ].join('\n'),
});

testRule(rule, {
  valid: [
    {
      name: 'a branch that never passes empathy is left to required-steps (the path must pass both kinds)',
      yaml: branchSkipsEmpathy,
    },
    {
      name: 'suppressed with a reason on the line before `kind:`',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - id: notice',
          '            # servicebook-disable-next-line step-order -- 장애 공지: 원인 안내가 가장 먼저',
          '            kind: explanation',
          '            say: 현재 결제 시스템 점검으로 환불 처리가 지연되고 있습니다.',
          '          - kind: empathy',
          '            say: 기다리시게 해서 죄송합니다.',
        ].join('\n'),
      }),
    },
    {
      name: 'empathy, then explanation, then follow-up',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: empathy',
          '            say: 환불이 늦어져 많이 답답하셨겠습니다. 죄송합니다.',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '          - kind: follow-up',
          '            say: 내일 오후 3시까지 결과를 문자로 안내해 드리겠습니다.',
          '            due: P1D',
        ].join('\n'),
      }),
    },
    {
      name: 'every branch apologises before it explains',
      yaml: playbookWith({
        channels: ['phone'],
        scripts: [
          '      phone:',
          '        steps:',
          '          - kind: questioning',
          '            say: 어떤 점이 불편하셨는지 말씀해 주시겠습니까?',
          '            replies:',
          '              - customer: 배송이 너무 늦어요.',
          '                goto: sorry-late',
          '              - customer: 상품이 파손돼서 왔어요.',
          '                goto: sorry-broken',
          '          - id: sorry-late',
          '            kind: empathy',
          '            say: 오래 기다리시게 해서 죄송합니다.',
          '            goto: explain',
          '          - id: sorry-broken',
          '            kind: empathy',
          '            say: 기대하신 상품이 파손되어 많이 속상하셨겠습니다. 죄송합니다.',
          '          - id: explain',
          '            kind: explanation',
          '            say: 확인해 보니 물류센터에서 출고가 하루 늦어졌습니다.',
        ].join('\n'),
      }),
    },
    {
      // No empathy anywhere is required-steps' finding; step-order stays quiet.
      name: 'a script with no empathy step at all',
      yaml: playbookWith({
        channels: ['sms'],
        scripts: [
          '      sms:',
          '        steps:',
          '          - kind: explanation',
          '            say: "[고객센터] 환불은 3~5영업일 안에 입금됩니다."',
          '          - kind: follow-up',
          '            say: 입금되면 문자로 알려 드리겠습니다.',
          '            due: 5d',
        ].join('\n'),
      }),
    },
    {
      name: 'English script in order',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: empathy',
          "            say: I'm sorry your parcel is late; I know you were counting on it.",
          '          - kind: explanation',
          '            say: The courier has a backlog, so I have asked them to trace your parcel.',
          '          - kind: follow-up',
          "            say: I'll message you with its location within one business day.",
          '            due: P1D',
        ].join('\n'),
      }),
    },
  ],
  invalid: [
    {
      name: 'an explanation before the apology',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: explanation', // 13
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '          - kind: empathy',
          '            say: 기다리시게 해서 죄송합니다.',
        ].join('\n'),
      }),
      errors: [
        {
          messageId: 'explanationBeforeEmpathy',
          line: 13,
          column: 19,
          endLine: 13,
          endColumn: 30,
          data: { channel: 'chat', number: 1, step: 'explanation', path: 'explanation' },
          message: /^chat: on the path explanation, the explanation at step 1 \(explanation\) comes before any empathy\./,
        },
      ],
    },
    {
      name: 'one reply reaches the explanation before the apology',
      yaml: branchExplainsFirst,
      errors: [
        {
          messageId: 'explanationBeforeEmpathy',
          line: 27,
          column: 19,
          data: { number: 4, step: 'explain', path: 'greeting → ask ("환불 언제 들어오나요?") → explain' },
        },
      ],
    },
    {
      name: 'a follow-up promised before anything is explained',
      yaml: playbookWith({
        channels: ['kakao'],
        scripts: [
          '      kakao:',
          '        steps:',
          '          - kind: empathy',
          '            say: 배송이 늦어져서 많이 답답하셨죠. 죄송해요.',
          '          - id: promise', // 15
          '            kind: follow-up', // 16
          '            say: 확인되는 대로 이 채팅방으로 알려 드릴게요.',
          '            due: P1D',
          '          - kind: explanation',
          '            say: 지금 물류센터에 물량이 몰려서 화물이 잠시 멈춰 있어요.',
        ].join('\n'),
      }),
      errors: [
        {
          messageId: 'followUpBeforeExplanation',
          line: 16,
          column: 19,
          endColumn: 28,
          data: { channel: 'kakao', number: 2, step: 'promise', path: 'empathy → promise' },
        },
      ],
    },
    {
      name: 'both orders broken in one script',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: follow-up', // 13
          '            say: 처리 결과는 내일 문자로 안내해 드리겠습니다.',
          '            due: P1D',
          '          - kind: explanation', // 16
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '          - kind: empathy',
          '            say: 불편을 드려 죄송합니다.',
        ].join('\n'),
      }),
      errors: [
        { messageId: 'followUpBeforeExplanation', line: 13, column: 19, data: { path: 'follow-up' } },
        { messageId: 'explanationBeforeEmpathy', line: 16, column: 19, data: { path: 'follow-up → explanation' } },
      ],
    },
  ],
});

describe('step-order flow', () => {
  it('gives each stop of the path that comes too early, for SARIF code flows', () => {
    const [finding] = runRule(rule, { name: 'branch', yaml: branchExplainsFirst });
    expect(finding?.flow).toEqual([
      expect.objectContaining({ message: 'greeting', line: 13, column: 13 }),
      expect.objectContaining({ message: 'ask ("환불 언제 들어오나요?")', line: 15, column: 13 }),
      expect.objectContaining({ message: 'explain', line: 26, column: 13 }),
    ]);
  });
});

/** FORMAT.md §3 step-order with the additions: empathy first only where it is required; a step of several kinds does them at once. */
const steps = (...list: [kind: string, say: string][]) =>
  ['      chat:', '        steps:', ...list.flatMap(([kind, say]) => [`          - kind: ${kind}`, `            say: ${say}`])].join('\n');

testRule(rule, {
  valid: [
    {
      name: 'a notice states the facts first',
      yaml: playbookWith({ purpose: 'notice', scripts: steps(['explanation', '출고가 하루 늦어집니다.'], ['empathy', '기다리시게 해 죄송합니다.']) }),
    },
    {
      name: 'explanation and empathy in one step',
      yaml: playbookWith({ scripts: steps(['[explanation, empathy]', '출고가 늦어집니다. 죄송합니다.'], ['empathy', '많이 답답하셨죠.'], ['follow-up', '내일 알려 드리겠습니다.']) }),
    },
    {
      name: 'a follow-up in the same step as the explanation',
      yaml: playbookWith({ scripts: steps(['empathy', '죄송합니다.'], ['[follow-up, explanation]', '내일 다시 안내드리겠습니다. 물량이 몰려 늦어졌습니다.'], ['explanation', '택배사에 확인했습니다.']) }),
    },
  ],
  invalid: [
    {
      name: 'a complaint still asks for empathy first',
      yaml: playbookWith({ purpose: 'complaint', scripts: steps(['explanation', '출고가 하루 늦어집니다.'], ['empathy', '기다리시게 해 죄송합니다.']) }),
      errors: [{ messageId: 'explanationBeforeEmpathy', line: 14, column: 19 }],
    },
    {
      name: 'a notice still asks for the explanation before the follow-up',
      yaml: playbookWith({ purpose: 'notice', scripts: steps(['follow-up', '내일 다시 안내드리겠습니다.'], ['explanation', '출고가 하루 늦어집니다.']) }),
      errors: [{ messageId: 'followUpBeforeExplanation', line: 14, column: 19, data: { path: 'follow-up' } }],
    },
    {
      name: 'a step of several kinds is named by its kinds on the path',
      yaml: playbookWith({ scripts: steps(['[greeting, explanation]', '안녕하세요. 출고가 늦어집니다.'], ['empathy', '죄송합니다.']) }),
      errors: [{ messageId: 'explanationBeforeEmpathy', line: 13, column: 19, data: { step: 'greeting+explanation', path: 'greeting+explanation' } }],
    },
  ],
});
