import { describe, expect, it } from 'vitest';
import rule, { advertisingIn } from '../../src/rules/sms-advertising.js';
import { placeOf, playbookWith, testRule } from '../helpers/ruleTester.js';

function sms(...says: string[]): string {
  return ['      sms:', '        steps:', ...says.flatMap((say) => ['          - kind: explanation', `            say: "${say}"`])].join('\n');
}

const unmarked = playbookWith({ channels: ['sms'], scripts: sms('[한결몰] 이번 주말 전 상품 20% 할인 쿠폰을 드려요!', '(광고)[한결몰] 신상품 특가 안내') });
const notice = [
  'kind: playbook', 'format: 1', 'id: dispatch', 'title: 출고 안내', 'channels: [kakao]', 'scenarios:', '  - id: dispatch-delay-notice', '    purpose: notice',
  '    title: 출고 지연', '    when: 출고가 늦어진다', '    scripts:', '      kakao:', '        steps:', '          - kind: explanation',
  '            say: "(광고) 출고가 하루 늦어집니다. 지금 이벤트 쿠폰을 받아 가세요. 무료수신거부 080-123-4567"', '',
].join('\n');

testRule(rule, {
  valid: [
    {
      name: 'marked (광고) with a free opt-out, informational texts, and a chat script',
      yaml: playbookWith({
        channels: ['sms', 'chat'],
        scripts: [
          sms('(광고)[한결몰] 주말 20% 할인 쿠폰! 무료수신거부 080-123-4567', '[한결몰] 주문하신 상품이 오늘 출고되었습니다.', '불편을 드려 죄송합니다. 보상으로 5,000원 쿠폰을 발급해 드렸습니다.'),
          '      chat:', '        steps:', '          - kind: explanation', '            say: 지금 20% 할인 이벤트 중이에요.',
        ].join('\n'),
      }),
    },
  ],
  invalid: [
    {
      name: 'advertising without the mark or the opt-out, pointed at the first advertising word',
      yaml: unmarked,
      errors: [
        { messageId: 'unmarked', ...placeOf(unmarked, '할인'), data: { word: '할인' } },
        { messageId: 'unmarked', ...placeOf(unmarked, '특가'), data: { word: '특가' } },
      ],
    },
  ],
});

describe('sms-advertising in a notice', () => {
  it('reports advertising in a KakaoTalk notice even with the mark and the opt-out (when the schema reads `purpose`)', async () => {
    const { lint } = await import('../../src/engine/lint.js');
    const { defaultConfig } = await import('../../src/model/config.js');
    const [result] = lint([{ filePath: 'a.yaml', text: notice }], { config: defaultConfig('/'), mode: 'lint', rules: [rule] });
    const schemaKnowsPurpose = !result!.findings.some((finding) => finding.ruleId === 'schema');
    if (schemaKnowsPurpose) expect(result!.findings.map((finding) => finding.messageId)).toEqual(['notice']);
    else expect(result!.findings.every((finding) => finding.ruleId === 'schema')).toBe(true);
  });

  it.each([
    ['회원님만을 위한 혜택', '혜택'], ['Get 20% off today', '20% off'], ['봄맞이 세일 소식', '세일'],
  ])('%s advertises with %s', (text, word) => {
    expect(advertisingIn(text)?.word).toBe(word);
  });

  it.each(['주문하신 상품의 할인 금액이 환불되었습니다.', '배송이 시작되었습니다.', '불편을 드려 죄송합니다. 쿠폰을 보상으로 드렸어요.'])('%s does not', (text) => {
    expect(advertisingIn(text)).toBeUndefined();
  });
});
