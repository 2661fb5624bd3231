import rule from '../../src/rules/channel-limit.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

/** A script of one-message steps; the first `say` is on line 14, column 18. */
function script(channel: string, ...says: string[]): string {
  return [`      ${channel}:`, '        steps:', ...says.flatMap((say) => ['          - kind: follow-up', `            say: ${say}`])].join('\n');
}

/** 90 EUC-KR bytes exactly: 54 characters, 36 of them Hangul. */
const exactly90 = '"[한결몰] 환불 요청이 접수되었습니다. 카드사 사정에 따라 3~5 영업일 안에 카드로 입금됩니다."';
/** 91 bytes: [고객센터] is one Hangul syllable longer than [한결몰], less one space. */
const bytes91 = '"[고객센터] 환불 요청이 접수되었습니다. 카드사 사정에 따라 3~5영업일 안에 카드로 입금됩니다."';

testRule(rule, {
  valid: [
    {
      name: 'SMS messages up to 90 bytes, CP949-only syllables (똠) included',
      yaml: playbookWith({ channels: ['sms'], scripts: script('sms', exactly90, '"[한결몰] 똠양꿍 밀키트 교환이 접수되었습니다."') }),
    },
    {
      name: 'long messages and emoji on channels without a byte limit',
      yaml: playbookWith({
        channels: ['kakao'],
        scripts: script('kakao', '"{{customer_name}}님, 주문하신 상품이 오늘 출고되었어요 🚚 내일 도착할 예정이고, 배송 조회는 앱의 주문 내역에서 언제든 하실 수 있어요."'),
      }),
    },
    {
      name: 'an email script with a subject',
      yaml: playbookWith({
        channels: ['email'],
        scripts: [
          '      email:',
          '        subject: "[한결몰] 주문 {{order_id}} 환불 진행 안내"',
          '        steps:',
          '          - kind: explanation',
          '            say: 요청하신 환불은 카드사 처리에 따라 3~5영업일 안에 결제하신 카드로 입금됩니다.',
        ].join('\n'),
      }),
    },
    {
      name: 'a project that allows longer SMS',
      yaml: playbookWith({ channels: ['sms'], scripts: script('sms', bytes91) }),
      config: { limits: { sms: { maxBytes: 2000 } } },
    },
  ],
  invalid: [
    {
      name: 'an SMS of 91 bytes',
      yaml: playbookWith({ channels: ['sms'], scripts: script('sms', bytes91) }),
      errors: [
        {
          messageId: 'tooLong',
          line: 14,
          column: 18,
          endLine: 14,
          endColumn: 74,
          data: { channel: 'sms', bytes: 91, limit: 90, over: 1 },
          message:
            'This sms message is 91 bytes in EUC-KR, over the limit of 90 (a Hangul syllable counts 2 bytes, other characters 1; facts are filled in, and placeholders count as their `example`, else as written). Shorten it to 90 bytes or fewer (cut at least 1), or split it into two steps.',
        },
      ],
    },
    {
      name: 'placeholders count as written',
      yaml: playbookWith({
        channels: ['sms'],
        scripts: script('sms', '"[한결몰] {{customer_name}}님, 요청하신 환불은 카드사 처리에 따라 3~5영업일 안에 결제하신 카드로 입금될 예정입니다."'),
      }),
      errors: [{ messageId: 'tooLong', line: 14, column: 18, data: { bytes: 114, limit: 90, over: 24 } }],
    },
    {
      name: 'an emoji that EUC-KR cannot carry',
      yaml: playbookWith({ channels: ['sms'], scripts: script('sms', '"[한결몰] 배송이 시작되었습니다 🚚 내일 도착 예정입니다."') }),
      errors: [
        {
          messageId: 'unencodable',
          line: 14,
          column: 18,
          data: { channel: 'sms', characters: '"🚚" (U+1F69A)' },
          message: /^This sms message has characters that EUC-KR\/CP949 cannot carry: "🚚" \(U\+1F69A\)\./,
        },
      ],
    },
    {
      name: 'emoji with a variation selector or a skin tone are named whole, each once; ♥ is in CP949',
      yaml: playbookWith({ channels: ['sms'], scripts: script('sms', '"[한결몰] 감사합니다 ❤️ ♥ 👍🏻 ❤️"') }),
      errors: [{ messageId: 'unencodable', line: 14, column: 18, data: { characters: '"❤️" (U+2764 U+FE0F), "👍🏻" (U+1F44D U+1F3FB)' } }],
    },
    {
      name: 'a limit from servicebook.yaml on another channel',
      yaml: playbookWith({ channels: ['kakao'], scripts: script('kakao', '"{{customer_name}}님, 주문하신 상품이 출고되었습니다."') }),
      config: { limits: { kakao: { maxBytes: 40 } } },
      errors: [{ messageId: 'tooLong', line: 14, column: 18, data: { channel: 'kakao', bytes: 52, limit: 40, over: 12 } }],
    },
    {
      name: 'an email script without a subject, reported at the script',
      yaml: playbookWith({
        channels: ['email'],
        scripts: [
          '      email:', // 11
          '        steps:',
          '          - kind: explanation',
          '            say: 요청하신 환불은 카드사 처리에 따라 3~5영업일 안에 결제하신 카드로 입금됩니다.',
        ].join('\n'),
      }),
      errors: [
        {
          messageId: 'missingSubject',
          line: 12,
          column: 9,
          endLine: 14,
          data: { scenario: 'refund-not-received' },
          message: /has no `subject`\. Add one .* e\.g\. `subject: "\[고객센터\] 주문 \{\{order_id\}\} 환불 진행 안내"`/,
        },
      ],
    },
    {
      name: 'an email subject that is blank, reported at the subject',
      yaml: playbookWith({
        channels: ['email'],
        scripts: ['      email:', '        subject: ""', '        steps:', '          - kind: explanation', '            say: 환불 진행 상황을 안내해 드립니다.'].join('\n'),
      }),
      errors: [{ messageId: 'missingSubject', line: 12, column: 18, endColumn: 20 }],
    },
  ],
});

/** Lengths are counted as the customer gets them: facts filled in, placeholders as their example (FORMAT.md §3). */
testRule(rule, {
  valid: [
    {
      name: 'a short fact fills in under the limit, though {{facts.…}} as written would be over',
      yaml: playbookWith({
        channels: ['sms'],
        extra: 'facts:\n  refund_window_for_card_payments: 3~5일',
        scripts: script('sms', '"[한결몰] 환불 요청이 접수되었습니다. 카드사 사정에 따라 {{facts.refund_window_for_card_payments}} 안에 카드로 입금됩니다."'),
      }),
    },
    {
      name: 'a kakao message of exactly 1,000 characters',
      yaml: playbookWith({ channels: ['kakao'], scripts: script('kakao', `"${'가'.repeat(1000)}"`) }),
    },
  ],
  invalid: [
    {
      name: 'a fact that fills in over the limit',
      yaml: playbookWith({
        channels: ['sms'],
        extra: 'facts:\n  w: 카드사 사정에 따라 영업일 기준 삼일에서 오일',
        scripts: script('sms', '"[한결몰] 환불 요청이 접수되었습니다. {{facts.w}} 안에 카드로 입금됩니다."'),
      }),
      errors: [{ messageId: 'tooLong', line: 16, column: 18 }],
    },
    {
      name: 'a placeholder counted as its example',
      yaml: playbookWith({
        channels: ['sms'],
        extra: 'placeholders:\n  n: { description: 고객 성함, example: 김하늘하늘하늘하늘하늘하늘하늘하늘하늘하늘 }',
        scripts: script('sms', '"[한결몰] {{n}}님, 환불 요청이 접수되었습니다. 3~5영업일 안에 카드로 입금됩니다."'),
      }),
      errors: [{ messageId: 'tooLong', line: 16, column: 18 }],
    },
    {
      name: 'a kakao message over 1,000 characters',
      yaml: playbookWith({ channels: ['kakao'], scripts: script('kakao', `"${'가'.repeat(1001)}"`) }),
      errors: [{ messageId: 'tooManyChars', line: 14, column: 18, data: { chars: 1001, limit: 1000, over: 1 } }],
    },
    {
      name: 'limits.kakao.maxChars from the config',
      yaml: playbookWith({ channels: ['kakao'], scripts: script('kakao', `"${'가'.repeat(101)}"`) }),
      config: { limits: { kakao: { maxChars: 100 } } },
      errors: [{ messageId: 'tooManyChars', line: 14, column: 18, data: { chars: 101, limit: 100 } }],
    },
    {
      name: 'a kakao message under the limit as written, over it with its fact and example filled in',
      yaml: playbookWith({
        channels: ['kakao'],
        extra: 'facts:\n  w: 카드사 사정에 따라 영업일 기준 삼일에서 오일\nplaceholders:\n  n: { description: 고객 성함, example: 김하늘 }',
        scripts: script('kakao', '"{{n}}님, 환불은 {{facts.w}} 안에 입금됩니다."'),
      }),
      config: { limits: { kakao: { maxChars: 40 } } },
      errors: [{ messageId: 'tooManyChars', line: 18, column: 18, data: { chars: 45, limit: 40, over: 5 } }],
    },
    {
      name: 'a fact whose value holds placeholders, each filled in as its example',
      yaml: playbookWith({
        channels: ['kakao'],
        extra: 'facts:\n  a: "{{n}}{{n}}{{n}}"\nplaceholders:\n  n: { description: 고객 성함, example: 김하늘하늘하늘하늘하늘하늘하늘하늘하늘하늘 }',
        scripts: script('kakao', '"{{facts.a}} 고객님"'),
      }),
      config: { limits: { kakao: { maxChars: 40 } } },
      errors: [{ messageId: 'tooManyChars', line: 18, column: 18, data: { chars: 67, limit: 40, over: 27 } }],
    },
  ],
});
