import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config.js';
import { lint } from '../../src/engine/lint.js';
import rule from '../../src/rules/required-steps.js';
import { playbookWith, runRule, testRule } from '../helpers/ruleTester.js';

/** The three required kinds on one line; every conversation passes them. */
const straightChat = playbookWith({
  scripts: [
    '      chat:',
    '        steps:',
    '          - kind: greeting',
    '            say: 안녕하세요, 고객센터 상담원 김하늘입니다.',
    '          - kind: empathy',
    '            say: 환불이 늦어져 많이 답답하셨겠습니다. 불편을 드려 죄송합니다.',
    '          - kind: explanation',
    '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다. 오늘 카드사에 확인을 요청하겠습니다.',
    '          - kind: follow-up',
    '            say: 내일 오후 3시까지 처리 결과를 문자로 안내해 드리겠습니다.',
    '            due: P1D',
  ].join('\n'),
});

/** "알겠어요." goes straight to the closing and skips the follow-up. */
const skipsFollowUp = playbookWith({
  scripts: [
    '      chat:', // 11
    '        steps:',
    '          - kind: greeting',
    '            say: 안녕하세요, 고객센터 상담원 김하늘입니다.',
    '          - kind: empathy', // 15
    '            say: 환불이 늦어져 많이 답답하셨겠습니다. 불편을 드려 죄송합니다.',
    '          - id: explain', // 17
    '            kind: explanation',
    '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
    '            replies:',
    '              - customer: 알겠어요.',
    '                goto: bye',
    '              - customer: 그럼 언제 들어오는지 알려 주세요.',
    '                goto: promise',
    '          - id: promise', // 25
    '            kind: follow-up',
    '            say: 내일 오후 3시까지 입금 예정일을 문자로 안내해 드리겠습니다.',
    '            due: P1D',
    '          - id: bye', // 29
    '            kind: closing',
    '            say: 기다려 주셔서 감사합니다. 좋은 하루 보내세요.',
  ].join('\n'),
});

testRule(rule, {
  valid: [
    {
      name: 'suppressed with a reason on the line before `steps:`',
      yaml: playbookWith({
        channels: ['sms'],
        scripts: [
          '      sms:',
          '        # servicebook-disable-next-line required-steps -- 문자는 한 통이라 공감 문구를 생략',
          '        steps:',
          '          - kind: explanation',
          '            say: "[고객센터] 환불은 3~5영업일 안에 입금됩니다."',
          '          - kind: follow-up',
          '            say: 입금되면 문자로 알려 드리겠습니다.',
          '            due: 5d',
        ].join('\n'),
      }),
    },
    { name: 'empathy, explanation and follow-up in a row', yaml: straightChat },
    {
      name: 'both replies lead through the follow-up, one by way of an escalation',
      yaml: playbookWith({
        channels: ['phone'],
        scripts: [
          '      phone:',
          '        steps:',
          '          - kind: empathy',
          '            say: 환불 금액이 아직 들어오지 않아 많이 답답하셨겠습니다. 불편을 드려 죄송합니다.',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '            replies:',
          '              - customer: 너무 늦어요. 지금 당장 해결해 주세요.',
          '                goto: escalate',
          '              - customer: 네, 알겠습니다.',
          '                goto: promise',
          '          - id: escalate',
          '            kind: escalation',
          '            say: 결제팀 담당자가 직접 확인하도록 바로 연결해 드리겠습니다.',
          '          - id: promise',
          '            kind: follow-up',
          '            say: 내일 오후 3시까지 처리 결과를 문자로 다시 안내해 드리겠습니다.',
          '            due: P1D',
        ].join('\n'),
      }),
    },
    {
      name: 'a loop back to a question, with every way out passing the follow-up',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: empathy',
          '            say: 주문하신 상품이 늦어져 걱정되셨겠습니다. 죄송합니다.',
          '          - id: ask',
          '            kind: questioning',
          '            say: 주문 번호를 알려 주시겠습니까?',
          '          - kind: explanation',
          '            say: 물류센터 물량이 몰려 출고가 하루 늦어졌습니다.',
          '            replies:',
          '              - customer: 주문 번호를 잘못 말씀드렸어요.',
          '                goto: ask',
          '              - customer: 네, 알겠습니다.',
          '                goto: promise',
          '          - id: promise',
          '            kind: follow-up',
          '            say: 출고되면 바로 문자로 알려 드리겠습니다.',
          '            due: 2d',
        ].join('\n'),
      }),
    },
    {
      name: 'a project that requires only empathy',
      yaml: playbookWith({
        scripts: ['      chat:', '        steps:', '          - kind: empathy', '            say: 불편을 드려 죄송합니다.'].join('\n'),
      }),
      config: { required: { '*': ['empathy'] } },
    },
    {
      name: 'English script',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: empathy',
          "            say: I'm sorry your refund hasn't arrived yet; that must be frustrating.",
          '          - kind: explanation',
          '            say: Refunds take 3-5 business days because the card issuer processes them.',
          '          - kind: follow-up',
          "            say: I'll email you the result by 3 p.m. tomorrow.",
          '            due: P1D',
        ].join('\n'),
      }),
    },
  ],
  invalid: [
    {
      name: 'one reply skips the follow-up: the message shows that path',
      yaml: skipsFollowUp,
      errors: [
        {
          messageId: 'skipped',
          line: 12,
          column: 9,
          endLine: 31,
          data: { channel: 'chat', kind: 'follow-up', path: 'greeting → empathy → explain ("알겠어요.") → bye' },
          message: /^chat: the path greeting → empathy → explain \("알겠어요\."\) → bye never reaches follow-up\./,
        },
      ],
    },
    {
      name: 'no empathy and no follow-up at all: one finding per kind',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
        ].join('\n'),
      }),
      errors: [
        { messageId: 'missing', line: 12, column: 9, data: { channel: 'chat', kind: 'empathy', path: 'explanation' } },
        { messageId: 'missing', line: 12, column: 9, data: { channel: 'chat', kind: 'follow-up', path: 'explanation' } },
      ],
    },
    {
      name: 'the config adds closing for phone, and the escalation ends the call without it',
      yaml: playbookWith({
        channels: ['phone'],
        scripts: [
          '      phone:',
          '        steps:',
          '          - kind: empathy',
          '            say: 환불 금액이 아직 들어오지 않아 답답하셨겠습니다. 죄송합니다.',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '          - kind: follow-up',
          '            say: 내일 오후 3시까지 결과를 문자로 안내해 드리겠습니다.',
          '            due: P1D',
          '            replies:',
          '              - customer: 지금 담당자를 바꿔 주세요.',
          '                goto: escalate',
          '              - customer: 네, 기다릴게요.',
          '                goto: bye',
          '          - id: escalate',
          '            kind: escalation',
          '            say: 결제팀 담당자에게 바로 연결해 드리겠습니다.',
          '            end: true',
          '          - id: bye',
          '            kind: closing',
          '            say: 기다려 주셔서 감사합니다. 좋은 하루 보내십시오.',
        ].join('\n'),
      }),
      config: { required: { '*': ['empathy', 'explanation', 'follow-up'], phone: ['closing'] } },
      errors: [
        {
          messageId: 'skipped',
          line: 12,
          column: 9,
          data: { channel: 'phone', kind: 'closing', path: 'empathy → explanation → follow-up ("지금 담당자를 바꿔 주세요.") → escalate' },
        },
      ],
    },
    {
      name: 'a loop whose way out skips the explanation',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - id: sorry',
          '            kind: empathy',
          '            say: 배송이 늦어져 죄송합니다.',
          '            replies:',
          '              - customer: 지금 어디쯤인지만 알려 주세요.',
          '                goto: promise',
          '              - customer: 왜 늦어진 거예요?',
          '                goto: explain',
          '          - id: explain',
          '            kind: explanation',
          '            say: 물류센터에 물량이 몰려 출고가 하루 늦어졌습니다.',
          '            goto: sorry',
          '          - id: promise',
          '            kind: follow-up',
          '            say: 화물 위치가 확인되면 바로 문자로 알려 드리겠습니다.',
          '            due: 4h',
        ].join('\n'),
      }),
      errors: [{ messageId: 'skipped', line: 12, column: 9, data: { kind: 'explanation', path: 'sorry ("지금 어디쯤인지만 알려 주세요.") → promise' } }],
    },
  ],
});

describe('required-steps flow', () => {
  it('gives each stop of the path, with its step position, for SARIF code flows', () => {
    const [finding] = runRule(rule, { name: 'skips follow-up', yaml: skipsFollowUp });
    expect(finding?.flow).toEqual([
      expect.objectContaining({ message: 'greeting', line: 13, column: 13 }),
      expect.objectContaining({ message: 'empathy', line: 15, column: 13 }),
      expect.objectContaining({ message: 'explain ("알겠어요.")', line: 17, column: 13 }),
      expect.objectContaining({ message: 'bye', line: 29, column: 13 }),
    ]);
  });

  it('speaks Korean when asked', () => {
    const [result] = lint([{ filePath: 'test.yaml', text: skipsFollowUp }], { config: defaultConfig('/'), mode: 'lint', rules: [rule], lang: 'ko' });
    expect(result?.findings[0]?.message).toBe(
      'chat: greeting → empathy → explain ("알겠어요.") → bye 경로가 follow-up 단계를 거치지 않습니다. 이 경로에 `kind: follow-up` 단계를 넣거나, goto를 기존 follow-up 단계로 이어 주세요.',
    );
  });
});

/** FORMAT.md §1.1 additions: a scenario's purpose picks the required kinds; a step of several kinds counts as each. */
const chatSteps = (...steps: [kind: string, say: string][]) =>
  ['      chat:', '        steps:', ...steps.flatMap(([kind, say]) => [`          - kind: ${kind}`, `            say: ${say}`])].join('\n');

testRule(rule, {
  valid: [
    {
      name: 'a notice needs an explanation only',
      yaml: playbookWith({ purpose: 'notice', scripts: chatSteps(['explanation', '출고가 하루 늦어집니다.']) }),
    },
    {
      name: 'an inquiry answered in one line',
      yaml: playbookWith({ purpose: 'inquiry', scripts: chatSteps(['[greeting, explanation]', '안녕하세요. 환불은 3~5영업일이 걸립니다.']) }),
    },
    {
      name: 'one message that apologises, explains and promises counts as all three',
      yaml: playbookWith({ purpose: 'complaint', scripts: chatSteps(['[explanation, empathy, follow-up]', '출고가 하루 늦어집니다. 죄송합니다. 내일 다시 안내드리겠습니다.']) }),
    },
    {
      name: 'a purpose the config declares, with its kinds',
      yaml: playbookWith({ purpose: 'review-thanks', scripts: chatSteps(['closing', '리뷰 감사합니다.']) }),
      config: { purposes: { complaint: ['empathy', 'explanation', 'follow-up'], 'review-thanks': ['closing'] } },
    },
  ],
  invalid: [
    {
      name: 'a transfer that never hands over',
      yaml: playbookWith({ purpose: 'transfer', scripts: chatSteps(['explanation', '결제팀에서 처리합니다.']) }),
      errors: [{ messageId: 'missing', line: 13, column: 9, data: { channel: 'chat', kind: 'escalation' } }],
    },
    {
      name: 'a request without a follow-up; the per-channel list is added whatever the purpose',
      yaml: playbookWith({ purpose: 'request', scripts: chatSteps(['explanation', '취소를 접수했습니다.']) }),
      config: { required: { '*': ['empathy', 'explanation', 'follow-up'], chat: ['greeting'] } },
      errors: [
        { messageId: 'missing', line: 13, column: 9, data: { kind: 'follow-up' } },
        { messageId: 'missing', line: 13, column: 9, data: { kind: 'greeting' } },
      ],
    },
  ],
});
