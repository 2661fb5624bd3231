import rule from '../../src/rules/risky-promise.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

/** A chat script of explanation steps; without `extra`, the first `say` is on line 14, column 18. */
function chat(...says: string[]): string {
  return ['      chat:', '        steps:', ...says.flatMap((say) => ['          - kind: explanation', `            say: ${say}`])].join('\n');
}

/** Two facts, lines 6–8: the script then starts on line 14 and its first `say` is on line 17. */
const facts = ['facts:', '  refund_window: 3~5영업일', '  hotline: 1588-0000'].join('\n');

testRule(rule, {
  valid: [
    {
      name: 'realistic time frames and next steps',
      yaml: playbookWith({
        extra: facts,
        scripts: chat(
          '환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다.',
          '오늘 카드사에 확인을 요청해 두고, 결과는 내일 오후 3시까지 문자로 안내해 드리겠습니다.',
          '결제팀 담당자에게 바로 연결해 드리겠습니다.',
        ),
      }),
    },
    {
      name: 'requests to the customer are requirements, not promises',
      yaml: playbookWith({
        scripts: chat(
          '방문하실 때 반드시 신분증을 지참해 주세요.',
          '인증 번호는 절대 다른 사람에게 알려 주지 마십시오.',
          'Please always keep your receipt.',
          'Never share your verification code with anyone.',
        ),
      }),
    },
    {
      name: '즉시 as "as soon as" after an event, and inside a product name',
      yaml: playbookWith({
        scripts: chat(
          '입금이 확인되는 즉시 출고해 드리겠습니다.',
          '회수 기사님이 상품을 수거한 즉시 환불을 진행해 드리겠습니다.',
          '환불 승인 즉시 문자로 알려 드리겠습니다.',
          '즉시할인 쿠폰은 결제 화면에서 자동으로 적용됩니다.',
          '카드 즉시 할인 금액은 영수증에서 확인하실 수 있습니다.',
        ),
      }),
    },
    {
      name: 'nouns and quotes: 보장 범위, 절대적, the customer\'s "즉시 환불"',
      yaml: playbookWith({
        scripts: chat(
          '휴대폰 보험의 보장 범위는 약관 3조에 나와 있습니다.',
          '"\\"당장 환불해 달라\\"고 하신 말씀, 충분히 이해합니다."',
          '당장은 어렵지만, 내일 오전 중으로 다시 연락드리겠습니다.',
        ),
      }),
    },
    {
      name: 'suppressed with a reason',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: explanation',
          '            # servicebook-disable-next-line risky-promise -- 법무팀 승인 문구',
          '            say: 구매일로부터 30일 이내 미개봉 상품은 100% 환불을 보장합니다.',
        ].join('\n'),
      }),
    },
  ],
  invalid: [
    {
      name: 'Always at the start of a sentence that asks nothing of the customer',
      yaml: playbookWith({ scripts: chat('Always on time, or your money back.') }),
      errors: [{ messageId: 'absolute', line: 14, column: 18, data: { word: 'Always' } }],
    },
    {
      name: '반드시 in a say',
      yaml: playbookWith({ scripts: chat('내일까지 반드시 입금되도록 처리하겠습니다.') }),
      errors: [
        {
          messageId: 'absolute',
          line: 14,
          column: 18,
          endLine: 14,
          endColumn: 41,
          data: { word: '반드시' },
          message: /^"반드시" promises the absolute, and one exception breaks the customer's trust\. Drop it/,
        },
      ],
    },
    {
      name: 'a risky word that Markdown emphasis splits in the text (the whole text is tested as the customer reads it)',
      yaml: playbookWith({ scripts: chat('"내일까지 반**드시** 입금되도록 처리하겠습니다."') }),
      errors: [{ messageId: 'absolute', line: 14, column: 18, data: { word: '반드시' } }],
    },
    {
      name: '즉시 with a time-frame fact to suggest',
      yaml: playbookWith({ extra: facts, scripts: chat('확인되면 지금 즉시 환불해 드리겠습니다.') }),
      errors: [
        {
          messageId: 'instant',
          line: 17,
          column: 18,
          data: { word: '즉시', fact: '{{facts.refund_window}}', value: '3~5영업일' },
          message: '"즉시" promises it happens at once, which the agent cannot control. Give the time frame the playbook states instead, e.g. "within {{facts.refund_window}}" (3~5영업일).',
        },
      ],
    },
    {
      name: '즉시 after a topic (환불은 즉시), with 100% and 보장 in the same say',
      yaml: playbookWith({ extra: facts, scripts: chat('환불은 즉시 처리되며, 100% 입금을 보장합니다.') }),
      errors: [
        { messageId: 'absolute', line: 17, column: 18, data: { word: '100%' } },
        { messageId: 'absolute', line: 17, column: 18, data: { word: '보장' } },
        { messageId: 'instant', line: 17, column: 18, data: { word: '즉시', fact: '{{facts.refund_window}}' } },
      ],
    },
    {
      name: '당장 without a time-frame fact',
      yaml: playbookWith({ scripts: chat('지금 당장 처리해 드리겠습니다.') }),
      errors: [{ messageId: 'instantNoFact', line: 14, column: 18, data: { word: '당장' }, message: /add it under `facts` \(e\.g\. `reply_window: 1영업일`\)/ }],
    },
    {
      name: 'several words in one say, each once: 100%, 보장, 절대로',
      yaml: playbookWith({ scripts: chat('100% 환불을 보장해 드립니다. 절대로 다시는 이런 일이 없을 겁니다. 100% 확신합니다.') }),
      errors: [
        { messageId: 'absolute', line: 14, column: 18, data: { word: '100%' } },
        { messageId: 'absolute', line: 14, column: 18, data: { word: '보장' } },
        { messageId: 'absolute', line: 14, column: 18, data: { word: '절대로' } },
      ],
    },
    {
      name: 'the email subject and an English body',
      yaml: playbookWith({
        channels: ['email'],
        scripts: [
          '      email:',
          '        subject: "[고객센터] 무조건 환불 안내"',
          '        steps:',
          '          - kind: explanation',
          '            say: We guarantee your refund will arrive immediately.',
        ].join('\n'),
      }),
      errors: [
        { messageId: 'absolute', line: 12, column: 18, data: { word: '무조건' } },
        { messageId: 'absolute', line: 15, column: 18, data: { word: 'guarantee' } },
        { messageId: 'instantNoFact', line: 15, column: 18, data: { word: 'immediately' } },
      ],
    },
    {
      name: 'right away promises it at once, as immediately does (a refund still under review)',
      yaml: playbookWith({ scripts: chat('We will refund this right away.') }),
      errors: [{ messageId: 'instantNoFact', line: 14, column: 18, data: { word: 'right away' } }],
    },
    {
      name: 'a word from servicebook.yaml `words.riskyPromise`',
      yaml: playbookWith({ scripts: chat('제가 책임지고 오늘 안에 해결해 드리겠습니다.') }),
      config: { words: { riskyPromise: ['책임지고'], emptyMarkers: [] } },
      errors: [{ messageId: 'absolute', line: 14, column: 18, data: { word: '책임지고' } }],
    },
  ],
});
