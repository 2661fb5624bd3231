/**
 * Hangul syllables by code arithmetic (Unicode: 가 = U+AC00, 19 initials × 21 vowels × 28 finals).
 * Korean endings are told apart by a syllable's final consonant (할게 vs 가게), which no regex over
 * whole syllables can say briefly.
 */

import { josa } from 'es-hangul';

const FIRST = 0xac00;
const LAST = 0xd7a3;
const FINALS = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'] as const;

export type Final = (typeof FINALS)[number];

export function isSyllable(char: string | undefined): char is string {
  if (char === undefined || char.length !== 1) return false;
  const code = char.charCodeAt(0);
  return code >= FIRST && code <= LAST;
}

/** The final consonant (받침) of a syllable: '' for none, and for anything that is not a syllable. */
export function finalOf(char: string | undefined): Final {
  if (!isSyllable(char)) return '';
  return FINALS[(char.charCodeAt(0) - FIRST) % 28]!;
}

const VOWELS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';

/** The vowel of a syllable: '' for anything that is not a syllable. */
export function vowelOf(char: string | undefined): string {
  if (!isSyllable(char)) return '';
  return VOWELS[Math.floor(((char.charCodeAt(0) - FIRST) % 588) / 28)]!;
}

/** The syllable with its final consonant replaced: withFinal('한', 'ㅂ') is 합. */
export function withFinal(char: string, final: Final): string {
  if (!isSyllable(char)) return char;
  const code = char.charCodeAt(0) - FIRST;
  return String.fromCharCode(FIRST + code - (code % 28) + FINALS.indexOf(final));
}

/**
 * Particles whose form depends on the sound before them, as es-hangul names them (with a final consonant /
 * without), longest first so that 이에요 is read before 이.
 */
export const JOSA_PAIRS = [
  ['이에요', '예요'],
  ['이라고', '라고'],
  ['으로', '로'],
  ['이나', '나'],
  ['은', '는'],
  ['이', '가'],
  ['을', '를'],
  ['과', '와'],
] as const;

export type JosaPair = (typeof JOSA_PAIRS)[number];

/** How digits are read aloud: 1 일, 3 삼, 6 육, 10 십 … decide the particle after a number. */
const DIGIT_SOUNDS = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
const POWER_SOUNDS: Record<number, string> = { 1: '십', 2: '백', 3: '천', 4: '만' };

/**
 * The last syllable of a value as it is read aloud: its last Hangul syllable, or the reading of its last
 * number (3 → 삼, 20 → 십, 1,000 → 천) or of a %; undefined when that cannot be known (a Latin word).
 */
export function spokenEnd(value: string): string | undefined {
  const trimmed = value.replace(/[\s)\]}'"”’」.!?]+$/, '');
  const last = trimmed.at(-1);
  if (last === undefined) return undefined;
  if (isSyllable(last)) return last;
  if (last === '%') return '트';
  const number = /(\d[\d,]*)$/.exec(trimmed)?.[1]?.replace(/,/g, '');
  if (number === undefined) return undefined;
  const zeros = /0*$/.exec(number)![0].length;
  if (zeros === number.length) return '영';
  if (zeros > 0) return POWER_SOUNDS[zeros] ?? '만';
  return DIGIT_SOUNDS[Number(number.at(-1))];
}

/** The form of a particle that fits after `value`, or undefined when its sound is unknown. */
export function particleAfter(value: string, pair: JosaPair): string | undefined {
  const end = spokenEnd(value);
  return end === undefined ? undefined : josa.pick(end, `${pair[0]}/${pair[1]}` as Parameters<typeof josa.pick>[1]);
}

/** How a script writes both forms of a particle: 을(를), 를(을), (을)를, (으)로, (이)나 … with the pair each means. */
const DOUBLE_FORMS: ReadonlyMap<string, JosaPair> = new Map(
  JOSA_PAIRS.flatMap((pair): [string, JosaPair][] => {
    const [withFinal, without] = pair;
    const forms: [string, JosaPair][] = [[`${withFinal}(${without})`, pair], [`${without}(${withFinal})`, pair], [`(${withFinal})${without}`, pair]];
    if (withFinal.endsWith(without)) forms.push([`(${withFinal.slice(0, -without.length)})${without}`, pair]);
    return forms;
  }),
);
const DOUBLE_FORM_AFTER_PLACEHOLDER = new RegExp(
  String.raw`(\{\{\s*(facts\.)?([^{}\s]+)\s*\}\})(${[...DOUBLE_FORMS.keys()].sort((a, b) => b.length - a.length).map((form) => form.replace(/[()]/g, '\\$&')).join('|')})`,
  'g',
);

/**
 * `{{x}}을(를)` with the one particle that fits x's value, where the value is known (a fact, a value given to
 * walk): the double form is for a reader who does not know it, and stays where the value is unknown.
 */
export function resolveDoubleParticles(text: string, valueOf: (name: string, isFact: boolean) => string | undefined): string {
  if (!text.includes(')')) return text;
  return text.replace(DOUBLE_FORM_AFTER_PLACEHOLDER, (whole, placeholder: string, fact: string | undefined, name: string, form: string) => {
    const value = valueOf(name, fact !== undefined);
    const particle = value === undefined ? undefined : particleAfter(value, DOUBLE_FORMS.get(form)!);
    return particle === undefined ? whole : `${placeholder}${particle}`;
  });
}
