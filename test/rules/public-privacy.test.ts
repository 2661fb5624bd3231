import rule from '../../src/rules/public-privacy.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

/** Lines 6–12; the social script starts on line 18 (`social:`), its first `say` on line 21. */
const extra = [
  'placeholders:',
  '  customer_name: { description: 고객 성함, personal: true, example: 김하늘 }',
  '  product_name: 상품명',
  '  order_id: { description: 주문 번호, personal: false }',
  'facts:',
  '  hotline: 1588-0000',
  '  support_email: help@hangyeol.example',
].join('\n');

function social(say: string, channel = 'social'): string {
  return [`      ${channel}:`, '        steps:', '          - kind: [empathy, follow-up]', `            say: "${say}"`].join('\n');
}

const at = (line = 21) => ({ line, column: 18 });

testRule(rule, {
  valid: [
    { name: 'a public reply in general terms', yaml: playbookWith({ channels: ['social'], extra, scripts: social('불편을 드려 죄송합니다. 1:1 문의로 남겨 주시면 바로 연락드리겠습니다.') }) },
    { name: 'a placeholder that is not personal', yaml: playbookWith({ channels: ['social'], extra, scripts: social('{{product_name}} 리뷰 감사합니다.') }) },
    { name: 'the company number and address as facts', yaml: playbookWith({ channels: ['social'], extra, scripts: social('{{facts.hotline}} 또는 {{facts.support_email}}로 문의해 주세요.') }) },
    { name: 'a personal placeholder on a private channel', yaml: playbookWith({ channels: ['chat'], extra, scripts: social('{{customer_name}}님, 010-1234-5678로 연락드리겠습니다.', 'chat') }) },
    { name: 'short numbers, money and dates', yaml: playbookWith({ channels: ['social'], extra, scripts: social('3~5영업일, 12,000원, 2026-03-15, 오후 3시 안에 처리됩니다.') }) },
    { name: 'a date and a clock time side by side', yaml: playbookWith({ channels: ['social'], extra, scripts: social('2026-03-15 14:30에 점검이 끝났습니다. 2026.3.15 10 30분') }) },
    {
      name: 'social is not public when the config lists other channels',
      yaml: playbookWith({ channels: ['social'], extra, scripts: social('{{customer_name}}님 감사합니다.') }),
      config: { publicChannels: ['community'] },
    },
  ],
  invalid: [
    {
      name: 'a personal placeholder',
      yaml: playbookWith({ channels: ['social'], extra, scripts: social('{{customer_name}}님, 불편을 드려 죄송합니다.') }),
      errors: [{ messageId: 'personalPlaceholder', ...at(), data: { channel: 'social', placeholder: '{{customer_name}}' } }],
    },
    {
      name: 'a Korean mobile number',
      yaml: playbookWith({ channels: ['social'], extra, scripts: social('확인 후 010-1234-5678로 연락드리겠습니다.') }),
      errors: [{ messageId: 'phoneNumber', ...at(), data: { value: '010-1234-5678' } }],
    },
    {
      name: 'a representative number written out instead of a fact',
      yaml: playbookWith({ channels: ['social'], extra, scripts: social('1588-0000으로 전화 주세요.') }),
      errors: [{ messageId: 'phoneNumber', ...at(), data: { value: '1588-0000' } }],
    },
    {
      name: 'a North American number',
      yaml: playbookWith({ channels: ['social'], extra, scripts: social('Call me on (555) 123-4567.') }),
      errors: [{ messageId: 'phoneNumber', ...at(), data: { value: '(555) 123-4567' } }],
    },
    {
      name: 'an e-mail address',
      yaml: playbookWith({ channels: ['social'], extra, scripts: social('jane.doe@example.com으로 보내 드렸습니다.') }),
      errors: [{ messageId: 'emailAddress', ...at(), data: { value: 'jane.doe@example.com' } }],
    },
    {
      name: 'an order number of 13 digits, and a card number in groups',
      yaml: playbookWith({ channels: ['social'], extra, scripts: social('주문 2024031512345 건과 카드 1234-5678-9012-3456 결제를 확인했습니다.') }),
      errors: [
        { messageId: 'longNumber', ...at(), data: { digits: 13, value: '2024031512345' } },
        { messageId: 'longNumber', ...at(), data: { digits: 16, value: '1234-5678-9012-3456' } },
      ],
    },
    {
      name: 'the same number twice in one step is reported once',
      yaml: playbookWith({ channels: ['social'], extra, scripts: social('010-1234-5678, 다시 010-1234-5678') }),
      errors: [{ messageId: 'phoneNumber', ...at() }],
    },
    {
      name: 'a channel the config lists as public',
      yaml: playbookWith({ channels: ['chat'], extra, scripts: social('{{customer_name}}님 감사합니다.', 'chat') }),
      config: { publicChannels: ['chat'] },
      errors: [{ messageId: 'personalPlaceholder', ...at() }],
    },
  ],
});
