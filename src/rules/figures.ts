/**
 * The figures a customer reads or hears — durations, amounts, rates, phone numbers — in Korean and English.
 * Pure: text in, figures out. Used by fact-drift; render and others may use it too.
 *
 * What is not a figure: dates (2026년 3월 1일, 매월 1일, 5일(수)), ordinals (3일차, 2주차, 3주년),
 * availability (24시간 상담, 주 5일, 24/7), unfilled placeholders ({{order_id}}), bare numbers without a unit.
 * Clock times (오후 3시, 3시 30분, 9 a.m.) are their own unit, `time-of-day`, never hours.
 */
export type QuantityUnit =
  | 'business-days'
  | 'days'
  | 'weeks'
  | 'months'
  | 'hours'
  | 'minutes'
  | 'krw'
  | 'usd'
  | 'percent'
  | 'time-of-day';

export type FigureUnit = QuantityUnit | 'phone';

/** A value or a range (3~5영업일: low 3, high 5), or a phone number in national form (+82 2-123-4567: 021234567). */
export type FigureValue = { unit: QuantityUnit; low: number; high: number } | { unit: 'phone'; number: string };

/** `raw` is the text as written; `index` its offset. time-of-day values are hours on a 24-hour clock (15.5 = 15:30). */
export type Figure = FigureValue & { raw: string; index: number };

/** Two figures agree: the same phone number, the same range, or a single value inside the other's range. */
export function sameFigure(a: FigureValue, b: FigureValue): boolean {
  if (a.unit !== b.unit) return false;
  if (a.unit === 'phone' || b.unit === 'phone') return a.unit === 'phone' && b.unit === 'phone' && a.number === b.number;
  if (a.low === b.low && a.high === b.high) return true;
  // Conservative: "최대 5영업일" and "3~5영업일" do not contradict; two different ranges do.
  const isSingle = (figure: { low: number; high: number }) => figure.low === figure.high;
  if (isSingle(a) && !isSingle(b)) return b.low <= a.low && a.low <= b.high;
  if (isSingle(b) && !isSingle(a)) return a.low <= b.low && b.low <= a.high;
  return false;
}

/**
 * The figures of a text, in order. Not memoized: texts rarely repeat, and hashing and copying a long text as a
 * key cost more than the hints below, which turn most texts away.
 */
export function figuresIn(text: string): readonly Readonly<Figure>[] {
  const extractors = candidatesFor(text);
  return extractors.length === 0 ? NONE : extract(text, extractors);
}

const NONE: readonly Readonly<Figure>[] = [];

/**
 * Most texts state no figure at all: the big patterns run only where their digits and unit words are. Most have
 * no digit either: two hints, and nothing allocated.
 */
function candidatesFor(text: string): readonly Extractor[] {
  const pool = DIGIT.test(text) ? EXTRACTORS : NUMBER_WORD_HINT.test(text) ? WITHOUT_DIGITS : WITHOUT_NUMBERS;
  let candidates: Extractor[] | undefined;
  for (let index = 0; index < pool.length; index++) {
    if (pool[index]!.hint.test(text)) (candidates ??= []).push(pool[index]!);
  }
  return candidates ?? NO_EXTRACTORS;
}

const NO_EXTRACTORS: readonly Extractor[] = [];

/**
 * Each extractor's matches, in the text with what earlier ones took replaced by MASKs of the same length.
 * An `exec` loop on the pattern itself, not `matchAll`, which builds a new RegExp on every call.
 */
function extract(text: string, extractors: readonly Extractor[]): Figure[] {
  let rest = text.includes('{{') ? masked(text, PLACEHOLDERS) : text;
  const figures: Figure[] = [];
  for (let index = 0; index < extractors.length; index++) {
    const { pattern, read } = extractors[index]!;
    const masks = index < extractors.length - 1; // the last one leaves nothing to mask for
    compileOnce(pattern);
    let masked = '';
    let from = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(rest); match !== null; match = pattern.exec(rest)) {
      const [raw] = match;
      const value = read(raw);
      if (value) figures.push(figure(value, raw, match.index));
      if (masks) masked += rest.slice(from, match.index) + MASK.repeat(raw.length);
      from = match.index + raw.length;
    }
    if (masks && from > 0) rest = masked + rest.slice(from);
  }
  return figures.length > 1 ? figures.sort((a, b) => a.index - b.index) : figures;
}

/** The text with every match of a global pattern replaced by MASKs: an `exec` loop, twice as fast as `replace`. */
function masked(text: string, pattern: RegExp): string {
  let result = '';
  let from = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    result += text.slice(from, match.index) + MASK.repeat(match[0].length);
    from = match.index + match[0].length;
  }
  return from === 0 ? text : result + text.slice(from);
}

/**
 * V8 compiles a regex to bytecode on its first use and to machine code on its second; for the big patterns here the
 * bytecode alone costs 3–8 ms each (~80 ms a run). A first use on a subject of 1,000 characters or more goes to
 * machine code at once: MASKs, which no pattern matches.
 */
function compileOnce(pattern: RegExp): void {
  if (compiled.has(pattern)) return;
  compiled.add(pattern);
  pattern.exec(LONG_SUBJECT);
}

const compiled = new Set<RegExp>();

/** Built field by field: spreading `value` (figures of two shapes) was a hot spot of the rule's profile. */
function figure(value: FigureValue, raw: string, index: number): Figure {
  if (value.unit === 'phone') return { unit: value.unit, number: value.number, raw, index };
  return { unit: value.unit, low: value.low, high: value.high, raw, index };
}

export interface Extractor {
  pattern: RegExp;
  /** The figure in a match, or null for text that only hides what it holds (a date is not a duration). */
  read(raw: string): FigureValue | null;
  /** What every match holds: a digit, a number (digits or an English number word), or only what `hint` finds. */
  needs: 'digit' | 'number' | 'hint';
  /**
   * Found in every text the pattern matches (a necessary condition, cheap to test); never global. It tests only
   * characters that every match consumes (a lookbehind may look back over them, no further), and those are in the
   * text as they are in the masked text the pattern runs on.
   */
  hint: RegExp;
}

const DIGIT = /\d/;
const PLACEHOLDERS = /\{\{[^{}]*\}\}/g;

// A character no pattern matches: what an earlier extractor took, later ones cannot take again.
const MASK = '\uE000';
const LONG_SUBJECT = MASK.repeat(1000);

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const ENGLISH_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};
const NUMBER_OR_WORD = `(?:${NUMBER}|\\b(?:${Object.keys(ENGLISH_NUMBERS).join('|')})\\b)`;
/** The last character of a NUMBER_OR_WORD: a digit, or the last letter of a number word (case-insensitive). */
const NUMBER_END = `[\\d${[...new Set(Object.keys(ENGLISH_NUMBERS).map((word) => word.at(-1)))].join('')}]`;
/** Not inside another number, word or id: 1,000 is one number, A-12 is not a figure. */
const START = String.raw`(?<![\d.,A-Za-z_\-/])`;
const TO = String.raw`(?:\s*(?:~|∼|〜|～|-|–|—)\s*|\s*(?:에서|내지)\s*|\s+(?:to|or|and)\s+)`;

/** `unitWords`: what every match of the suffix starts with once past its spaces or hyphen. */
function quantity(unit: QuantityUnit, suffix: string, unitWords: string): Extractor {
  const pattern = `${START}${NUMBER_OR_WORD}(?:${suffix})?(?:${TO}${NUMBER_OR_WORD})?(?:${suffix})`;
  // Every match holds the end of a number, spaces or a hyphen, then a unit word. Looking behind from the word
  // is cheaper than looking for number ends, which are common letters in English text.
  const hint = new RegExp(`(?:${unitWords})(?<=${NUMBER_END}[\\s\\-]*(?:${unitWords}))`, 'i');
  return { pattern: new RegExp(pattern, 'gi'), read: (raw) => range(unit, numbersIn(raw)), needs: 'number', hint };
}

const NUMBER_OR_WORD_PATTERN = new RegExp(NUMBER_OR_WORD, 'gi');
const NUMBER_WORD_HINT = new RegExp(Object.keys(ENGLISH_NUMBERS).join('|'), 'i');

// Readers use `match` and `exec` loops, never `matchAll` (see `extract`).
function numbersIn(raw: string): number[] {
  const tokens = raw.match(NUMBER_OR_WORD_PATTERN) ?? [];
  return tokens.map((token) => ENGLISH_NUMBERS[token.toLowerCase()] ?? Number(token.replace(/,/g, '')));
}

function range(unit: QuantityUnit, values: readonly number[]): FigureValue | null {
  const [low, high = low] = [values[0], values.at(-1)];
  return low === undefined || high === undefined ? null : { unit, low: Math.min(low, high), high: Math.max(low, high) };
}

function maskOnly(pattern: string, hint: RegExp): Extractor {
  return { pattern: new RegExp(pattern, 'gi'), read: () => null, needs: 'digit', hint };
}

// Phone numbers: Korean national (02-123-4567, 010-1234-5678), 대표번호 (1588-0000), international (+82 …), US.
const NOT_A_UNIT = String.raw`(?![\w\-]|\s*(?:원|영업일|일|년|개월|달|주|시|분|%))`;
const PHONE = [
  String.raw`\+\d{1,3}(?:[ .\-]?\(?\d{1,4}\)?){2,4}`,
  String.raw`\(?0\d{1,2}\)?[ .\-]?\d{3,4}[ .\-]\d{4}`,
  String.raw`1[568]\d{2}[ .\-]\d{4}`,
  String.raw`(?:1[ .\-])?\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}`,
];
const phoneNumbers: Extractor = {
  pattern: new RegExp(`(?<![\\w\\-+.])(?:${PHONE.join('|')})${NOT_A_UNIT}`, 'g'),
  needs: 'digit',
  hint: /\+\d|\d{4}/,
  read(raw) {
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) return null;
    if (!raw.startsWith('+')) return { unit: 'phone', number: digits };
    if (!digits.startsWith('82')) return { unit: 'phone', number: `+${digits}` };
    const national = digits.slice(2);
    return { unit: 'phone', number: national.startsWith('0') ? national : `0${national}` };
  },
};

const WEEKDAY = '[월화수목금토일]';
const dates = maskOnly(
  [
    String.raw`\d{4}\s*년(?:\s*\d{1,2}\s*월)?(?:\s*\d{1,2}\s*일)?`,
    String.raw`(?:(?:\d{1,2}\s*|매|당|익|(?:이번|다음|지난)\s*)월|(?:매|(?:이번|다음|지난)\s*)달)\s*\d{1,2}\s*일(?:${TO}\d{1,2}\s*일)?`,
    String.raw`\d{1,2}\s*일\s*(?:\(${WEEKDAY}\)|${WEEKDAY}요일)`,
    String.raw`\d{4}[\-./]\d{1,2}[\-./]\d{1,2}`,
    String.raw`(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])`,
  ].join('|'),
  /\d\s*[년일]|\d[\-./]\d/,
);

// "Open all day, every day" and "so many times a week" say how often, not how long.
const availability = maskOnly(
  [
    String.raw`24\s*/\s*7`,
    String.raw`24\s*시간\s*[·,/]?\s*(?:365\s*일|연중무휴)`,
    String.raw`365\s*일\s*[·,/]?\s*24\s*시간`,
    String.raw`(?:하루|연중(?:무휴)?)\s*24\s*시간`,
    String.raw`24\s*시간(?=\s*(?:상담|운영|접수|이용|응대|언제))`,
    String.raw`(?<![가-힣])(?:주|월|연)\s*\d+\s*(?:일|회)`,
    String.raw`(?<!\d)\d+\s*일\s*\d+\s*회`,
    String.raw`\b\d+\s*(?:days?\s+(?:a|per)\s+week|hours?\s+(?:a|per)\s+day)\b`,
  ].join('|'),
  /24\s*[/시]|[주월연]\s*\d|\d\s*(?:회|day|hour)/i,
);

// Clock times: 오후 3시, 3시 30분, 오전 9시부터 오후 6시, 9 a.m., 15:00.
const MERIDIEM_KO = '(?:오전|오후|낮|밤|저녁|새벽|아침)';
const CLOCK_KO = `(?:${MERIDIEM_KO}\\s*)?${START}\\d{1,2}\\s*시(?![간즌리작설장청점])(?:\\s*\\d{1,2}\\s*분(?![기의])|\\s*반)?`;
const CLOCK_EN = String.raw`(?<![\d:.])\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![A-Za-z])|(?<![\d:.])\d{1,2}:\d{2}(?![\d:])`;
const CLOCK_SIDE = /(오전|오후|낮|밤|저녁|새벽|아침)?\s*(\d{1,2})(?:\s*시|:(\d{2}))?(?:\s*(\d{1,2})\s*분|\s*(반))?\s*(a\.?m\.?|p\.?m\.?)?/gi;
const clockTimes: Extractor = {
  pattern: new RegExp(
    `(?:${CLOCK_KO})(?:(?:${TO}|\\s*부터\\s*)(?:${CLOCK_KO}))?|(?:${CLOCK_EN})(?:${TO}(?:${CLOCK_EN}))?`,
    'gi',
  ),
  needs: 'digit',
  hint: /\d\s*시|\d:\d|\d\s*[ap]\.?m/i,
  read(raw) {
    const hours: number[] = [];
    let afternoon = false;
    CLOCK_SIDE.lastIndex = 0;
    for (let side = CLOCK_SIDE.exec(raw); side !== null; side = CLOCK_SIDE.exec(raw)) {
      const [, meridiem, hour, colonMinutes, minutes, half, english] = side;
      if (meridiem !== undefined || english !== undefined) afternoon = /오후|밤|저녁|p/i.test(meridiem ?? english ?? '') || (meridiem === '낮' && Number(hour) < 6);
      const minute = Number(colonMinutes ?? minutes ?? (half ? 30 : 0));
      const clockHour = Number(hour) % 12 === 0 && /a/i.test(english ?? '') ? 0 : Number(hour);
      hours.push((afternoon && clockHour < 12 ? clockHour + 12 : clockHour) + minute / 60);
    }
    return range('time-of-day', hours);
  },
};

// Won: 3,000원, 5만원 (= 50,000), 1만 5천 원, 1~2만원, ₩3,000, KRW 3,000.
const AMOUNT_KO = `${NUMBER}(?:\\s*[억만천백](?:\\s*${NUMBER})?)*`;
const AMOUNT_KO_PATTERN = new RegExp(AMOUNT_KO, 'g');
const AMOUNT_TOKEN = /[억만천백]|[\d.,]+/g;
const SMALL_UNITS: Record<string, number> = { 백: 100, 천: 1000 };
const BIG_UNITS: Record<string, number> = { 만: 10_000, 억: 100_000_000 };

function koreanAmount(written: string): number {
  let total = 0;
  let section = 0;
  let current = 0;
  for (const token of written.match(AMOUNT_TOKEN) ?? []) {
    const small = SMALL_UNITS[token];
    const big = BIG_UNITS[token];
    if (small) [section, current] = [section + (current || 1) * small, 0];
    else if (big) [total, section, current] = [total + (section + current || 1) * big, 0, 0];
    else current = Number(token.replace(/,/g, ''));
  }
  return total + section + current;
}

const wonAmounts: Extractor = {
  pattern: new RegExp(
    `${START}${AMOUNT_KO}(?:\\s*원)?(?:${TO}${AMOUNT_KO})?\\s*(?:원(?![칙인래본격장])|KRW\\b|won\\b)` +
      `|(?<![A-Za-z])(?:₩|KRW\\s*)${NUMBER}(?:${TO}(?:₩|KRW\\s*)?${NUMBER})?`,
    'gi',
  ),
  needs: 'digit',
  hint: /[\d억만천백]\s*(?:원|krw|won)|₩|krw\s*\d/i,
  read(raw) {
    const sides = raw.match(AMOUNT_KO_PATTERN) ?? [];
    const values = sides.map(koreanAmount);
    // "1~2만원": the 만 of the high end is the low end's too.
    const [low, high] = [sides[0], sides.at(-1)];
    const trailingUnit = /[억만천백]+$/.exec(high ?? '')?.[0];
    if (sides.length === 2 && low !== undefined && !/[억만천백]/.test(low) && trailingUnit) {
      values[0] = values[0]! * koreanAmount(`1${trailingUnit}`);
    }
    return range('krw', values);
  },
};

const USD_PREFIX = String.raw`(?:US\s?\$|\$|USD\s*)`;
const dollarAmounts: Extractor = {
  pattern: new RegExp(`(?<![A-Za-z])${USD_PREFIX}${NUMBER}(?:${TO}${USD_PREFIX}?${NUMBER})?`, 'gi'),
  read: (raw) => range('usd', numbersIn(raw)),
  needs: 'digit',
  hint: /\$\d|usd\s*\d/i,
};

// "영업일 기준 3~5일" and "3~5일(영업일 기준)" count business days, not days.
const BUSINESS_DAYS_BASIS = String.raw`영업일\s*기준(?:으로)?\s*,?\s*`;
const businessDaysByBasis: Extractor = {
  pattern: new RegExp(
    `${BUSINESS_DAYS_BASIS}${NUMBER}(?:\\s*일)?(?:${TO}${NUMBER})?\\s*일` +
      `|${START}${NUMBER}(?:\\s*일)?(?:${TO}${NUMBER})?\\s*일\\s*\\(?\\s*영업일\\s*기준\\s*\\)?`,
    'g',
  ),
  read: (raw) => range('business-days', numbersIn(raw.replace(/영업일/g, ''))),
  needs: 'digit',
  hint: /영업일\s*기준/,
};

// Native Korean numbers: 하루, 이틀, 한 시간, 두 달, 일주일 — only where they say how long (하루 안에, 두 시간 정도),
// so that "좋은 하루 보내세요" is not a figure.
const HOW_LONG = String.raw`(?=\s*(?:이내|안에|안으로|내로|내에|내(?![가-힣])|만에|정도|쯤|가량|후|뒤|동안|이상|이하|까지|더|[이가]?\s*걸|[이가]?\s*지나|[이가]?\s*소요))`;
const DAY_WORDS: Record<string, number> = { 하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 이레: 7, 열흘: 10, 보름: 15 };
const DAY_WORD = `(?:${Object.keys(DAY_WORDS).join('|')})`;
const DAY_WORD_PATTERN = new RegExp(DAY_WORD, 'g');
const dayWords: Extractor = {
  pattern: new RegExp(`(?<![가-힣])${DAY_WORD}(?:\\s*(?:~|-|에서|이나|나)?\\s*${DAY_WORD})?${HOW_LONG}`, 'g'),
  read: (raw) => range('days', (raw.match(DAY_WORD_PATTERN) ?? []).map((word) => DAY_WORDS[word]!)),
  needs: 'hint',
  hint: new RegExp(DAY_WORD),
};

const NATIVE_NUMBERS: Record<string, [number, number]> = {
  한두: [1, 2], 두세: [2, 3], 두어: [2, 3], 서너: [3, 4], 네다섯: [4, 5], 열두: [12, 12], 스물네: [24, 24],
  한: [1, 1], 두: [2, 2], 세: [3, 3], 석: [3, 3], 네: [4, 4], 넉: [4, 4], 다섯: [5, 5], 여섯: [6, 6],
  일곱: [7, 7], 여덟: [8, 8], 아홉: [9, 9], 열: [10, 10],
};
const NATIVE_UNIT = '(?:시간|달|개월|주)';
const NATIVE_UNITS: Record<string, QuantityUnit> = { 시간: 'hours', 달: 'months', 개월: 'months', 주: 'weeks', 주일: 'weeks' };
const nativeNumbers: Extractor = {
  pattern: new RegExp(
    `(?<![가-힣])(?:${Object.keys(NATIVE_NUMBERS).join('|')})\\s*(?:시간|달(?!러)|개월|주일?)${HOW_LONG}|(?<![가-힣])일주일${HOW_LONG}`,
    'g',
  ),
  needs: 'hint',
  // A unit after the last syllable of a native number, looked for from the unit (rarer than those syllables).
  hint: new RegExp(`${NATIVE_UNIT}(?<=[${[...new Set(Object.keys(NATIVE_NUMBERS).map((number) => number.at(-1)))].join('')}]\\s*${NATIVE_UNIT})|일주일`),
  read(raw) {
    if (raw === '일주일') return { unit: 'weeks', low: 1, high: 1 };
    const [, number = '', unit = ''] = /^(\S+?)\s*(시간|달|개월|주일?)$/.exec(raw) ?? [];
    const [low, high] = NATIVE_NUMBERS[number] ?? [];
    const quantityUnit = NATIVE_UNITS[unit];
    return low === undefined || high === undefined || !quantityUnit ? null : { unit: quantityUnit, low, high };
  },
};

/**
 * In order: what an earlier extractor takes (a phone number, a date), a later one cannot misread. Exported for
 * the test that holds each hint to its pattern.
 */
export const EXTRACTORS: readonly Extractor[] = [
  phoneNumbers,
  dates,
  availability,
  clockTimes,
  wonAmounts,
  dollarAmounts,
  quantity('usd', String.raw`\s*(?:달러|dollars?\b|USD\b)`, '달러|dollar|usd'),
  quantity('percent', String.raw`\s*(?:%|％|퍼센트|percent\b|per\s+cent\b)`, '[%％]|퍼센트|per'),
  businessDaysByBasis,
  quantity('business-days', String.raw`\s*영업\s*일(?![차째자])|(?:\s+|-)(?:business|working)[\s\-]+days?\b`, '영업|business|working'),
  quantity('hours', String.raw`\s*시간|(?:\s*|-)(?:hours?|hrs?)\b`, '시간|hour|hr'),
  quantity('minutes', String.raw`\s*분(?![기의류할야석량명들께])|(?:\s*|-)(?:minutes?|mins?)\b`, '분|min'),
  quantity('weeks', String.raw`\s*주(?:일(?![차째])|(?![일년차째기]))|(?:\s*|-)weeks?\b`, '주|week'),
  quantity('months', String.raw`\s*(?:개월|달(?!러))|(?:\s*|-)months?\b`, '개월|달|month'),
  quantity('days', String.raw`\s*일(?![차째자])|(?:\s*|-)(?:calendar[\s\-]+)?days?\b`, '일|day|calendar'),
  dayWords,
  nativeNumbers,
];

/** What may match a text with no digit, and with neither a digit nor an English number word. */
const WITHOUT_DIGITS = EXTRACTORS.filter((extractor) => extractor.needs !== 'digit');
const WITHOUT_NUMBERS = EXTRACTORS.filter((extractor) => extractor.needs === 'hint');
