import { maskedText, sentenceSpans } from './sentences.js';
import { scriptsOf, type Rule } from './types.js';

/** What advertises: 할인, 이벤트, 쿠폰, 특가, 프로모션, 사은품, sale, coupon, promo … */
const AD_WORDS =
  /할인|이벤트|쿠폰|특가|프로모션|사은품|세일|기획전|타임\s?딜|증정|적립\s?혜택|혜택|선물|신상품\s?출시|\b(?:sale|coupons?|promo(?:tion)?s?|discounts?|\d+\s?%\s?off|special offer|deals?)\b/gi;
/**
 * A sentence about the customer's own case (a coupon given as an apology, a discount refunded on their order)
 * informs; it does not advertise.
 */
const OWN_CASE = /보상|사과|불편|죄송|환불|취소|결제|주문하신|구매하신|적용되었|적용된|차감|반환|compensat|apolog|refund|your order/i;
const AD_MARK = /^\s*(?:\[[^\]\n]{0,20}\]\s*)?\(광고\)/;
/** 무료수신거부 (or 무료 수신거부) with a number, or a fact holding it. */
const OPT_OUT = /무료\s?수신\s?거부\s*[:：]?\s*(?:\d[\d-]{6,}|\{\{\s*facts\.[^{}]+\}\})/;

/** Korean law (정보통신망법 제50조) asks an advertising message to say so and to offer a free opt-out. */
export default {
  id: 'sms-advertising',
  severity: 'error',
  description: 'An `sms` or `kakao` `say` advertises without starting with (광고) and carrying a free opt-out (무료수신거부 with a number); a `kakao` script of a `notice` scenario (알림톡) must not advertise at all.',
  messages: {
    unmarked: {
      en: 'This message advertises ("{{word}}") but does not start with "(광고)" and carry a free opt-out ("무료수신거부 080-…"), as Korean law requires of advertising text messages. Add both, or leave the advertising out.',
      ko: '광고성 내용("{{word}}")이 있는데 "(광고)"로 시작하지 않거나 무료 수신거부 방법("무료수신거부 080-…")이 없습니다. 정보통신망법에 따라 둘 다 넣거나 광고 내용을 빼 주세요.',
    },
    notice: {
      en: 'A KakaoTalk notice (알림톡) may only inform, and this one advertises ("{{word}}"). Move the advertising to a separate 친구톡 or SMS marked "(광고)".',
      ko: '알림톡(정보성 메시지)에는 광고를 넣을 수 없는데 광고성 내용("{{word}}")이 있습니다. 광고는 "(광고)" 표시를 한 친구톡이나 문자로 따로 보내 주세요.',
    },
  },
  examples: {
    bad: ['  - kind: closing', '    say: 이번 주말까지 전 상품 20% 할인 쿠폰을 드려요!'].join('\n'),
    good: ['  - kind: closing', '    say: (광고)[한결몰] 이번 주말까지 전 상품 20% 할인 쿠폰을 드려요! 무료수신거부 080-123-4567'].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      for (const { scenario, channel, script, path } of scriptsOf(playbook.data)) {
        if (channel !== 'sms' && channel !== 'kakao') continue;
        const isNotice = channel === 'kakao' && (scenario as { purpose?: unknown }).purpose === 'notice';
        for (let index = 0; index < script.steps.length; index++) {
          const say = script.steps[index]!.say;
          if (typeof say !== 'string' || !MAY_ADVERTISE.test(say)) continue;
          const masked = maskedText(say);
          // A message that marks itself (광고) advertises, whatever its words.
          const marked = AD_MARK.exec(masked);
          const ad = advertisingIn(masked) ?? (marked ? { word: '(광고)', index: marked[0].indexOf('(광고)') } : undefined);
          if (ad === undefined) continue;
          if (!isNotice && marked && OPT_OUT.test(say)) continue;
          context.report({
            at: playbook,
            path: [...path, 'steps', index, 'say'],
            within: [ad.index, ad.index + ad.word.length],
            messageId: isNotice ? 'notice' : 'unmarked',
            data: { word: ad.word },
          });
        }
      }
    }
  },
} satisfies Rule;

const MAY_ADVERTISE = /\(광고\)|할인|이벤트|쿠폰|특가|프로모션|사은품|세일|기획전|타임|증정|혜택|선물|출시|sale|coupon|promo|discount|off|offer|deal/i;

/** The first advertising word of a masked text outside a sentence about the customer's own case. */
export function advertisingIn(text: string): { word: string; index: number } | undefined {
  for (const [start, end] of sentenceSpans(text)) {
    const sentence = text.slice(start, end);
    if (OWN_CASE.test(sentence)) continue;
    AD_WORDS.lastIndex = 0;
    const match = AD_WORDS.exec(sentence);
    if (match) return { word: match[0], index: start + match.index };
  }
  return undefined;
}
