import { describe, expect, it } from 'vitest';
import rule, { honorificObjectsIn } from '../../src/rules/honorific-object.js';
import { placeOf, playbookWith, testRule } from '../helpers/ruleTester.js';

function counter(...says: string[]): string {
  return ['      in-person:', '        steps:', ...says.flatMap((say) => ['          - kind: action', `            say: ${say}`])].join('\n');
}

const bad = playbookWith({ channels: ['in-person'], scripts: counter('주문하신 커피 나오셨습니다.', '그 상품은 품절이세요. 3만 원이세요.', '할인이 안 되세요.') });

testRule(rule, {
  valid: [
    {
      name: 'honorifics for the customer, and things said plainly',
      yaml: playbookWith({
        channels: ['in-person'],
        scripts: counter('몇 분이세요?', '확인해 보시겠어요?', '궁금하신 점 있으세요?', '주문하신 커피 나왔습니다.', '총 3만 원입니다.', '고객님은 내일 방문하시면 됩니다.', '어떤 색상이 좋으세요?', '"\\"품절이세요\\"라고 하셨죠?"'),
      }),
    },
  ],
  invalid: [
    {
      name: 'the FORMAT.md examples, with positions and fixes',
      yaml: bad,
      errors: [
        { messageId: 'object', ...placeOf(bad, '나오셨습니다'), data: { words: '나오셨습니다', plain: '나왔습니다' } },
        { messageId: 'object', ...placeOf(bad, '품절이세요'), data: { plain: '품절이에요' } },
        { messageId: 'object', ...placeOf(bad, '3만 원이세요'), data: { plain: '3만 원이에요' } },
        { messageId: 'object', ...placeOf(bad, '되세요'), data: { words: '되세요', plain: '돼요' } },
      ],
    },
  ],
});

describe('honorificObjectsIn', () => {
  it.each([
    ['이 디자인은 사이즈가 없으신데요.', '없으신데요'],
    ['원하시는 상품은 이쪽에 있으십니다', '있으십니다'],
    ['지금 보고 계신 신차 가격은 5000만원이십니다', '5000만원이십니다'],
    ['이쪽으로 오시면 되세요.', '면 되세요'],
    ['대출 가능하십니다.', '가능하십니다'],
    ['그 영화는 매진되셨습니다', '매진되셨습니다'],
    ['결제가 완료되셨습니다.', '완료되셨습니다'],
    ['5분은 기본이시고요', '기본이시고요'],
  ])('%s raises %s', (text, words) => {
    expect(honorificObjectsIn(text).map((found) => found.words)).toEqual([words]);
  });

  it.each(['몇 분이세요?', '고객님이세요?', '본인이세요?', '다른 문의 사항이 있으세요?', '고객님께서 주문하셨습니다.', '잘 보이세요?', '좋은 하루 되세요.', '편하게 말씀해 주세요.'])('%s raises nothing', (text) => {
    expect(honorificObjectsIn(text)).toEqual([]);
  });
});
