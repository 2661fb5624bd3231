import rule from '../../src/rules/unknown-placeholder.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

const declarations = [
  'placeholders:', // 6
  '  customer_name: 고객 성함',
  '  order_id: 주문 번호',
  'facts:',
  '  refund_window: 3~5영업일',
  '  hotline: 1588-0000', // 11
].join('\n');

/** With `declarations`, the script starts on line 17: `chat:` 17, `steps:` 18, the first step 19, its say 20. */
function chat(...lines: string[]): string {
  return ['      chat:', '        steps:', ...lines].join('\n');
}

testRule(rule, {
  valid: [
    {
      name: 'every placeholder and fact is declared, with spaces inside the braces too',
      yaml: playbookWith({
        extra: declarations,
        scripts: chat(
          '          - kind: greeting',
          '            say: "{{customer_name}}님, 안녕하세요. 주문 {{ order_id }} 건으로 연락드렸습니다."',
          '          - kind: explanation',
          '            say: 환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다.',
          '            note: 급한 문의는 {{facts.hotline}}로 안내합니다.',
          '            replies:',
          '              - customer: "{{order_id}} 말고 다른 주문도 있어요."',
          '                goto: end',
        ),
      }),
    },
    {
      name: 'the email subject uses a declared placeholder',
      yaml: playbookWith({
        channels: ['email'],
        extra: declarations,
        scripts: [
          '      email:',
          '        subject: "[고객센터] 주문 {{order_id}} 환불 진행 안내"',
          '        steps:',
          '          - kind: explanation',
          '            say: 환불은 {{facts.refund_window}} 안에 결제하신 카드로 입금됩니다.',
        ].join('\n'),
      }),
    },
    {
      name: 'text without placeholders, in a playbook that declares none',
      yaml: playbookWith({ scripts: chat('          - kind: empathy', '            say: 환불이 늦어져 많이 답답하셨겠습니다. 불편을 드려 죄송합니다.') }),
    },
  ],
  invalid: [
    {
      name: 'a misspelt placeholder in say, with the declared one suggested',
      yaml: playbookWith({
        extra: declarations,
        scripts: chat('          - kind: greeting', '            say: "{{custmer_name}}님, 안녕하세요. 한결몰 고객센터입니다."'),
      }),
      errors: [
        {
          messageId: 'undeclared',
          line: 20,
          column: 18,
          endLine: 20,
          endColumn: 58,
          data: { placeholder: '{{custmer_name}}', name: 'custmer_name', suggestion: '{{customer_name}}' },
          message: 'The text uses {{custmer_name}}, but the playbook declares no `custmer_name` under `placeholders`. Did you mean {{customer_name}}? Fix the name, or declare `custmer_name` under `placeholders` with what it stands for.',
        },
      ],
    },
    {
      name: 'a fact written as a placeholder: the fact is suggested',
      yaml: playbookWith({
        extra: declarations,
        scripts: chat('          - kind: explanation', '            say: 환불은 {{refund_window}} 안에 입금됩니다.'),
      }),
      errors: [{ messageId: 'undeclared', line: 20, column: 18, data: { name: 'refund_window', suggestion: '{{facts.refund_window}}' } }],
    },
    {
      name: 'an undeclared fact with a near one, and one with nothing near',
      yaml: playbookWith({
        extra: declarations,
        scripts: chat('          - kind: explanation', '            say: 환불은 {{facts.refund_windows}} 안에 입금되고, 쿠폰은 {{facts.coupon_amount}}입니다.'),
      }),
      errors: [
        { messageId: 'undeclaredFactNoSuggestion', line: 20, column: 18, data: { placeholder: '{{facts.coupon_amount}}', name: 'coupon_amount' } },
        { messageId: 'undeclaredFact', line: 20, column: 18, data: { placeholder: '{{facts.refund_windows}}', suggestion: '{{facts.refund_window}}' } },
      ],
    },
    {
      name: 'a placeholder in a playbook that declares none: no suggestion',
      yaml: playbookWith({ scripts: chat('          - kind: greeting', '            say: "{{customer_name}}님, 안녕하세요."') }),
      errors: [
        {
          messageId: 'undeclaredNoSuggestion',
          line: 14,
          column: 18,
          data: { name: 'customer_name' },
          message: /Declare it there as `customer_name: <what it stands for>`/,
        },
      ],
    },
    {
      name: 'note, a customer reply and the email subject are checked too, each once however often used',
      yaml: playbookWith({
        channels: ['email'],
        extra: declarations,
        scripts: [
          '      email:', // 17
          '        subject: "[고객센터] {{order_no}} 환불 안내"',
          '        steps:',
          '          - kind: explanation',
          '            say: 환불은 {{facts.refund_window}} 안에 입금됩니다.',
          '            note: "{{agent}}이 직접 {{agent}} 이름으로 서명합니다."',
          '            replies:',
          '              - customer: "{{facts.refund}} 지나도 안 들어오면요?"',
          '                goto: end',
        ].join('\n'),
      }),
      errors: [
        { messageId: 'undeclared', line: 18, column: 18, data: { name: 'order_no', suggestion: '{{order_id}}' } },
        { messageId: 'undeclaredNoSuggestion', line: 22, column: 19, data: { name: 'agent' } },
        { messageId: 'undeclaredFactNoSuggestion', line: 24, column: 27, data: { name: 'refund' } },
      ],
    },
  ],
});
