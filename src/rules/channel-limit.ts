import { createRequire } from 'node:module';
import type { ProjectConfig } from '../model/config.js';
import { filledText } from '../model/text.js';
import { placeholderSpec, type Playbook } from '../model/types.js';
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
    for (const playbook of context.playbooks) {
      let growth: number | undefined;
      for (const { scenario, channel, script, path } of scriptsOf(playbook.data)) {
        if (channel === 'email' && (script.subject === undefined || script.subject.trim() === '')) {
          const at = script.subject === undefined ? path : [...path, 'subject'];
          context.report({ at: playbook, path: at, messageId: 'missingSubject', data: { scenario: scenario.id } });
        }
        const charLimit = maxChars(context.config, channel);
        if (charLimit !== undefined) {
          growth ??= longestFill(playbook.data);
          for (let index = 0; index < script.steps.length; index++) {
            const say = script.steps[index]!.say;
            // No more characters than UTF-16 units: a text under the limit with every placeholder at its longest is never filled in.
            const placeholders = Math.floor(countOf('{', say) / 2);
            if (say.length + (placeholders === 0 ? 0 : placeholders * growth) <= charLimit) continue;
            const text = filledText(say, playbook.data);
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
          const step = script.steps[index]!;
          const at = () => [...path, 'steps', index, 'say'];
          const text = filledText(step.say, playbook.data);
          const { bytes, encodable } = cp949Of(text);
          const unencodable = encodable ? [] : unencodableIn(text);
          if (unencodable.length > 0) {
            context.report({ at: playbook, path: at(), messageId: 'unencodable', data: { channel, characters: unencodable.join(', ') } });
          }
          if (bytes > limit) context.report({ at: playbook, path: at(), messageId: 'tooLong', data: { channel, bytes, limit, over: bytes - limit } });
        }
      }
    }
  },
} satisfies Rule;

/**
 * At most how much longer filling in makes a text, per two `{` in it: each placeholder filled in takes two braces
 * with it and brings at most the longest fact or example. Infinity when a value holds a brace (it could form more).
 */
function longestFill(playbook: Pick<Playbook, 'facts' | 'placeholders'>): number {
  const values = [...Object.values(playbook.facts ?? {}).map(String), ...Object.values(playbook.placeholders ?? {}).map((declaration) => placeholderSpec(declaration).example ?? '')];
  let longest = 0;
  for (const value of values) {
    if (value.includes('{') || value.includes('}')) return Infinity;
    longest = Math.max(longest, value.length);
  }
  return longest;
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
