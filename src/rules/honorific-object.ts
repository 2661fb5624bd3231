import { maskedText, sentenceSpans } from './sentences.js';
import { agentTextsOf, type Rule } from './types.js';

/**
 * Things, prices and rules that take no honorific: the shop's goods and the steps of an order. The customer's
 * own (궁금한 점이 있으세요?) may take it (간접 높임); these never do.
 */
const THINGS = [
  '커피', '음료', '메뉴', '음식', '주문', '상품', '제품', '물건', '물품', '택배', '배송', '재고', '사이즈', '색상', '가격', '금액', '요금',
  '배송비', '결제', '환불', '교환', '반품', '할인', '쿠폰', '포인트', '적립금', '혜택', '이벤트', '입금', '출고', '발송', '좌석', '자리',
  '객실', '영수증', '카드', '계좌', '접수', '처리', '예약', '취소', '신청', '승인', '적립', '재입고', '품절', '사은품', '서비스', '정책', '규정',
  '기간', '비용', '수수료', '잔액', '모델', '옵션', '제품은', '매장', '상품권',
];

/**
 * The honorific forms of the predicates that follow a thing, each with its plain form: 나오셨습니다 → 나왔습니다,
 * 안 되세요 → 안 돼요, 없으세요 → 없어요, 이세요 → 이에요.
 */
const PREDICATES: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/나오셨습니다/g, () => '나왔습니다'],
  [/나오셨어요/g, () => '나왔어요'],
  [/나오십니다/g, () => '나옵니다'],
  [/(들어오|도착하|발송되|출고되|적립되|완료되|처리되|입금되|취소되|접수되|환불되|결제되|배송되|변경되|승인되|등록되|신청되|예약되|되)셨습니다/g, (m) => `${past(m[1]!)}습니다`],
  [/(들어오|도착하|발송되|출고되|적립되|완료되|처리되|입금되|취소되|접수되|환불되|결제되|배송되|변경되|승인되|등록되|신청되|예약되|되)셨어요(?![?？])/g, (m) => `${past(m[1]!)}어요`],
  [/(안\s?)?(되|가능하|불가능하|불가하)세요(?![?？])/g, (m) => `${m[1] === undefined ? '' : '안 '}${present(m[2]!)}요`],
  [/(안\s?)?(되|가능하|불가능하|불가하)십니다/g, (m) => `${m[1] === undefined ? '' : '안 '}${m[2] === '되' ? '됩' : `${m[2]!.slice(0, -1)}합`}니다`],
  [/(있|없)으세요(?![?？])/g, (m) => `${m[1]}어요`],
  [/(있|없)으십니다/g, (m) => `${m[1]}습니다`],
];

/** A price, or a state of the goods, before an honorific copula: 3만 원이세요, 품절이세요, 무료세요. */
const COPULA = /(\d[\d,.]*\s*(?:만|천)?\s*원|품절|매진|일시\s?품절|재고\s?소진|세일\s?중|할인\s?중|정가|신상품|단종|무료|유료|마지막\s?수량)(이세요|세요|이십니다|십니다)(?![?？])/g;

const THING_SUBJECT = new RegExp(`(?:${THINGS.join('|')})(?:은|는|이|가|도)\\s`, 'g');

/** Any form that may raise a thing: the texts that hold none (almost all) are passed after one test. */
const MAY_HOLD = /나오셨|나오십|셨습니다|셨어요|세요|십니다/;

/** 사물 존대 ("주문하신 커피 나오셨습니다") sounds wrong to most customers: the honorific is for them, not the goods. */
export default {
  id: 'honorific-object',
  severity: 'warn',
  description: '사물 존대: the honorific -시- raised on a thing, a price or a rule instead of a person (주문하신 커피 나오셨습니다, 품절이세요, 3만 원이세요, 할인이 안 되세요).',
  messages: {
    object: {
      en: '"{{words}}" raises the honorific -시- on a thing, not a person (사물 존대). The honorific is for the customer: write "{{plain}}".',
      ko: '"{{words}}"은(는) 사람이 아닌 사물을 높이는 사물 존대입니다. 높임은 고객에게만 씁니다. "{{plain}}"(으)로 고쳐 주세요.',
    },
  },
  examples: {
    bad: ['  - kind: explanation', '    say: 주문하신 상품은 품절이세요. 할인도 안 되세요.'].join('\n'),
    good: ['  - kind: explanation', '    say: 주문하신 상품은 품절입니다. 할인도 되지 않습니다.'].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      for (const { text, path } of agentTextsOf(playbook.data)) {
        if (!MAY_HOLD.test(text)) continue;
        for (const found of honorificObjectsIn(maskedText(text))) {
          const within = [found.index, found.index + found.words.length] as const;
          context.report({ at: playbook, path, within, messageId: 'object', data: { words: found.words, plain: found.plain }, fix: { within, text: found.plain } });
        }
      }
    }
  },
} satisfies Rule;

/** Each honorific raised on a thing, with its plain form, in order. */
export function honorificObjectsIn(text: string): { words: string; plain: string; index: number }[] {
  const found: { words: string; plain: string; index: number }[] = [];
  for (const [start, end] of sentenceSpans(text)) {
    const sentence = text.slice(start, end);
    for (const match of sentence.matchAll(COPULA)) {
      const [, noun, copula] = match;
      const plain = copula!.endsWith('니다') ? `${noun}입니다` : `${noun}${/[가-힣]$/.test(noun!) && !hasFinal(noun!) ? '예요' : '이에요'}`;
      found.push({ words: match[0], plain, index: start + match.index });
    }
    // 나오셨습니다 needs no subject: goods come out (주문하신 커피 나오셨습니다); any other form needs a thing as its subject.
    const subject = firstThingSubject(sentence);
    for (const [pattern, plainOf] of PREDICATES) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(sentence); match !== null; match = pattern.exec(sentence)) {
        const isComingOut = match[0].startsWith('나오');
        if (!isComingOut && (subject === undefined || subject > match.index || /[,，]/.test(sentence.slice(subject, match.index)))) continue;
        const index = start + match.index;
        if (found.some((other) => index < other.index + other.words.length && other.index < index + match![0].length)) continue;
        found.push({ words: match[0], plain: plainOf(match), index });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function firstThingSubject(sentence: string): number | undefined {
  THING_SUBJECT.lastIndex = 0;
  const match = THING_SUBJECT.exec(sentence);
  return match?.index;
}

function hasFinal(word: string): boolean {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0;
}

/** The past stem: 되 → 됐, 하 → 했, 오 → 왔 (들어오 → 들어왔). */
function past(stem: string): string {
  const head = stem.slice(0, -1);
  const last = stem.at(-1);
  if (last === '되') return `${head}됐`;
  if (last === '하') return `${head}했`;
  if (last === '오') return `${head}왔`;
  return `${stem}었`;
}

/** The 해요체 stem without 요: 되 → 돼, 하 → 해. */
function present(stem: string): string {
  if (stem === '되') return '돼';
  return `${stem.slice(0, -1)}해`;
}
