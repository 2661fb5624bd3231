/**
 * Hangul syllables by code arithmetic (Unicode: 가 = U+AC00, 19 initials × 21 vowels × 28 finals).
 * Korean endings are told apart by a syllable's final consonant (할게 vs 가게), which no regex over
 * whole syllables can say briefly.
 */

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
