import { describe, expect, it } from 'vitest';
import rule, { refusalIn } from '../../src/rules/blunt-refusal.js';
import { placeOf, playbookWith, testRule } from '../helpers/ruleTester.js';

function phone(...says: string[]): string {
  return ['      phone:', '        steps:', ...says.flatMap((say) => ['          - kind: explanation', `            say: ${say}`])].join('\n');
}

const blunt = playbookWith({ channels: ['phone'], scripts: phone('개봉한 상품은 환불이 안 됩니다.', 'We cannot refund opened items.') });
const branching = playbookWith({
  channels: ['phone'],
  scripts: [
    '      phone:',
    '        steps:',
    '          - kind: explanation',
    '            say: 주문 후 7일이 지나 취소는 불가합니다.',
    '            replies:',
    '              - customer: 그럼 어떻게 해요?',
    '                goto: other',
    '              - customer: 알겠어요.',
    '                goto: bye',
    '          - id: other',
    '            kind: explanation',
    '            say: 대신 반품 접수를 도와드리겠습니다.',
    '          - id: bye',
    '            kind: closing',
    '            say: 감사합니다.',
  ].join('\n'),
});

testRule(rule, {
  valid: [
    {
      name: 'a cushion in the same step, or an alternative in the same or every next step',
      yaml: playbookWith({
        channels: ['phone'],
        scripts: phone(
          '죄송하지만 개봉한 상품은 환불이 어렵습니다.',
          '환불은 안 됩니다. 대신 같은 상품으로 교환해 드릴 수 있습니다.',
          'Unfortunately we cannot refund opened items.',
          '주문 후 7일이 지나 취소는 불가합니다.',
          '다른 방법으로 반품 접수를 도와드리겠습니다.',
        ),
      }),
    },
    { name: 'a warning to the customer and a question are no refusals', yaml: playbookWith({ channels: ['phone'], scripts: phone('비밀번호는 알려 주시면 안 됩니다.', '오늘 방문이 어렵습니까?') }) },
  ],
  invalid: [
    {
      name: 'refusals with neither a cushion nor a way forward, pointed at the words',
      yaml: blunt,
      errors: [
        { messageId: 'blunt', ...placeOf(blunt, '안 됩니다'), data: { words: '안 됩니다' } },
        { messageId: 'blunt', ...placeOf(blunt, 'cannot'), data: { words: 'cannot' } },
      ],
    },
    {
      name: 'an alternative on one path only is not enough',
      yaml: branching,
      errors: [{ messageId: 'blunt', ...placeOf(branching, '불가합니다') }],
    },
  ],
});

describe('refusalIn', () => {
  it.each([
    ['그건 할 수 없습니다.', '할 수 없습니다'], ['환불해 드릴 수 없어요.', '환불해 드릴 수 없어요'], ['그렇게는 해드리지 않아요', '해드리지 않아요'],
    ['예약이 어려우십니다', '어려우십니다'], ['어쩔 수 없는 방침입니다.', '어쩔 수 없'], ['That is not possible.', 'not possible'],
  ])('%s refuses with %s', (text, words) => {
    expect(refusalIn(text)?.words).toBe(words);
  });

  it.each(['걱정 안 하셔도 됩니다.', '카드는 지금부터 사용할 수 없습니다.', '놓치시면 안 됩니다.', '가능합니다.'])('%s refuses nothing', (text) => {
    expect(refusalIn(text)).toBeUndefined();
  });
});
