import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/fact-drift.js';
import { playbookWith, runRule, testRule } from '../helpers/ruleTester.js';

/** Two scripts of the refund scenario, each one explanation step (and an email subject when given). */
function twoChannels(options: { phone: string; email: string; subject?: string; extra?: string; english?: boolean }): string {
  return playbookWith({
    channels: ['phone', 'email'],
    ...(options.extra ? { extra: options.extra } : {}),
    scripts: [
      '      phone:',
      '        steps:',
      '          - kind: explanation',
      `            say: ${options.phone}`,
      '      email:',
      `        subject: "${options.subject ?? '[고객센터] 환불 진행 안내'}"`,
      '        steps:',
      '          - kind: explanation',
      `            say: ${options.email}`,
    ].join('\n'),
  });
}

// Without `extra`, the phone say is on line 14 and the email say on line 19, both at column 18; the subject is on line 16.
testRule(rule, {
  valid: [
    {
      name: 'both channels use the fact',
      yaml: twoChannels({
        extra: 'facts:\n  refund_window: 3~5영업일',
        phone: '환불은 카드사 처리에 따라 {{facts.refund_window}}이 걸립니다.',
        email: '환불 금액은 {{facts.refund_window}} 안에 입금됩니다.',
      }),
    },
    {
      name: 'the same figure written out in both',
      yaml: twoChannels({ phone: '환불은 카드사 처리에 따라 3~5영업일이 걸립니다.', email: '환불 금액은 3~5영업일 안에 입금됩니다.' }),
    },
    {
      name: 'a fact on one side and the same figure written out on the other',
      yaml: twoChannels({
        extra: 'facts:\n  refund_window: 3~5영업일',
        phone: '환불은 {{facts.refund_window}}이 걸립니다.',
        email: '환불 금액은 영업일 기준 3~5일 안에 입금됩니다.',
      }),
    },
    {
      name: 'business days and calendar days are different units',
      yaml: twoChannels({ phone: '환불은 3~5영업일이 걸립니다.', email: '환불 요청은 결제일로부터 7일 안에 해 주셔야 합니다.' }),
    },
    {
      name: 'a single value inside the other channel’s range',
      yaml: twoChannels({ phone: '환불은 최대 5영업일이 걸립니다.', email: '환불 금액은 3~5영업일 안에 입금됩니다.' }),
    },
    {
      name: 'one figure in common is enough',
      yaml: twoChannels({
        phone: '환불은 3~5영업일이 걸립니다.',
        email: '환불 금액은 3~5영업일 안에 입금되며, 10영업일이 지나도 입금되지 않으면 회신해 주십시오.',
      }),
    },
    {
      name: 'Korean and English figures of the same unit',
      yaml: twoChannels({ phone: '환불은 3~5영업일이 걸립니다.', email: 'Your refund will arrive within 3 to 5 business days.' }),
    },
    {
      name: '5만원 is 50,000원',
      yaml: twoChannels({ phone: '사과의 뜻으로 5만원 쿠폰을 드리겠습니다.', email: '사과의 뜻으로 50,000원 쿠폰을 발급해 드렸습니다.' }),
    },
    {
      name: 'one phone number, written two ways',
      yaml: twoChannels({ phone: '급한 문의는 02-123-4567로 전화 주십시오.', email: '해외에서는 +82 2-123-4567로 전화 주십시오.' }),
    },
    {
      name: 'only one channel states the unit',
      yaml: twoChannels({ phone: '환불은 3~5영업일이 걸립니다.', email: '카드사에 확인 요청을 넣어 두었습니다. 급한 문의는 1588-0000으로 연락 주십시오.' }),
    },
    {
      name: 'clock times are not compared',
      yaml: twoChannels({ phone: '내일 오후 3시까지 문자로 안내해 드리겠습니다.', email: '상담 시간은 평일 오전 9시부터 오후 6시까지입니다.' }),
    },
    {
      name: 'a date is not a number of days',
      yaml: twoChannels({ phone: '반품은 상품을 받으신 날부터 7일 안에 신청해 주십시오.', email: '2026년 3월 1일 이후 결제 건부터 새 기준이 적용됩니다.' }),
    },
    {
      name: '좋은 하루 is not a number of days',
      yaml: twoChannels({ phone: '기다려 주셔서 감사합니다. 좋은 하루 보내십시오.', email: '교환 상품은 3일 안에 다시 보내 드리겠습니다.' }),
    },
    {
      name: 'opening hours are not a number of hours',
      yaml: twoChannels({ phone: '저희 고객센터는 24시간 상담 가능합니다.', email: '남겨 주신 문의에는 2시간 안에 답변드리겠습니다.' }),
    },
    {
      name: 'a difference the team has accepted, with a reason',
      yaml: playbookWith({
        channels: ['phone', 'email'],
        scripts: [
          '      phone:',
          '        steps:',
          '          - kind: explanation',
          '            say: 국내 카드는 환불 금액이 3~5영업일 안에 입금됩니다.',
          '      email:',
          '        subject: "[고객센터] 해외 결제 환불 안내"',
          '        steps:',
          '          - kind: explanation',
          '            # servicebook-disable-next-line fact-drift -- 해외 카드는 카드사 규정상 7영업일',
          '            say: 해외 결제 카드는 환불 금액이 7영업일 안에 입금됩니다.',
        ].join('\n'),
      }),
    },
    {
      name: 'notes and customer replies are not read',
      yaml: playbookWith({
        channels: ['phone', 'chat'],
        scripts: [
          '      phone:',
          '        steps:',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
          '            note: 고객이 7영업일이라고 들었다고 하면 안내가 바뀌었다고 사과합니다.',
          '            replies:',
          '              - customer: 지난번에는 7영업일이라고 하셨잖아요.',
          '                goto: end',
          '      chat:',
          '        steps:',
          '          - kind: explanation',
          '            say: 환불 금액은 3~5영업일 안에 입금됩니다.',
          '            note: 10영업일이 지나면 결제팀 2선으로 넘깁니다.',
        ].join('\n'),
      }),
    },
    {
      name: 'figures are compared within one scenario, not across scenarios',
      yaml: [
        'kind: playbook',
        'format: 1',
        'id: refund-delay',
        'title: 환불 지연 문의 응대',
        'channels: [phone, chat]',
        'scenarios:',
        '  - id: card-refund',
        '    title: 카드 환불',
        '    when: 카드 결제 환불 문의',
        '    scripts:',
        '      phone:',
        '        steps:',
        '          - kind: explanation',
        '            say: 카드 환불은 3~5영업일이 걸립니다.',
        '      chat:',
        '        steps:',
        '          - kind: explanation',
        '            say: 카드 환불은 3~5영업일 안에 처리됩니다.',
        '  - id: transfer-refund',
        '    title: 계좌 환불',
        '    when: 무통장 입금 환불 문의',
        '    scripts:',
        '      phone:',
        '        steps:',
        '          - kind: explanation',
        '            say: 계좌 환불은 1영업일 안에 입금됩니다.',
        '      chat:',
        '        steps:',
        '          - kind: explanation',
        '            say: 계좌 환불은 다음 영업일, 즉 1영업일 안에 입금됩니다.',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'the contract’s example: 3~5영업일 on the phone, 7영업일 by email',
      yaml: twoChannels({ phone: '환불은 카드사 처리에 따라 3~5영업일이 걸립니다.', email: '환불 금액은 7영업일 안에 입금됩니다.' }),
      errors: [
        {
          messageId: 'drift',
          line: 19,
          column: 18,
          endLine: 19,
          endColumn: 39,
          data: {
            channel: 'email',
            figures: '"7영업일"',
            otherChannel: 'phone',
            otherFigures: '"3~5영업일"',
            otherLine: 14,
            fact: 'processing_window',
            factValue: '3~5영업일',
            factUse: '{{facts.processing_window}}',
          },
          message:
            'The email script says "7영업일" here, but the phone script says "3~5영업일" (line 14): within one scenario every channel must give the customer the same number of business days. Decide which is right, put it in facts (e.g. `facts.processing_window: 3~5영업일`) and write {{facts.processing_window}} in both scripts.',
        },
      ],
    },
    {
      name: 'one channel uses the fact, the other writes another figure',
      yaml: twoChannels({
        extra: 'facts:\n  refund_window: 3~5영업일',
        phone: '환불은 카드사 처리에 따라 {{facts.refund_window}}이 걸립니다.',
        email: '환불 금액은 7영업일 안에 입금됩니다.',
      }),
      errors: [
        {
          messageId: 'driftFromFact',
          line: 21,
          column: 18,
          data: { figures: '"7영업일"', otherFigures: '"3~5영업일"', otherLine: 16, fact: 'refund_window', factUse: '{{facts.refund_window}}' },
        },
      ],
    },
    {
      name: 'the email subject counts',
      yaml: twoChannels({
        phone: '환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
        subject: '[고객센터] 환불 금액 7영업일 내 입금 안내',
        email: '카드사에 확인 요청을 넣어 두었습니다.',
      }),
      errors: [{ messageId: 'drift', line: 16, column: 18, data: { channel: 'email', figures: '"7영업일"' } }],
    },
    {
      name: 'two phone numbers',
      yaml: twoChannels({
        extra: 'facts:\n  hotline: 1588-0000',
        phone: '급한 문의는 {{facts.hotline}}으로 연락 주십시오.',
        email: '급한 문의는 1577-1234로 연락 주십시오.',
      }),
      errors: [{ messageId: 'driftFromFact', line: 21, column: 18, data: { fact: 'hotline', figures: '"1577-1234"', otherFigures: '"1588-0000"' } }],
    },
    {
      name: 'amounts in won, written differently',
      yaml: twoChannels({ phone: '사과의 뜻으로 5천원 쿠폰을 드리겠습니다.', email: '사과의 뜻으로 3,000원 쿠폰을 발급해 드렸습니다.' }),
      errors: [{ messageId: 'drift', line: 19, column: 18, data: { unit: 'amount in won', unitKo: '원화 금액', fact: 'amount', factValue: '5천원' } }],
    },
    {
      name: 'hours in Korean against hours in English',
      yaml: twoChannels({ phone: '2시간 안에 다시 전화드리겠습니다.', email: 'We will reply within 24 hours.' }),
      errors: [{ messageId: 'drift', line: 19, column: 18, data: { figures: '"24 hours"', otherFigures: '"2시간"', fact: 'response_time' } }],
    },
    {
      name: 'percentages',
      yaml: twoChannels({ phone: '다음 주문에 쓰실 수 있는 10% 할인 쿠폰을 드리겠습니다.', email: '다음 주문에 쓰실 수 있는 15% 할인 쿠폰을 보내 드렸습니다.' }),
      errors: [{ messageId: 'drift', line: 19, column: 18, data: { unit: 'percentage' } }],
    },
    {
      name: 'two ranges that overlap are still two promises',
      yaml: twoChannels({ phone: '환불은 3~5영업일이 걸립니다.', email: '환불 금액은 3~7영업일 안에 입금됩니다.' }),
      errors: [{ messageId: 'drift', line: 19, column: 18 }],
    },
    {
      name: 'every figure of the later channel is named',
      yaml: twoChannels({ phone: '환불은 3~5영업일이 걸립니다.', email: '환불 금액은 7영업일 안에 입금되며, 10영업일이 지나면 결제팀이 연락드립니다.' }),
      errors: [{ messageId: 'drift', line: 19, column: 18, data: { figures: '"7영업일", "10영업일"' } }],
    },
    {
      name: 'each unit is reported on its own',
      yaml: twoChannels({
        phone: '환불은 3~5영업일이 걸리고, 사과의 뜻으로 3,000원 적립금을 드립니다.',
        email: '환불 금액은 7영업일 안에 입금되며, 5,000원 적립금을 넣어 드렸습니다.',
      }),
      errors: [
        // Findings at one place come in the order of their messages: "5,000원" before "7영업일".
        { messageId: 'drift', line: 19, column: 18, data: { unit: 'amount in won' } },
        { messageId: 'drift', line: 19, column: 18, data: { unit: 'number of business days' } },
      ],
    },
    {
      name: 'a later step of the later channel, in the second scenario',
      yaml: [
        'kind: playbook',
        'format: 1',
        'id: refund-delay',
        'title: 환불 지연 문의 응대',
        'channels: [phone, chat]',
        'scenarios:',
        '  - id: card-refund',
        '    title: 카드 환불',
        '    when: 카드 결제 환불 문의',
        '    scripts:',
        '      phone:',
        '        steps:',
        '          - kind: explanation',
        '            say: 카드 환불은 3~5영업일이 걸립니다.',
        '      chat:',
        '        steps:',
        '          - kind: explanation',
        '            say: 카드 환불은 3~5영업일 안에 처리됩니다.',
        '  - id: transfer-refund',
        '    title: 계좌 환불',
        '    when: 무통장 입금 환불 문의',
        '    scripts:',
        '      phone:',
        '        steps:',
        '          - kind: explanation',
        '            say: 계좌 환불은 1영업일 안에 입금됩니다.',
        '      chat:',
        '        steps:',
        '          - kind: empathy',
        '            say: 환불이 늦어져 답답하셨겠습니다. 죄송합니다.',
        '          - kind: explanation',
        '            say: |-',
        '              계좌 환불은 확인 후',
        '              2영업일 안에 입금됩니다.',
        '',
      ].join('\n'),
      errors: [{ messageId: 'drift', line: 32, column: 18, endLine: 34, endColumn: 29, data: { channel: 'chat', otherChannel: 'phone', otherLine: 26 } }],
    },
  ],
});

describe('fact-drift', () => {
  it('reports a scenario’s unit once, however many channels disagree', () => {
    const yaml = playbookWith({
      channels: ['phone', 'email', 'chat'],
      scripts: [
        '      phone:',
        '        steps:',
        '          - kind: explanation',
        '            say: 환불은 3~5영업일이 걸립니다.',
        '      email:',
        '        subject: "[고객센터] 환불 진행 안내"',
        '        steps:',
        '          - kind: explanation',
        '            say: 환불 금액은 7영업일 안에 입금됩니다.',
        '      chat:',
        '        steps:',
        '          - kind: explanation',
        '            say: 환불 금액은 10영업일 안에 입금됩니다.',
      ].join('\n'),
    });
    const found = runRule(rule, { name: 'three channels', yaml });
    expect(found.map(({ line, data }) => ({ line, channel: data?.channel, otherChannel: data?.otherChannel }))).toEqual([
      { line: 19, channel: 'email', otherChannel: 'phone' },
    ]);
  });

  it('suggests a fact name that the playbook does not use yet', () => {
    const yaml = twoChannels({
      extra: 'facts:\n  processing_window: 담당 부서 확인 후 안내',
      phone: '환불은 3~5영업일이 걸립니다.',
      email: '환불 금액은 7영업일 안에 입금됩니다.',
    });
    const [finding] = runRule(rule, { name: 'name taken', yaml });
    expect(finding?.data).toMatchObject({ fact: 'processing_window_2', factUse: '{{facts.processing_window_2}}' });
  });

  it('has a Korean message a CS lead can act on', () => {
    const yaml = twoChannels({ phone: '환불은 3~5영업일이 걸립니다.', email: '환불 금액은 7영업일 안에 입금됩니다.' });
    const korean = rule.messages.drift.ko.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => String(runRule(rule, { name: 'ko', yaml })[0]?.data?.[name]));
    expect(korean).toBe(
      '이 email 스크립트는 "7영업일", phone 스크립트(14행)는 "3~5영업일"라고 안내합니다. 한 시나리오 안에서 영업일 기준 기간 안내는 모든 채널이 같아야 합니다. 맞는 값을 정해 facts에 두고(예: `facts.processing_window: 3~5영업일`) 두 스크립트 모두 {{facts.processing_window}}로 쓰세요.',
    );
  });
});
