/**
 * Sentence endings that are never used toward a customer: 반말 (해체: 기다려, 할게, 됐니?) and
 * 해라체 (처리한다, 기다려라). Only endings known to be verbal are judged, so a sentence that ends in a
 * noun (주문 번호, 환불 안내, 고객센터 김하늘 드림) or in 합쇼체/해요체 is never taken for 반말.
 */
import { finalOf, vowelOf, withFinal, type Final } from './hangul.js';

export interface ImpoliteEnding {
  style: 'banmal' | 'haera';
  /** The 합쇼체 or 해요체 forms of the last word, best first. */
  politeForms: string[];
}

/** Words that end like a verb but are nouns or postpositions: 피해, 분야, 배려, 바다 … */
const NOUNS = new Set([
  '피해', '이해', '오해', '손해', '방해', '올해', '폐해', '재해', '침해', '양해', '견해', '상해', '장해', '저해', '가해',
  '통해', '위해', '대해', '인해', '관해', '의해', '비해', '향해',
  '분야', '시야', '심야', '광야', '평야', '주야', '전야',
  '배려', '고려', '우려', '염려', '격려', '장려', '독려', '샤워', '파워', '타워',
  '동해', '서해', '남해', '황해',
  '나라', '사하라', '따라', '바다', '마다', '보다', '판다', '혼다', '캐나다', '어젠다', '케냐',
]);

/** Whole words of 반말 and their polite forms. */
const BANMAL_WORDS: Record<string, string> = {
  응: '네', 그래: '네, 알겠습니다', 아니: '아니요', 몰라: '모르겠습니다', 미안: '죄송합니다', 안녕: '안녕하세요',
  잠깐만: '잠시만요', 잠시만: '잠시만요', 마: '마세요', 야: '고객님',
};

/** 아/어 forms that state something (있어, 미안해): the polite form adds 요; other verbs ask with 주세요. */
const STATES = /(?:있어|없어|괜찮아|좋아|싫어|맞아|같아|알아|몰라|미안해|죄송해|감사해|고마워|반가워|어려워|필요해|가능해|돼)$/;
/** Finals that only a verb stem has before 어/아 (있어, 없어, 괜찮아, 받아, 찾아, 같아, 좋아). */
const VERB_FINALS: readonly Final[] = ['ㅆ', 'ㅄ', 'ㄶ', 'ㅀ', 'ㅎ', 'ㄷ', 'ㅈ', 'ㅊ', 'ㅌ', 'ㅍ', 'ㄲ', 'ㄺ', 'ㄼ'];
const VERBS_IN_EO = new Set(['알아', '들어', '열어', '물어', '먹어', '잡아', '남아', '참아', '살아', '입어']);
/** Contracted 아/어 endings (줘 = 주어, 봐 = 보아, 기다려 = 기다리어) that hardly end a noun. */
const CONTRACTED = new Set(['줘', '봐', '놔', '둬', '꿔', '춰', '워', '쳐', '켜', '껴', '져', '펴', '셔', '려', '돼', '해']);

/** The 반말 or 해라체 ending of a sentence's last word, given the word before it; undefined if it is fine. */
export function impoliteEnding(last: string, before?: string): ImpoliteEnding | undefined {
  if (endsPolitely(last, last.length)) return undefined;
  if (NOUNS.has(last)) return undefined;
  const known = BANMAL_WORDS[last];
  if (known !== undefined) return banmal(known);
  const end = last.at(-1)!;
  const prev = last.at(-2);
  const stem = last.slice(0, -1);
  const prevFinal = finalOf(prev);

  switch (end) {
    case '다':
      // ㅂ니다 and ㅂ시다 are 합쇼체; anything else (처리한다, 했다, 없다, 이다) is 해라체.
      if (prev === undefined || ((prev === '니' || prev === '시') && finalOf(last.at(-3)) === 'ㅂ')) return undefined;
      // A misspelt 합쇼체 (…슴니다, 고맙슨비다) is no 해라체: it is spelling's, or nobody's.
      if (prev === '니' || prev === '비' || prev === '미') return undefined;
      if (/(?:마다|보다)$/.test(last)) return undefined; // particles: 월요일마다, 예상보다
      return haera([declarative(last)]);
    case '라':
      if (last === '몰라') return banmal('모르겠습니다');
      // 해라, 기다려라, 붙여라, 가거라: 아/어 (a vowel ㅏ ㅓ ㅕ ㅘ ㅝ ㅐ without a final) before 라.
      if (prev === undefined || prevFinal !== '' || !'ㅏㅓㅕㅘㅝㅐ'.includes(vowelOf(prev))) return undefined;
      return haera([`${prev === '하' ? `${last.slice(0, -2)}해` : stem} 주십시오`]);
    case '게':
    case '래':
    case '까':
      // 할게, 할래, 할까: the ㄹ before them makes them verbal (가게, 미래 are nouns).
      if (prevFinal === 'ㄹ') return banmal([last.endsWith('줄게') ? `${last.slice(0, -2)}드릴게요` : `${last}요`]);
      // 뭐 드시게?: 반말 behind the honorific -시- is still 반말.
      if (end === '게' && prev === '시') return banmal([`${last}요`]);
      if (end === '까' && prev === '니' && last.length > 2 && finalOf(last.at(-3)) !== 'ㅂ') return banmal([`${last}요`]);
      return undefined;
    case '니':
      if (prev === '하' || prev === '되' || ['ㅆ', 'ㅄ', 'ㄶ', 'ㅎ'].includes(prevFinal)) return banmal([`${stem}나요`]);
      return undefined;
    case '냐':
      if (prev === '거' || prev === '이') return banmal([`${last.slice(0, -2)}${prev === '거' ? '건' : '인'}가요`]);
      return banmal([`${stem}나요`]);
    case '자':
      return letUs(last, before);
    case '네':
      if (prev === '하' || prev === '되' || ['ㅆ', 'ㅄ', 'ㄶ', 'ㅎ', 'ㅌ'].includes(prevFinal)) return banmal([`${last}요`]);
      return undefined;
    case '나':
      return last.endsWith('구나') ? banmal([`${last.slice(0, -2)}군요`]) : undefined;
    case '군':
      return prev === '는' || prevFinal === 'ㅆ' || prevFinal === 'ㅎ' ? banmal([`${last}요`]) : undefined;
    case '대':
      // Hearsay (도착한대, 있대); 최대, 반대, 현대 are nouns.
      return prevFinal === 'ㅆ' || /(?:한|된|는|온|간)대$/.test(last) ? banmal([`${last}요`]) : undefined;
    case '든':
      return last.endsWith('거든') ? banmal([`${last}요`]) : undefined;
    case '데':
      return last.length > 2 && /(?:는|인|던|한)데$/.test(last) ? banmal([`${last}요`]) : undefined;
    case '야':
      if (last.endsWith('아니야')) return banmal([`${last.slice(0, -1)}에요`]);
      if (prev !== undefined && '해어아워려'.includes(prev)) return banmal([`${last} 합니다`]);
      return banmal([prev === '이' ? `${last.slice(0, -2)}이에요` : `${stem}예요`]);
    case '지':
      if (prevFinal === 'ㅆ' || /(?:하|되|맞|그렇|좋|같|알|거|없|싶|않)지$/.test(last)) return banmal([`${stem}죠`]);
      return undefined;
    case '마':
      return last.endsWith('지마') ? banmal([`${last.slice(0, -1)} 마세요`]) : undefined;
    case '줘':
      return banmal([`${stem}주세요`, `${stem}주십시오`]);
    case '어':
    case '아':
      if (!VERB_FINALS.includes(prevFinal) && !VERBS_IN_EO.has(last)) return undefined;
      return banmal(politeOfEo(last));
    default:
      return CONTRACTED.has(end) ? banmal(politeOfEo(last)) : undefined;
  }
}

/**
 * The word that ends at `end` ends in 해요체 (…요) or 합쇼체 (…ㅂ니다, …ㅂ니까, …시오), as most sentences do:
 * polite, and settled by code unit before anything else is looked up or a word is cut out of the text.
 */
export function endsPolitely(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === YO) return true;
  if (last === O) return text.charCodeAt(end - 2) === SI;
  return (last === DA || last === KKA) && text.charCodeAt(end - 2) === NI && hasFinalBieup(text.charCodeAt(end - 3));
}

/**
 * The word that ends at `end` may end in 반말 or 해라체: not politely, and in a syllable that impoliteEnding
 * judges (다, 니, 지, 어, 줘 …). Most other sentences end in a noun (고객님, 안내, 드림): settled by code unit.
 */
export function mayEndImpolitely(text: string, end: number): boolean {
  return IMPOLITE_LAST.has(text.charCodeAt(end - 1)) && !endsPolitely(text, end);
}

// The cases of impoliteEnding's switch, the CONTRACTED endings of its default, and the last syllables of BANMAL_WORDS.
const IMPOLITE_LAST: ReadonlySet<number> = new Set(
  [...'다라게래까니냐자네나군대든데야지마줘어아', ...CONTRACTED, ...Object.keys(BANMAL_WORDS).map((word) => word.at(-1)!)].map((syllable) =>
    syllable.charCodeAt(0),
  ),
);

const [YO, O, SI, DA, KKA, NI] = [0xc694, 0xc624, 0xc2dc, 0xb2e4, 0xae4c, 0xb2c8]; // 요, 오, 시, 다, 까, 니

/** A Hangul syllable whose final consonant is ㅂ (합, 습, 입): finalOf(char) === 'ㅂ' without the char. */
function hasFinalBieup(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 === 17;
}

function banmal(politeForms: string | string[]): ImpoliteEnding {
  return { style: 'banmal', politeForms: typeof politeForms === 'string' ? [politeForms] : politeForms };
}

function haera(politeForms: string[]): ImpoliteEnding {
  return { style: 'haera', politeForms };
}

/** 하자, 보자, 말자 (let's …) → 하시죠; the noun 하자 (a defect: 제품 하자) stands after a noun. */
function letUs(last: string, before: string | undefined): ImpoliteEnding | undefined {
  const isLetUs =
    (last.endsWith('하자') && (last.length > 2 || before === undefined || /[게이시히리]$/.test(before))) ||
    last.endsWith('보자') ||
    last.endsWith('말자');
  if (!isLetUs) return undefined;
  return banmal([`${last.slice(0, -2)}${last.endsWith('말자') ? '마' : last.at(-2)}시죠`]);
}

/** 있어 → 있어요; 기다려 → 기다려 주세요 / 기다려 주십시오. */
function politeOfEo(last: string): string[] {
  if (STATES.test(last) || finalOf(last.at(-2)) === 'ㅆ') return [`${last}요`];
  return [`${last} 주세요`, `${last} 주십시오`];
}

/** 해라체 declaratives in 합쇼체: 처리한다 → 처리합니다, 받는다 → 받습니다, 했다 → 했습니다, 이다 → 입니다. */
function declarative(last: string): string {
  const stem = last.slice(0, -1);
  const prev = stem.at(-1)!;
  if (stem.endsWith('는') && stem.length > 1) return `${stem.slice(0, -1)}습니다`;
  // 한다 → 합니다, 하다 → 합니다: the ㅂ of ㅂ니다 takes the place of the ㄴ of ㄴ다 or the empty final.
  const final = finalOf(prev);
  if (final === 'ㄴ' || final === '') return `${stem.slice(0, -1)}${withFinal(prev, 'ㅂ')}니다`;
  return `${stem}습니다`;
}
