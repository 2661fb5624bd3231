import { createRequire } from 'node:module';
import type { ProjectConfig } from '../model/config.js';
import { fillAll, placeholderExamples, PlaceholderScanner } from '../model/text.js';
import type { Playbook } from '../model/types.js';
import { scriptsOf, type Rule } from './types.js';

// iconv-lite is loaded on the first text that is neither ASCII nor Hangul: most runs never need it.
let iconvModule: typeof import('iconv-lite') | undefined;
const iconv = () => (iconvModule ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite'));

/** Korean carriers count a short message (SMS) in EUC-KR/CP949 bytes; over 90 it becomes a costlier LMS or is cut off. */
const DEFAULT_MAX_BYTES: Readonly<Record<string, number>> = { sms: 90 };
/** KakaoTalk 알림톡 takes at most 1,000 characters per message, variables filled in. */
const DEFAULT_MAX_CHARS: Readonly<Record<string, number>> = { kakao: 1000 };

/** A message the channel cannot carry whole reaches the customer cut off, garbled, or without its point. */
export default {
  id: 'channel-limit',
  severity: 'error',
  description:
    "A channel's limit is broken: an SMS message over `limits.sms.maxBytes` (default 90 EUC-KR bytes), a kakao message over `limits.kakao.maxChars` (default 1,000 characters), an email script without `subject`; counted with facts filled in and placeholders as their `example`.",
  messages: {
    tooLong: {
      en: 'This {{channel}} message is {{bytes}} bytes in EUC-KR, over the limit of {{limit}} (a Hangul syllable counts 2 bytes, other characters 1; facts are filled in, and placeholders count as their `example`, else as written). Shorten it to {{limit}} bytes or fewer (cut at least {{over}}), or split it into two steps.',
      ko: '이 {{channel}} 메시지는 EUC-KR 기준 {{bytes}}바이트로, 한도 {{limit}}바이트를 넘습니다(한글 한 글자는 2바이트, 그 밖의 글자는 1바이트이며 facts는 값을 채우고, 플레이스홀더는 `example`이 있으면 그 값으로, 없으면 적힌 그대로 셉니다). {{over}}바이트 이상 줄이거나 두 단계로 나눠 주세요.',
    },
    tooManyChars: {
      en: 'This {{channel}} message is {{chars}} characters, over the limit of {{limit}} (facts are filled in, and placeholders count as their `example`, else as written). Shorten it to {{limit}} characters or fewer (cut at least {{over}}), or split it into two steps.',
      ko: '이 {{channel}} 메시지는 {{chars}}자로, 한도 {{limit}}자를 넘습니다(facts는 값을 채우고, 플레이스홀더는 `example`이 있으면 그 값으로, 없으면 적힌 그대로 셉니다). {{over}}자 이상 줄이거나 두 단계로 나눠 주세요.',
    },
    unencodable: {
      en: 'This {{channel}} message has characters that EUC-KR/CP949 cannot carry: {{characters}}. Phones receive them garbled or as "?"; replace them with plain text.',
      ko: '이 {{channel}} 메시지에는 EUC-KR/CP949로 보낼 수 없는 문자가 있습니다: {{characters}}. 휴대폰에서 깨지거나 "?"로 보이므로 일반 글자로 바꿔 주세요.',
    },
    missingSubject: {
      en: 'The email script of scenario "{{scenario}}" has no `subject`. Add one that tells the customer what the email is about, e.g. `subject: "[고객센터] 주문 {{order_id}} 환불 진행 안내"`.',
      ko: '시나리오 "{{scenario}}"의 이메일 스크립트에 `subject`(제목)가 없습니다. 고객이 무슨 메일인지 바로 알 수 있는 제목을 넣어 주세요. 예: `subject: "[고객센터] 주문 {{order_id}} 환불 진행 안내"`',
    },
  },
  examples: {
    bad: [
      '      sms:',
      '        steps:',
      '          - kind: follow-up',
      '            say: "[한결몰] {{customer_name}}님, 요청하신 환불은 카드사 처리에 따라 3~5영업일 안에 결제하신 카드로 입금될 예정입니다."',
    ].join('\n'),
    good: [
      '      sms:',
      '        steps:',
      '          - kind: follow-up',
      '            say: "[한결몰] 환불은 {{facts.refund_window}} 안에 카드로 입금됩니다."',
    ].join('\n'),
  },
  check(context) {
    const scan = new PlaceholderScanner();
    for (const playbook of context.playbooks) {
      let fills: Fills | undefined; // read at the first text that has placeholders to fill in
      for (const { scenario, channel, script, path } of scriptsOf(playbook.data)) {
        if (channel === 'email' && (script.subject === undefined || script.subject.trim() === '')) {
          const at = script.subject === undefined ? path : [...path, 'subject'];
          context.report({ at: playbook, path: at, messageId: 'missingSubject', data: { scenario: scenario.id } });
        }
        const charLimit = maxChars(context.config, channel);
        if (charLimit !== undefined) {
          for (let index = 0; index < script.steps.length; index++) {
            const say = script.steps[index]!.say;
            // No more characters than UTF-16 units: a text under the limit with every placeholder at its longest is never filled in.
            const placeholders = Math.floor(countOf('{', say) / 2);
            const growth = placeholders === 0 ? 0 : placeholders * (fills ??= new Fills(playbook.data)).growth;
            if (say.length + growth <= charLimit) continue;
            const text = filled(say, fills);
            if (text.length <= charLimit) continue;
            const chars = [...text].length;
            if (chars <= charLimit) continue;
            const data = { channel, chars, limit: charLimit, over: chars - charLimit };
            context.report({ at: playbook, path: [...path, 'steps', index, 'say'], messageId: 'tooManyChars', data });
          }
        }
        const limit = maxBytes(context.config, channel);
        if (limit === undefined) continue;
        for (let index = 0; index < script.steps.length; index++) {
          const say = script.steps[index]!.say;
          if (say.includes('{{')) fills ??= new Fills(playbook.data);
          let bytes = filledBytes(say, fills, scan);
          if (bytes < 0) {
            // A character other than ASCII or Hangul, or fills that could form a placeholder: measure the filled text.
            const text = filled(say, fills);
            const size = cp949Of(text);
            const unencodable = size.encodable ? [] : unencodableIn(text);
            if (unencodable.length > 0) {
              context.report({ at: playbook, path: [...path, 'steps', index, 'say'], messageId: 'unencodable', data: { channel, characters: unencodable.join(', ') } });
            }
            bytes = size.bytes;
          }
          if (bytes > limit) context.report({ at: playbook, path: [...path, 'steps', index, 'say'], messageId: 'tooLong', data: { channel, bytes, limit, over: bytes - limit } });
        }
      }
    }
  },
} satisfies Rule;

/** A playbook's values for filling in (FORMAT.md: facts, and each placeholder's `example`), read once per playbook. */
class Fills {
  readonly facts: Readonly<Record<string, string | number>> | undefined;
  readonly examples: Readonly<Record<string, string>>;
  /**
   * At most how much longer filling in makes a text, per two `{` in it: each placeholder filled in takes two braces
   * with it and brings at most the longest fact or example. Infinity when a value holds a brace (it could form more).
   */
  readonly growth: number;
  /** Whether putting the facts in can form no new placeholder: no fact is empty or holds a brace. */
  readonly factsStayPut: boolean;

  constructor(playbook: Pick<Playbook, 'facts' | 'placeholders'>) {
    this.facts = playbook.facts;
    this.examples = placeholderExamples(playbook.placeholders);
    let longest = 0;
    let factsStayPut = true;
    for (const name of Object.keys(this.facts ?? {})) {
      const value = String(this.facts![name]);
      longest = Math.max(longest, hasBrace(value) ? Infinity : value.length);
      if (value === '' || hasBrace(value)) factsStayPut = false;
    }
    for (const example of Object.values(this.examples)) longest = Math.max(longest, hasBrace(example) ? Infinity : example.length);
    this.growth = longest;
    this.factsStayPut = factsStayPut;
  }
}

function hasBrace(value: string): boolean {
  return value.includes('{') || value.includes('}');
}

/** The text as the customer gets it: facts filled in, each placeholder as its `example` (read once per playbook). */
function filled(text: string, fills: Fills | undefined): string {
  return fills !== undefined && text.includes('{{') ? fillAll(text, fills.facts, fills.examples) : text;
}

/**
 * The CP949 size of the text filled in, summed piece by piece without building it; -1 when only the filled text
 * can tell: a character other than ASCII or Hangul, or a `{{` that begins no placeholder (with a fact put in after it,
 * it could begin one).
 */
function filledBytes(text: string, fills: Fills | undefined, scan: PlaceholderScanner): number {
  if (fills === undefined || !text.includes('{{')) return cp949Size(text, 0, text.length);
  if (!fills.factsStayPut) return -1;
  let bytes = 0;
  let from = 0;
  let placeholders = 0;
  scan.reset(text);
  while (scan.next()) {
    placeholders++;
    let value: string | undefined;
    if (scan.isFact) value = fills.facts !== undefined && Object.hasOwn(fills.facts, scan.name) ? String(fills.facts[scan.name]) : undefined;
    else value = Object.hasOwn(fills.examples, scan.name) ? fills.examples[scan.name] : undefined;
    if (value === undefined) continue; // stays as written
    const before = cp949Size(text, from, scan.index);
    const size = cp949Size(value, 0, value.length);
    if (before < 0 || size < 0) return -1;
    bytes += before + size;
    from = scan.end;
  }
  if (placeholders !== countOf('{{', text)) return -1;
  const rest = cp949Size(text, from, text.length);
  return rest < 0 ? -1 : bytes + rest;
}

/** The CP949 size of text[from, to) if it is all ASCII (1 byte) and Hangul syllables (2 bytes), else -1. */
function cp949Size(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code >= 0xac00 && code <= 0xd7a3) bytes += 2;
    else return -1;
  }
  return bytes;
}

function countOf(char: string, text: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}

function maxBytes(config: ProjectConfig, channel: string): number | undefined {
  const configured = Object.hasOwn(config.limits, channel) ? config.limits[channel]?.maxBytes : undefined;
  return configured ?? (Object.hasOwn(DEFAULT_MAX_BYTES, channel) ? DEFAULT_MAX_BYTES[channel] : undefined);
}

function maxChars(config: ProjectConfig, channel: string): number | undefined {
  const configured = Object.hasOwn(config.limits, channel) ? config.limits[channel]?.maxChars : undefined;
  return configured ?? (Object.hasOwn(DEFAULT_MAX_CHARS, channel) ? DEFAULT_MAX_CHARS[channel] : undefined);
}

/**
 * The size of a text in CP949 and whether all of it encodes. ASCII (1 byte) and Hangul syllables (2 bytes),
 * what nearly every SMS holds, are counted without iconv; anything else goes through it.
 */
function cp949Of(text: string): { bytes: number; encodable: boolean } {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code >= 0xac00 && code <= 0xd7a3) bytes += 2;
    else {
      const encoded = iconv().encode(text, 'cp949');
      return { bytes: encoded.length, encodable: iconv().decode(encoded, 'cp949') === text };
    }
  }
  return { bytes, encodable: true };
}

/** What joins the character before it into one symbol: ZWJ, variation selectors, keycaps, skin tones, tags. */
const JOINER = /[\u200d\ufe00-\ufe0f\u20e3\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;
const MAX_SHOWN = 10;

/**
 * Each symbol CP949 has no code for, once, as the customer would see it: "😀" (U+1F600), "❤️" (U+2764 U+FE0F).
 * Symbols are joined by hand: Intl.Segmenter takes minutes on a long run of emoji.
 */
function unencodableIn(text: string): string[] {
  if (roundTrips(text)) return [];
  const found = new Set<string>();
  const checked = new Map<string, boolean>();
  let symbol = '';
  let joinNext = false;
  const flush = () => {
    let encodable = checked.get(symbol);
    if (encodable === undefined) checked.set(symbol, (encodable = roundTrips(symbol)));
    if (!encodable) found.add(symbol);
    symbol = '';
  };
  for (const char of text) {
    if (symbol !== '' && symbol.length < 16 && (joinNext || JOINER.test(char))) {
      symbol += char;
    } else {
      if (symbol !== '') flush();
      symbol = char;
    }
    joinNext = char === '\u200d';
  }
  if (symbol !== '') flush();
  const shown = [...found].slice(0, MAX_SHOWN).map((each) => `"${each}" (${[...each].map(codePoint).join(' ')})`);
  return found.size > MAX_SHOWN ? [...shown, '…'] : shown;
}

function roundTrips(text: string): boolean {
  return iconv().decode(iconv().encode(text, 'cp949'), 'cp949') === text;
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
