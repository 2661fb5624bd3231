import rule from '../../src/rules/no-personalization.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

/** Lines 6–9; a script then starts on line 15 (`chat:` at column 7). */
const placeholders = ['placeholders:', '  order_id: 주문 번호', '  customer_name: 고객 성함', '  agent_name: 상담원 이름'].join('\n');

function script(channel: string, ...says: string[]): string {
  return [`      ${channel}:`, '        steps:', ...says.flatMap((say) => ['          - kind: explanation', `            say: ${say}`])].join('\n');
}

testRule(rule, {
  valid: [
    {
      name: 'the greeting addresses the customer by name',
      yaml: playbookWith({
        extra: placeholders,
        scripts: script('chat', '"{{customer_name}}님, 안녕하세요. 한결몰 상담원 {{agent_name}}입니다."', '환불은 카드사 처리에 따라 3~5영업일이 걸립니다.'),
      }),
    },
    {
      name: 'only the email subject names the order',
      yaml: playbookWith({
        channels: ['email'],
        extra: placeholders,
        scripts: [
          '      email:',
          '        subject: "[한결몰] 주문 {{order_id}} 환불 진행 안내"',
          '        steps:',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
        ].join('\n'),
      }),
    },
    {
      name: 'suppressed on the line above the channel key',
      yaml: playbookWith({
        channels: ['sms'],
        extra: placeholders,
        scripts: [
          '      # servicebook-disable-next-line no-personalization -- 전체 고객 대상 단체 문자',
          '      sms:',
          '        steps:',
          '          - kind: follow-up',
          '            say: "[한결몰] 설 연휴 배송 일정을 안내해 드립니다."',
        ].join('\n'),
      }),
    },
  ],
  invalid: [
    {
      name: 'no placeholder in any text of the script',
      yaml: playbookWith({ extra: placeholders, scripts: script('chat', '안녕하세요, 고객님. 한결몰 고객센터입니다.', '환불은 카드사 처리에 따라 3~5영업일이 걸립니다.') }),
      errors: [
        {
          messageId: 'noPlaceholder',
          line: 15,
          column: 7,
          endLine: 15,
          endColumn: 11,
          data: { channel: 'chat', scenario: 'refund-not-received', examples: '{{order_id}}, {{customer_name}}, {{agent_name}}', example: '"{{customer_name}}님"' },
          message:
            'The chat script of scenario "refund-not-received" reads the same to every customer: none of its texts uses a placeholder ({{order_id}}, {{customer_name}}, {{agent_name}}). Address the customer by name or mention their own order, e.g. "{{customer_name}}님".',
        },
      ],
    },
    {
      name: 'facts do not personalize, and a note is never said',
      yaml: playbookWith({
        extra: [placeholders, 'facts:', '  refund_window: 3~5영업일'].join('\n'),
        scripts: [
          '      phone:', // 17
          '        steps:',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다.',
          '            note: "{{customer_name}}님의 카드사를 먼저 확인합니다."',
        ].join('\n'),
        channels: ['phone'],
      }),
      errors: [{ messageId: 'noPlaceholder', line: 17, column: 7, data: { channel: 'phone' } }],
    },
    {
      name: 'the playbook declares no placeholders: every script is reported',
      yaml: playbookWith({
        channels: ['phone', 'chat'],
        scripts: [script('phone', '안녕하세요, 한결몰 고객센터입니다.'), script('chat', '안녕하세요, 한결몰 채팅 상담입니다.')].join('\n'),
      }),
      errors: [
        {
          messageId: 'noneDeclared',
          line: 11,
          column: 7,
          data: { channel: 'phone' },
          message: /Declare one under `placeholders` \(e\.g\. `customer_name: 고객 성함`\) and greet the customer with "\{\{customer_name\}\}님"\./,
        },
        { messageId: 'noneDeclared', line: 15, column: 7, data: { channel: 'chat' } },
      ],
    },
    {
      name: 'an undeclared placeholder does not count (unknown-placeholder reports it)',
      yaml: playbookWith({ extra: ['placeholders:', '  order_id: 주문 번호'].join('\n'), scripts: script('chat', '"{{customer_name}}님, 안녕하세요."') }),
      errors: [{ messageId: 'noPlaceholder', line: 13, column: 7, data: { example: '{{order_id}}' } }],
    },
  ],
});

testRule(rule, {
  valid: [
    {
      name: 'never on a public channel (social by default)',
      yaml: playbookWith({ channels: ['social'], extra: placeholders, scripts: script('social', '리뷰 남겨 주셔서 감사합니다.') }),
    },
    {
      name: 'a channel the config lists under publicChannels',
      yaml: playbookWith({ channels: ['chat'], extra: placeholders, scripts: script('chat', '리뷰 남겨 주셔서 감사합니다.') }),
      config: { publicChannels: ['chat'] },
    },
    {
      name: 'a long-form placeholder counts',
      yaml: playbookWith({ extra: 'placeholders:\n  customer_name: { description: 고객 성함, example: 김하늘 }', scripts: script('chat', '"{{customer_name}}님, 안녕하세요."') }),
    },
  ],
  invalid: [
    {
      name: 'social is an ordinary channel when the config lists other public channels',
      yaml: playbookWith({ channels: ['social'], extra: placeholders, scripts: script('social', '리뷰 남겨 주셔서 감사합니다.') }),
      config: { publicChannels: ['community'] },
      errors: [{ messageId: 'noPlaceholder', line: 15, column: 7 }],
    },
  ],
});
