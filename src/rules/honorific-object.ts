import { maskedText, sentenceSpans } from './sentences.js';
import { forEachAgentText, type Rule } from './types.js';

/** Who may be raised: the customer and other people (a subject that ends in 님 or 분 is one). */
const PERSON = /(?:님|분|고객|손님|본인|회원|아이|자녀|가족|보호자|담당자|상담원|기사|선생|사장|원장|신청자|예약자|구매자|주문자|명의자|어머니|아버지|부모|당신|께서)$/;

/** What is the customer's own, which 간접 높임 may raise: their worry, their understanding, their time (걱정이 크셨을). */
const CUSTOMERS_OWN = /(?:걱정|실망|불편|이해|지장|도움|마음|기분|고생|부담|피해|불만|염려|궁금증|궁금한\s?점|문의|말씀|건강|일정|시간|용무|상심|속|생각|의견|질문|사정|경험)$/;

/** Stems that goods, prices and rules are the subject of: 있다, 없다, 되다, 나오다, 좋다, 어렵다, 고장나다 … */
const THING_STEMS =
  '있|없|되|나오|고장나|녹|좋|많|적|크|작|예쁘|비싸|저렴하|어려우|힘드|가능하|불가능하|불가하|늦|빠르|들어오|도착하|맞|다르|같|' +
  '품절되|매진되|완료되|처리되|접수되|발송되|출고되|입고되|적립되|취소되|환불되|결제되|변경되|승인되|뜨거우|차가우';
/** A predicate with the honorific -시- on one of those stems: 없으신데요, 좋으시고, 되세요, 나오셨네요, 맞으실까요. */
const RAISED = new RegExp(`(?:${THING_STEMS})(?:으)?(?:셨(?:습니다|어요|네요|나요|는데요|어)?|십니다|십니까|셔서|셔요|세요|시고|시네요|시니|신데요|신가요|신\\s?것|시죠|실까요|실\\s?거)`, 'g');
/** The nearest subject before a predicate: a word and its particle (이/가/은/는/도). */
const SUBJECT = /([가-힣A-Za-z0-9]+?)(?:이|가|은|는|도)\s/g;

/** Forms that raise a thing whatever the subject: goods that "come out", things sold out, a price, 면 되세요. */
const ALWAYS: readonly [RegExp, ((m: RegExpExecArray) => string | undefined)?][] = [
  [/나오셨습니다/g, () => '나왔습니다'],
  [/나오셨어요/g, () => '나왔어요'],
  [/나오셨네요/g, () => '나왔네요'],
  [/나오십니다/g, () => '나옵니다'],
  [/(매진|품절|완판)되셨습니다/g, (m) => `${m[1]}됐습니다`],
  [/(뜨거우|차가우)(?:시|세)[가-힣]*/g],
  [/(면\s?)되세요(?![?？])/g, (m) => `${m[1]}돼요`],
  [/(면\s?)되십니다/g, (m) => `${m[1]}됩니다`],
  [/가능하십니다/g, () => '가능합니다'],
  [/가능하세요(?![?？])/g, () => '가능해요'],
  [/가능하신\s?부분/g],
];

/** What one of ALWAYS needs: most sentences hold none, and each pattern's matchAll costs an iterator and a copy of the pattern. */
const ALWAYS_ANY = new RegExp(ALWAYS.map(([pattern]) => pattern.source).join('|'));

/** A noun with the honorific copula: 3만 원이세요, 품절이세요, 기본이시고요, 이쪽이십니다 (a question may ask after a person: 몇 분이세요?). */
const COPULA = /((?:\d[\d,.]*\s?(?:만|천)?\s?)?[가-힣A-Za-z0-9][가-힣A-Za-z0-9,.]*?)\s?(이세요|이십니다|이시고요|이시고|이신데요|이셨습니다)(?![?？])/g;
/** The endings COPULA needs, without the noun it looks back over. */
const COPULA_ENDING = /이(?:세요|십니다|시고|신데요|셨습니다)/;
const VOWEL_COPULA = /(무료|유료|정가|세일)(세요|십니다)(?![?？])/g;
/** Verbs whose stem ends in 이 (보이세요): not the copula. */
const VERBS_IN_I = /(?:보|쓰|놓|들|먹|붙|줄|높|숙|기울|졸|끓|속|죽|쌓|섞|묶|꺾|깎|닦|볶|엮|떨어뜨|일)$/;

/**
 * Any form that may raise a thing: the texts that hold none (almost all) are passed after one test. It stops at an
 * honorific syllable (셨 십 셔 세 시 신 실) with a stem before it (있, 되 … 이, 무료), then reads the rest of the
 * ending: one syllable is cheaper to look for than every stem, and one syllable looked back at is cheaper to compile
 * than every ending.
 */
const MAY_HOLD = new RegExp(
  `[셨십셔세시신실](?<=(?:${THING_STEMS}|이|무료|유료|정가|세일)(?:으)?.)` +
    String.raw`(?:(?<=셨)|(?<=십)니[다까]|(?<=셔)[서요]|(?<=세)요|(?<=시)(?:고|네요|니|죠)|(?<=신)(?:데요|가요|\s?것|\s?부분)|(?<=실)(?:까요|\s?거))` +
    '|(?:뜨거우|차가우)[시세]',
);

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
    objectNoFix: {
      en: '"{{words}}" raises the honorific -시- on a thing, not a person (사물 존대). The honorific is for the customer: say it of the thing plainly (…있습니다, …입니다, …됩니다).',
      ko: '"{{words}}"은(는) 사람이 아닌 사물을 높이는 사물 존대입니다. 높임은 고객에게만 씁니다. 사물에는 높임 없이(…있습니다, …입니다, …됩니다) 말해 주세요.',
    },
  },
  examples: {
    bad: ['  - kind: explanation', '    say: 주문하신 상품은 품절이세요. 할인도 안 되세요.'].join('\n'),
    good: ['  - kind: explanation', '    say: 주문하신 상품은 품절입니다. 할인도 되지 않습니다.'].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      forEachAgentText(playbook.data, MAY_HOLD, ({ text, path }) => {
        for (const found of honorificObjectsIn(maskedText(text))) {
          const within = [found.index, found.index + found.words.length] as const;
          const plain = found.plain ?? '';
          context.report({
            at: playbook,
            path,
            within,
            messageId: found.plain === undefined ? 'objectNoFix' : 'object',
            data: { words: found.words, plain },
            ...(found.plain === undefined ? {} : { fix: { within, text: found.plain } }),
          });
        }
      });
    }
  },
} satisfies Rule;

/** Each honorific raised on a thing, with its plain form where that is certain, in order. */
export function honorificObjectsIn(text: string): { words: string; plain?: string; index: number }[] {
  const found: { words: string; plain?: string; index: number }[] = [];
  const add = (index: number, words: string, plain?: string) => {
    if (found.some((other) => index < other.index + other.words.length && other.index < index + words.length)) return;
    found.push({ words, index, ...(plain === undefined ? {} : { plain }) });
  };
  // exec loops on the patterns themselves: matchAll builds a new RegExp on every call, for every sentence.
  for (const [start, end] of sentenceSpans(text)) {
    const sentence = text.slice(start, end);
    if (!MAY_HOLD.test(sentence)) continue;
    if (ALWAYS_ANY.test(sentence)) {
      for (const [pattern, plainOf] of ALWAYS) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(sentence); match !== null; match = pattern.exec(sentence)) add(start + match.index, match[0], plainOf?.(match));
      }
    }
    if (COPULA_ENDING.test(sentence)) {
      COPULA.lastIndex = 0;
      for (let match = COPULA.exec(sentence); match !== null; match = COPULA.exec(sentence)) {
        const noun = match[1]!;
        if (PERSON.test(noun) || VERBS_IN_I.test(noun) || /^(?:이|그|저)$/.test(noun)) continue;
        const copula = match[2]!;
        const plain = copula === '이세요' ? `${noun}이에요` : copula === '이십니다' ? `${noun}입니다` : undefined;
        const words = match[0];
        add(start + match.index, words, plain === undefined ? undefined : words.replace(/\s?이(?:세요|십니다)$/, plain.slice(noun.length)));
      }
    }
    VOWEL_COPULA.lastIndex = 0;
    for (let match = VOWEL_COPULA.exec(sentence); match !== null; match = VOWEL_COPULA.exec(sentence)) {
      add(start + match.index, match[0], `${match[1]}${match[2] === '세요' ? '예요' : '입니다'}`);
    }
    let isQuestion: boolean | undefined; // asked only of a raised predicate with a thing for its subject
    RAISED.lastIndex = 0;
    for (let match = RAISED.exec(sentence); match !== null; match = RAISED.exec(sentence)) {
      const subject = nearestSubject(sentence, match.index);
      if (subject === undefined || PERSON.test(subject) || CUSTOMERS_OWN.test(subject)) continue;
      // 걱정되셨겠습니다, 이해되셨나요: a verb of the customer's mind, whatever the subject before it.
      if (/(?:걱정|염려|안심|당황|긴장|이해|실망|감동|만족)$/.test(sentence.slice(0, match.index))) continue;
      // 간접 높임: the customer's own may be raised in a question (궁금하신 점 있으세요?, 어떤 색상이 좋으세요?).
      isQuestion ??= /[?？]\s*$/.test(sentence.trim());
      if (isQuestion && /^(?:있|없|좋|괜찮|많|적|크|작|예쁘|비싸|저렴하|늦|빠르|다르|같)/.test(match[0])) continue;
      add(start + match.index, match[0], plainOf(match[0]));
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The subject word closest before `at` in the same clause (no comma between), without its particle. */
function nearestSubject(sentence: string, at: number): string | undefined {
  let subject: { word: string; end: number } | undefined;
  SUBJECT.lastIndex = 0;
  for (let match = SUBJECT.exec(sentence); match !== null && match.index + match[0].length <= at; match = SUBJECT.exec(sentence)) {
    if (!isAdnominal(match)) subject = { word: match[1]!, end: match.index + match[0].length };
  }
  if (!subject || /[,，]/.test(sentence.slice(subject.end, at))) return undefined;
  return subject.word;
}

/** A one-syllable word before 은/는 is mostly a verb's adnominal form (좋은 하루, 있는 분), not a subject. */
function isAdnominal(match: RegExpExecArray): boolean {
  // The particle is the character before the white space SUBJECT ends in, read by code: this runs at every subject.
  const particle = match[0].charCodeAt(match[0].length - 2);
  return match[1]!.length === 1 && (particle === 0xc740 /* 은 */ || particle === 0xb294 /* 는 */);
}

/** The plain form of the commonest raised predicates; undefined where it is not certain. */
const PLAIN: Record<string, string> = {
  되세요: '돼요', 되십니다: '됩니다', 되셨습니다: '됐습니다', 되셨어요: '됐어요',
  있으세요: '있어요', 없으세요: '없어요', 있으십니다: '있습니다', 없으십니다: '없습니다',
  있으셨습니다: '있었습니다', 없으셨습니다: '없었습니다', 나오셨습니다: '나왔습니다', 나오셨어요: '나왔어요', 나오셨네요: '나왔네요',
  가능하세요: '가능해요', 가능하십니다: '가능합니다',
};

function plainOf(words: string): string | undefined {
  for (const [raised, plain] of Object.entries(PLAIN)) if (words.endsWith(raised)) return `${words.slice(0, -raised.length)}${plain}`;
  return undefined;
}
