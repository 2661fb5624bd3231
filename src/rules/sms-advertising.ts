import { maskedText, sentenceSpans } from './sentences.js';
import { scriptsOf, type Rule } from './types.js';

/** Words that advertise by themselves: 특가, 이벤트, 프로모션, 사은품, 세일, sale, promo … */
const STRONG = /특가|이벤트|프로모션|사은품|세일|기획전|타임\s?딜|증정|신상품\s?출시|\b(?:sale|promo(?:tion)?s?|\d+\s?%\s?off|special offer)\b/gi;
/** Words that advertise when they offer something (할인 쿠폰을 드려요, 20% 할인), not when they tell the customer about theirs. */
const WEAK = /할인|쿠폰|혜택|선물|적립|\b(?:coupons?|discounts?|deals?|offers?)\b/gi;
const OFFERING = /드립니다|드려요|드릴게요|받으세요|받아\s?가세요|\d+\s?%|최대|만을\s?위한|께만|특별한|지금|바로|오늘만|한정|선착순|무료|놓치지|\b(?:get|save|now|today only|limited|free|exclusive)\b/i;
/**
 * A sentence about the customer's own case informs; it does not advertise: a coupon given as an apology, a
 * discount that was missing on their order, the terms of the coupon they hold, their membership's end.
 */
const OWN_CASE =
  /보상|사과|불편|죄송|주문|접수|환불|취소|결제|해지|갱신|빠진|빠져|적용되지|적용이\s?안|돌려\s?드|넣어\s?드렸|발급해\s?드렸|드렸어요|드렸습니다|유지|문의|확인됐|확인되었|적용\s?여부|여부를|compensat|apolog|sorry|refund|your (?:order|code|coupon|cart|promo)|excluded|need a/i;
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
    STRONG.lastIndex = 0;
    const strong = STRONG.exec(sentence);
    if (strong) return { word: strong[0], index: start + strong.index };
    WEAK.lastIndex = 0;
    const weak = WEAK.exec(sentence);
    if (weak && OFFERING.test(sentence)) return { word: weak[0], index: start + weak.index };
  }
  return undefined;
}
