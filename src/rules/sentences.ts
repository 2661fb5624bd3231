/**
 * The sentences a customer reads or hears in a `say` (Markdown allowed): list markers, headings, links
 * and code are dropped, and quoted text ("…", '…', “…”, 「…」) is left out because it is someone else's
 * words (the customer's, a button's label), not the agent's.
 */

/**
 * Quoted spans; an apostrophe inside an English word (we'll, isn't) opens none. A span stops at the next
 * opening mark too, so that a hostile run of “““… with no closing mark is read in linear time.
 *
 * Here and below, a lookbehind comes after the character it guards ('(?<![A-Za-z0-9]')), not before it: an
 * alternative that starts with a lookbehind is tried at every position of the text, several times slower.
 */
const QUOTED = /"[^"\n]*"|“[^“”\n]*”|'(?<![A-Za-z0-9]')[^'\n]*'(?![A-Za-z])|‘[^‘’\n]*’|「[^「」\n]*」|『[^『』\n]*』/g;
/** Quote marks, a heading's #, a list marker at the start of a line; [^\S\n] is \s that stays on its line. */
const LINE_MARKUP = String.raw`[^\S\n]*(?:>[^\S\n]*)*(?:#{1,6}[^\S\n]+|[-*+][^\S\n]+|\d{1,3}[.)][^\S\n]+)?`;
const FIRST_LINE_MARKUP = new RegExp(`^${LINE_MARKUP}`);
// Only a line that starts with what LINE_MARKUP may take: a plain line break is left alone, not copied.
const LATER_LINES_MARKUP = new RegExp(String.raw`\n(?=[^\S\n]|[>#*+\-\d])${LINE_MARKUP}`, 'g');
const INLINE_CODE = /`[^`\n]*`/g;
// The character classes stop at the next opening bracket, so a hostile "![![![…" is read in linear time.
const IMAGE = /!\[[^[\]\n]*\]\([^()\n]*\)/g;
const LINK = /\[([^[\]\n]*)\]\([^()\n]*\)/g;
const URL = /\bhttps?:\/\/\S+/g;
const HTML_TAG = /<\/?[a-z][^<>\n]*>/gi;
const EMPHASIS = /\*\*|__|~~|[*_](?:(?<!\w[*_])(?=\S)|(?<=\S[*_])(?!\w))/g;
const QUOTE_MARK = /["“'‘「『]/;
/** A line that starts with a helper verb carries on the sentence of the line before (확인해 / 드리겠습니다). */
const CONTINUATION = /\n[ \t]*(?=(?:드리|드릴|드립|드려|드렸|주세요|주십시오|주시|주실|주셔|주겠|보겠|볼게|보시|두겠|놓))/g;

/** The sentences of a `say`, in order. */
export function sentencesOf(text: string): string[] {
  return sentencesOfPlain(plainTextOf(text));
}

/**
 * The text as the customer reads it, before it is split: line breaks as \n, markup, links, code and quoted
 * words out. Every sentence is a stretch of it between spaces or line breaks, so a pattern found in no part of
 * it is in no sentence (risky-promise tests the whole text first).
 */
export function plainTextOf(text: string): string {
  // Most says are one line of plain text: one test finds that nothing below applies, and each step runs only
  // when the text holds what it looks for.
  if (!MAY_CHANGE.test(text) && !mayStartMarkup(text.charCodeAt(0))) return text;
  let plain = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // One pass over the whole text, not one per line: no string or array for each line.
  if (someLineMayStartWithMarkup(plain)) plain = plain.replace(FIRST_LINE_MARKUP, '').replace(LATER_LINES_MARKUP, '\n');
  if (plain.includes('|')) plain = plain.replace(/\|/g, ' ');
  if (plain.includes('`')) plain = plain.replace(INLINE_CODE, ' ');
  if (plain.includes('![')) plain = plain.replace(IMAGE, ' ');
  if (plain.includes('](')) plain = plain.replace(LINK, '$1');
  if (plain.includes('://')) plain = plain.replace(URL, ' ');
  if (plain.includes('<')) plain = plain.replace(HTML_TAG, '\n');
  if (mayHoldEmphasis(plain)) plain = plain.replace(EMPHASIS, '');
  if (QUOTE_MARK.test(plain)) plain = plain.replace(QUOTED, ' ');
  if (plain.includes('\n')) plain = plain.replace(CONTINUATION, ' ');
  return plain;
}

/** The plain texts of a script's says, each computed at the first rule that asks (risky-promise, then politeness). */
export class PlainSays {
  private readonly plains: (string | undefined)[];
  constructor(readonly steps: readonly { say: string }[]) {
    this.plains = new Array<string | undefined>(steps.length); // holes read as undefined
  }

  of(index: number): string {
    return (this.plains[index] ??= plainTextOf(this.steps[index]!.say));
  }
}

/**
 * The plain says of the file being checked, by steps array. `file` is the rule context's `playbooks`, one array per
 * file: a new one drops the last file's. A cache that outlived its file (a Map cleared at 256 scripts, or a
 * WeakMap, whose entries V8's young-generation collector keeps) kept parsed values alive from file to file, and V8
 * promoted them to the old generation: 45 MiB more peak memory over the bench corpus, and slower.
 */
let current: { file: readonly unknown[]; says: Map<readonly { say: string }[], PlainSays> } | undefined;

/** plainTextOf each step's say, shared by the rules that read the same says of one file. */
export function plainSaysOf(steps: readonly { say: string }[], file: readonly unknown[]): PlainSays {
  if (current?.file !== file) current = { file, says: new Map() };
  let says = current.says.get(steps);
  if (says === undefined) current.says.set(steps, (says = new PlainSays(steps)));
  return says;
}

/** The sentences of a text that plainTextOf gave. */
export function sentencesOfPlain(plain: string): string[] {
  const bounds = sentenceBoundsOfPlain(plain);
  const sentences: string[] = [];
  for (let index = 0; index < bounds.length; index += 2) sentences.push(plain.slice(bounds[index], bounds[index + 1]));
  return sentences;
}

/**
 * Where the sentences of a text that plainTextOf gave start and end, trimmed, as [start, end, start, end, …]:
 * a rule that reads only each sentence's last words (politeness) needs no string per sentence. A sentence ends
 * at . ? ! 。 ~ or an emoji before a space (not in 3.5, 3~5영업일 or {{facts.refund_window}}), and at a line
 * break. Scanned by hand: as a split on /(?<=[.?!。？！~～\p{Extended_Pictographic}\uFE0F])[^\S\n]+/u it was
 * the costliest step.
 */
export function sentenceBoundsOfPlain(plain: string): number[] {
  const bounds: number[] = [];
  let from = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let match = SENTENCE_BREAK.exec(plain); match !== null; match = SENTENCE_BREAK.exec(plain)) {
    if (match[0] === '\n') {
      pushTrimmed(bounds, plain, from, match.index);
      from = match.index + 1;
    } else if (endsSentence(plain, match.index + 1)) {
      pushTrimmed(bounds, plain, from, match.index + 1);
      from = match.index + match[0].length;
    }
  }
  pushTrimmed(bounds, plain, from, plain.length);
  return bounds;
}

/** What LINE_MARKUP can take from the start of a line: anything else leaves the line as it is. */
function someLineMayStartWithMarkup(text: string): boolean {
  for (let start = 0; start < text.length; start = text.indexOf('\n', start) + 1) {
    if (mayStartMarkup(text.charCodeAt(start))) return true;
    if (!text.includes('\n', start)) return false;
  }
  return false;
}

/** White space, a digit or one of > # * + -: what LINE_MARKUP may take at the start of a line. */
function mayStartMarkup(code: number): boolean {
  // Compared one by one: Array.prototype.includes was a call per say, costlier than the rest of the fast path.
  return code === 0x3e || code === 0x23 || code === 0x2a || code === 0x2b || code === 0x2d || (code >= 0x30 && code <= 0x39) || isWhitespace(code);
}

/**
 * What any step of plainTextOf but LINE_MARKUP at a line's start looks for: line breaks, | ` < * ~~, quote
 * marks, ![ ]( ://, and a _ that is not between two letters or digits (as mayHoldEmphasis has it). An
 * apostrophe after a letter or digit (you've, we're: most English says) opens no quote in QUOTED.
 */
const MAY_CHANGE = /[\r\n|`<*"“‘「『]|'(?<![A-Za-z0-9]')|!\[|\]\(|:\/\/|~~|_(?:(?<![A-Za-z0-9]_)|(?![A-Za-z0-9]))/;

/** What EMPHASIS needs; the _ inside {{customer_name}}, between two word characters, is none. */
function mayHoldEmphasis(text: string): boolean {
  if (text.includes('*') || text.includes('~~')) return true;
  for (let index = text.indexOf('_'); index >= 0; index = text.indexOf('_', index + 1)) {
    const [before, after] = [text.charCodeAt(index - 1), text.charCodeAt(index + 1)];
    if (after === 0x5f || !isAsciiWordChar(before) || !isAsciiWordChar(after)) return true;
  }
  return false;
}

/** What \w matches without the u flag. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/**
 * A line break, or spaces after what may end a sentence (endsSentence decides): the ASCII and full-width ends,
 * U+FE0F, every Extended_Pictographic character of the BMP (U+00A9–U+3299), and the low surrogate that closes
 * an emoji.
 */
const SENTENCE_BREAK = /[.?!。？！~～\uFE0F\u00a9-\u3299\udc00-\udfff][^\S\n]+|\n/g;

/** Pushes [start, end) without the white space at either end, unless nothing is left. */
function pushTrimmed(bounds: number[], text: string, start: number, end: number): void {
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (start < end) bounds.push(start, end);
}

/** The character before `index` (a whole surrogate pair, as /u reads it) ends a sentence. */
function endsSentence(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const high = index > 1 ? text.charCodeAt(index - 2) : 0;
  const code = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : low;
  if (isSentenceEnd(code)) return true;
  // Emoji: © (U+00A9) is the first Extended_Pictographic character; Hangul syllables are none.
  if (code < 0xa9 || (code >= 0xac00 && code <= 0xd7a3)) return false;
  return EMOJI.test(String.fromCodePoint(code));
}

/** . ? ! 。 ？ ！ ~ ～ and U+FE0F, compared without a call (as mayStartMarkup). */
function isSentenceEnd(code: number): boolean {
  switch (code) {
    case 0x2e: case 0x3f: case 0x21: case 0x3002: case 0xff1f: case 0xff01: case 0x7e: case 0xff5e: case 0xfe0f:
      return true;
    default:
      return false;
  }
}

const EMOJI = /\p{Extended_Pictographic}/u;

/** What \s matches (WhiteSpace and LineTerminator), by code unit. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * The sentence without what may trail its last word: punctuation, emoji, ㅎㅎ and ㅠㅠ, closing quotes and
 * brackets, and a parenthetical aside at the end ("무료입니다 (제주 제외)").
 */
export function withoutTrail(sentence: string): string {
  return sentence.slice(0, endOfWords(sentence, 0, sentence.length));
}

/**
 * Where withoutTrail cuts the sentence text[start, end): after its last letter or digit outside a closing aside
 * (`start` if it has none).
 */
export function endOfWords(text: string, start: number, end: number): number {
  let unopened: Set<number> | undefined; // brackets with no opening before `end`: never searched twice
  // By code unit, not by character: a Hangul character read as a string is a new string every time.
  while (end > start) {
    const code = text.charCodeAt(end - 1);
    const opening = openingBracketOf(code);
    if (opening !== undefined && !unopened?.has(code)) {
      const open = text.lastIndexOf(opening, end - 1);
      if (open < start) (unopened ??= new Set()).add(code);
      end = open >= start ? open : end - 1;
    } else if (isWordChar(code)) {
      return end;
    } else {
      end--;
    }
  }
  return start;
}

/** The opening bracket of a closing one: ( for ), （ for ）, [ for ], 【 for 】. */
function openingBracketOf(code: number): string | undefined {
  switch (code) {
    case 0x29: return '(';
    case 0xff09: return '（';
    case 0x5d: return '[';
    case 0x3011: return '【';
    default: return undefined;
  }
}

/** A letter or digit, but not a lone jamo (ㅎㅎ, ㅠㅠ); a lone surrogate half counts as neither. */
function isWordChar(code: number): boolean {
  // ASCII and Hangul syllables, most of what ends a sentence, without a regex.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (isHangulSyllable(code)) return true;
  const char = String.fromCharCode(code);
  return /[\p{L}\p{N}]/u.test(char) && !/[\u3131-\u318e]/.test(char);
}

/**
 * The Hangul word that ends a sentence, and the word before it: "확인해 줄게." → { last: 줄게, before: 확인해 }.
 * The sentence is `text`, or its trimmed stretch [start, end) (as sentenceBoundsOfPlain gives it).
 */
export function finalWords(text: string, start = 0, end = text.length): { last: string; before?: string } | undefined {
  const wordsEnd = endOfWords(text, start, end);
  let lastStart = wordsEnd;
  while (lastStart > start && isHangulSyllable(text.charCodeAt(lastStart - 1))) lastStart--;
  if (lastStart === wordsEnd) return undefined;
  const last = text.slice(lastStart, wordsEnd);
  const before = secondToLastWord(text, start, lastStart);
  return before === undefined ? { last } : { last, before };
}

/** `text.slice(start, end).split(/\s+/).at(-2)`, found from the end instead of splitting the whole sentence. */
function secondToLastWord(text: string, start: number, end: number): string | undefined {
  while (end > start && !isWhitespace(text.charCodeAt(end - 1))) end--;
  if (end === start) return undefined; // no whitespace: a single word
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  let wordStart = end;
  while (wordStart > start && !isWhitespace(text.charCodeAt(wordStart - 1))) wordStart--;
  return text.slice(wordStart, end);
}

function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/**
 * The text with what is not the agent's own words blanked out, keeping every offset: quoted spans ("…", '…',
 * “…”, 「…」), inline code and links' addresses become spaces, so a pattern's match index is an index of the
 * `say` itself (the rules that point inside a `say` use this, not plainTextOf, which shifts offsets).
 */
export function maskedText(text: string): string {
  if (!MAY_MASK.test(text)) return text;
  let masked = text;
  if (masked.includes('`')) masked = masked.replace(INLINE_CODE, blank);
  if (masked.includes('://')) masked = masked.replace(URL, blank);
  if (QUOTE_MARK.test(masked)) masked = masked.replace(QUOTED, blank);
  return masked;
}

// Module constants, not literals in the functions: a regex literal is a new object every time it is evaluated.
const MAY_MASK = /["“'‘「『`]|:\/\//;
const NOT_LINE_BREAK = /[^\n]/g;
const SPAN_END = /[.?!。？！~～…]+(?=\s|$)|\n/g;

/** The match as spaces, its line breaks kept. */
function blank(match: string): string {
  return match.replace(NOT_LINE_BREAK, ' ');
}

/** [start, end) of each sentence of a masked text: it ends at . ? ! 。 ~ … before white space, or at a line break. */
export function sentenceSpans(masked: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  SPAN_END.lastIndex = 0;
  for (let match = SPAN_END.exec(masked); match !== null; match = SPAN_END.exec(masked)) {
    const to = match.index + match[0].length;
    if (!isBlank(masked, from, to)) spans.push([from, to]);
    from = to;
  }
  if (!isBlank(masked, from, masked.length)) spans.push([from, masked.length]);
  return spans;
}

/** `text.slice(start, end).trim() === ''` without the two strings. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isWhitespace(text.charCodeAt(index))) return false;
  return true;
}
