/**
 * The sentences a customer reads or hears in a `say` (Markdown allowed): list markers, headings, links
 * and code are dropped, and quoted text ("…", '…', “…”, 「…」) is left out because it is someone else's
 * words (the customer's, a button's label), not the agent's.
 */

/** Quoted spans; an apostrophe inside an English word (we'll, isn't) opens none. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|(?<![A-Za-z0-9])'[^'\n]*'(?![A-Za-z])|‘[^’\n]*’|「[^」\n]*」|『[^』\n]*』/g;
const LINE_MARKUP = /^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+)?/;
const INLINE_CODE = /`[^`\n]*`/g;
// The character classes stop at the next opening bracket, so a hostile "![![![…" is read in linear time.
const IMAGE = /!\[[^[\]\n]*\]\([^()\n]*\)/g;
const LINK = /\[([^[\]\n]*)\]\([^()\n]*\)/g;
const URL = /\bhttps?:\/\/\S+/g;
const HTML_TAG = /<\/?[a-z][^<>\n]*>/gi;
const EMPHASIS = /\*\*|__|~~|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)/g;
/**
 * A sentence ends at . ? ! 。 ~ or an emoji before a space (not in 3.5, 3~5영업일 or {{facts.refund_window}}),
 * and at a line break.
 */
const SENTENCE_END = /(?<=[.?!。？！~～\p{Extended_Pictographic}\uFE0F])[^\S\n]+/u;
/** A line that starts with a helper verb carries on the sentence of the line before (확인해 / 드리겠습니다). */
const CONTINUATION = /\n[ \t]*(?=(?:드리|드릴|드립|드려|드렸|주세요|주십시오|주시|주실|주셔|주겠|보겠|볼게|보시|두겠|놓))/g;

export function sentencesOf(text: string): string[] {
  const plain = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(LINE_MARKUP, '').replace(/\|/g, ' '))
    .join('\n')
    .replace(INLINE_CODE, ' ')
    .replace(IMAGE, ' ')
    .replace(LINK, '$1')
    .replace(URL, ' ')
    .replace(HTML_TAG, '\n')
    .replace(EMPHASIS, '')
    .replace(QUOTED, ' ')
    .replace(CONTINUATION, ' ');
  return plain
    .split('\n')
    .flatMap((line) => line.split(SENTENCE_END))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * The sentence without what may trail its last word: punctuation, emoji, ㅎㅎ and ㅠㅠ, closing quotes and
 * brackets, and a parenthetical aside at the end ("무료입니다 (제주 제외)").
 */
export function withoutTrail(sentence: string): string {
  let end = sentence.length;
  const unopened = new Set<string>(); // brackets with no opening before `end`: never searched twice
  for (;;) {
    const char = sentence[end - 1];
    if (char === undefined) return '';
    if (CLOSING_BRACKETS.includes(char) && !unopened.has(char)) {
      const open = sentence.lastIndexOf(OPENING_BRACKETS[CLOSING_BRACKETS.indexOf(char)]!, end - 1);
      if (open < 0) unopened.add(char);
      end = open >= 0 ? open : end - 1;
    } else if (isWordChar(char)) {
      return sentence.slice(0, end).trimEnd();
    } else {
      end--;
    }
  }
}

const OPENING_BRACKETS = '(（[【';
const CLOSING_BRACKETS = ')）]】';

/** A letter or digit, but not a lone jamo (ㅎㅎ, ㅠㅠ); a lone surrogate half counts as neither. */
function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char) && !/[\u3131-\u318e]/.test(char);
}

/** The Hangul word that ends a sentence, and the word before it: "확인해 줄게." → { last: 줄게, before: 확인해 }. */
export function finalWords(sentence: string): { last: string; before?: string } | undefined {
  const trimmed = withoutTrail(sentence);
  let start = trimmed.length;
  while (start > 0 && isHangulSyllable(trimmed[start - 1]!)) start--;
  if (start === trimmed.length) return undefined;
  const last = trimmed.slice(start);
  const before = trimmed.slice(0, start).split(/\s+/).at(-2);
  return before === undefined ? { last } : { last, before };
}

function isHangulSyllable(char: string): boolean {
  return char >= '가' && char <= '힣';
}
