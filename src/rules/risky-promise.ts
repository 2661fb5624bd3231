import type { DataPath } from '../core/findings.js';
import type { Playbook } from '../model/types.js';
import { plainSaysOf, plainTextOf, sentencesOfPlain, withoutTrail } from './sentences.js';
import { scriptsOf, type Rule } from './types.js';

/** How a risky word promises too much: that anything is certain, or that it happens at once. */
type Risk = 'absolute' | 'instant';

interface RiskyWord {
  risk: Risk;
  pattern: RegExp;
  /** False alarms of the pattern, seen at the match: 즉시할인 (a discount), 확인 즉시 (as soon as …). */
  isFalseAlarm?: (sentence: string, index: number, match: string) => boolean;
}

// Every pattern is case-insensitive, which changes no Korean word, so that mayMatch tests them all in one alternation.
const RISKY_WORDS: readonly RiskyWord[] = [
  { risk: 'absolute', pattern: /반드시/gi },
  { risk: 'absolute', pattern: /무조건/gi },
  { risk: 'absolute', pattern: /100(?<![\d.,]100)\s?(?:%|％|퍼센트|프로|percent\b)/gi },
  { risk: 'absolute', pattern: /절대(?:로)?(?!적|값|온도|평가)/gi },
  { risk: 'absolute', pattern: /틀림없이/gi },
  { risk: 'absolute', pattern: /확실히/gi },
  { risk: 'absolute', pattern: /(?:무슨|어떤)\s*일이\s*있어도/gi },
  // The verb (보장합니다, 보장해 드립니다), not the noun of insurance cover (보장 범위, 보장 내용).
  { risk: 'absolute', pattern: /보장(?=\s*(?:합니다|해\s*드|해요|하겠|할게|드리|드립|드려|됩니다|돼요|된다|한다))/gi },
  { risk: 'instant', pattern: /즉시/gi, isFalseAlarm: isNotInstant },
  { risk: 'instant', pattern: /당장(?!은|에는)/gi },
  // One pattern for whole words that cannot overlap: a regex of a few alternatives runs faster than many.
  { risk: 'absolute', pattern: /\b(?:guarantee[sd]?|always|never|definitely|promises?|no matter what)\b/gi },
  { risk: 'instant', pattern: /\b(?:immediately|instantly|right away|straight away)\b/gi },
  // Absolute promises without a keyword of their own: 책임지고 처리하겠습니다, 약속드립니다, I promise.
  { risk: 'absolute', pattern: /책임지고|책임지겠습니다|책임지겠어요|약속(?:드립니다|드릴게요|드리겠습니다|합니다|할게요)|장담(?:합니다|해요|드립니다|하겠습니다)|\bI promise\b|\byou have my word\b/gi },
];

/** A hedged sentence states what is likely, not what is promised: sometimes, usually, 보통, 대부분. */
const HEDGE = /\b(?:sometimes|usually|often|typically|generally|normally|in most cases|most of the time|occasionally|may|might|could)\b|보통|대부분|대개|일반적으로|경우에\s?따라|때에\s?따라|때때로|가끔|종종|수도\s?있/i;
/** A sentence about what a third party does (the bank, the card company, the courier) is no promise of ours. */
const THIRD_PARTY = /\b(?:the|your)\s+(?:bank|card (?:company|issuer)|issuer|courier|carrier|post office|provider|manufacturer|airline|insurer)\b|(?:카드사|은행|택배사|배송사|운송사|결제사|PG사|제조사|항공사|보험사|통신사)(?:에서|에서는|가|는|이|의|측)/i;

/** Nouns before 즉시 that make it "as soon as": 확인 즉시 안내해 드리겠습니다 ties the time to an event. */
const EVENTS_BEFORE = new Set(['확인', '입금', '접수', '수령', '도착', '완료', '결제', '승인', '입고', '출고', '회신', '확정', '요청', '신청', '문의', '주문', '구매']);

/** A sentence that asks the customer to do something states a requirement, not a promise (반드시 신분증을 지참해 주세요, Never share your code). */
const REQUEST = /(?:주세요|주십시오|하세요|하십시오|마세요|마십시오|바랍니다|부탁드립니다|부탁드려요|필요합니다|필요해요|야\s*합니다|야\s*해요)$|^please\b|^(?:never|always)\s+(?:share|give|keep|bring|tell|send|use|click|open|enter|check|call|ask|write|save|forget|leave|let|make|read|reply|pay|install|update|change|reset|log|sign|remember|contact|include|type|print|store|post|show|hand|disclose|reuse)\b/i;

const TIME_FRAME = /\d.*(?:영업일|일|시간|분|주|개월|business days?|days?|hours?|minutes?|weeks?)/i;

/** A promise the team cannot keep every time costs more trust than a realistic one ever would. */
export default {
  id: 'risky-promise',
  severity: 'warn',
  description: 'A `say` promises the absolute: 반드시, 무조건, 100%, 절대, 즉시, guarantee, always, never, immediately …',
  messages: {
    absolute: {
      en: '"{{word}}" promises the absolute, and one exception breaks the customer\'s trust. Drop it and say what you will do and what happens next (e.g. "I have asked the card company to check, and will text you the result").',
      ko: '"{{word}}"처럼 절대적인 약속은 예외가 한 번만 생겨도 고객의 신뢰를 잃게 합니다. 이 말을 빼고 할 일과 다음 단계를 말해 주세요(예: "카드사에 확인을 요청해 두었고, 결과를 문자로 알려 드리겠습니다").',
    },
    instant: {
      en: '"{{word}}" promises it happens at once, which the agent cannot control. Give the time frame the playbook states instead, e.g. "within {{fact}}" ({{value}}).',
      ko: '"{{word}}"처럼 곧바로 처리된다고 약속하면 상담원이 어쩔 수 없는 일까지 장담하게 됩니다. 플레이북에 정한 기한으로 말해 주세요. 예: "{{fact}} 안에"({{value}})',
    },
    instantNoFact: {
      en: '"{{word}}" promises it happens at once, which the agent cannot control. Give a realistic time frame instead: add it under `facts` (e.g. `reply_window: 1영업일`) and say "within {{facts.reply_window}}".',
      ko: '"{{word}}"처럼 곧바로 처리된다고 약속하면 상담원이 어쩔 수 없는 일까지 장담하게 됩니다. 지킬 수 있는 기한으로 말해 주세요. 기한을 `facts`에 적고(예: `reply_window: 1영업일`) 문구에는 "{{facts.reply_window}} 안에"라고 씁니다.',
    },
  },
  examples: {
    bad: ['  - kind: explanation', '    say: 환불은 즉시 처리되며, 100% 입금을 보장합니다.'].join('\n'),
    good: ['  - kind: explanation', '    say: 환불은 카드사 처리에 따라 {{facts.refund_window}} 안에 입금됩니다.'].join('\n'),
  },
  check(context) {
    const words = riskyWordsOf(context.config.words.riskyPromise);
    for (const playbook of context.playbooks) {
      let timeFrame: ReturnType<typeof timeFrameFact> | null = null; // looked up at the first finding
      for (const { script, path } of scriptsOf(playbook.data)) {
        // `step` undefined: the subject.
        const checkText = (plain: string, step?: number) => {
          for (const { word, risk } of riskyWordsIn(plain, words)) {
            if (timeFrame === null) timeFrame = timeFrameFact(playbook.data);
            const messageId = risk === 'absolute' ? 'absolute' : timeFrame ? 'instant' : 'instantNoFact';
            const at: DataPath = step === undefined ? [...path, 'subject'] : [...path, 'steps', step, 'say'];
            context.report({ at: playbook, path: at, messageId, data: { word, ...timeFrame } });
          }
        };
        if (script.subject !== undefined) checkText(plainTextOf(script.subject));
        const plainSays = plainSaysOf(script.steps, context.playbooks);
        for (let index = 0; index < script.steps.length; index++) {
          const plain = plainSays.of(index);
          // Most says hold no risky word: settled here, with no call or iterator for an empty list.
          if (words.mayMatch(plain)) checkText(plain, index);
        }
      }
    }
  },
} satisfies Rule;

/** The built-in words and a project's `words.riskyPromise`, with one test that any of them needs to match. */
interface RiskyWords {
  list: readonly RiskyWord[];
  mayMatch(sentence: string): boolean;
}

// Compiled once per list of configured words; the last list is known by identity, without a key per file.
const WORD_LISTS = new Map<string, RiskyWords>();
let lastConfigured: readonly string[] | undefined;
let lastWords: RiskyWords | undefined;

function riskyWordsOf(configured: readonly string[]): RiskyWords {
  if (configured === lastConfigured) return lastWords!;
  lastConfigured = configured;
  lastWords = wordListOf(configured);
  return lastWords;
}

function wordListOf(configured: readonly string[]): RiskyWords {
  const key = JSON.stringify(configured);
  let words = WORD_LISTS.get(key);
  if (words === undefined) {
    const extra = configured.map((word): RiskyWord => ({ risk: 'absolute', pattern: wordPattern(word) }));
    const list = [...RISKY_WORDS, ...extra];
    words = { list, mayMatch: anyOf(list.map(({ pattern }) => pattern)) };
    if (WORD_LISTS.size >= 16) WORD_LISTS.clear();
    WORD_LISTS.set(key, words);
  }
  return words;
}

/** A test that passes exactly where one of the patterns matches: their alternation, one per set of flags. */
function anyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  const sources = new Map<string, string[]>();
  for (const { source, flags } of patterns) {
    const plain = flags.replace(/[gy]/g, '');
    sources.set(plain, [...(sources.get(plain) ?? []), `(?:${source})`]);
  }
  const alternations = [...sources].map(([flags, each]) => new RegExp(each.join('|'), flags));
  const [only] = alternations;
  if (alternations.length === 1) return (text) => only!.test(text); // the built-in words, all case-insensitive
  return (text) => {
    for (const alternation of alternations) if (alternation.test(text)) return true;
    return false;
  };
}

const NONE: readonly { word: string; risk: Risk }[] = [];

/** Each risky word of a text (as plainTextOf gave it) once, in the order they appear, outside quotes and requests to the customer. */
function riskyWordsIn(plain: string, { list: words, mayMatch }: RiskyWords): readonly { word: string; risk: Risk }[] {
  if (!mayMatch(plain)) return NONE; // no sentence holds what the whole text does not
  const found = new Map<string, { word: string; risk: Risk }>();
  for (const sentence of sentencesOfPlain(plain)) {
    // Most sentences hold no risky word: one test before the request check and a pass per word.
    if (!mayMatch(sentence)) continue;
    if (REQUEST.test(withoutTrail(sentence))) continue;
    if (HEDGE.test(sentence) || THIRD_PARTY.test(sentence)) continue;
    const matches = words.flatMap(({ risk, pattern, isFalseAlarm }) =>
      [...sentence.matchAll(pattern)]
        .filter((match) => !isFalseAlarm?.(sentence, match.index, match[0]))
        .map((match) => ({ word: match[0], risk, index: match.index })),
    );
    for (const { word, risk } of matches.sort((a, b) => a.index - b.index)) {
      if (!found.has(word.toLowerCase())) found.set(word.toLowerCase(), { word, risk });
    }
  }
  return [...found.values()];
}

/** 즉시 is no promise inside a name (즉시할인, 즉시 할인) or after an event (확인 즉시, 입금되는 즉시: "as soon as"). */
function isNotInstant(sentence: string, index: number, match: string): boolean {
  const after = sentence.slice(index + match.length, index + match.length + 10);
  const beforeText = sentence.slice(Math.max(0, index - 30), index);
  if (/^[가-힣]|^\s*할인/.test(after) || /[가-힣]$/.test(beforeText)) return true;
  const previous = beforeText.trim().split(/\s+/).at(-1) ?? '';
  // Verb forms only: in 환불은 즉시 the 은 marks the topic, and the promise stands.
  return EVENTS_BEFORE.has(previous) || /(?:되는|하는|받는|오는|나는|된|한|받은|나온|들어온)$/.test(previous);
}

/** A config word, matched whole when it is a plain word in Latin letters. */
function wordPattern(word: string): RegExp {
  const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s*`);
  return new RegExp(/^[A-Za-z][A-Za-z\s'-]*$/.test(word) ? String.raw`\b${escaped}\b` : escaped, 'gi');
}

/** The first fact that reads as a time frame (trace_reply: 1영업일), to suggest instead of "즉시". */
function timeFrameFact(playbook: Playbook): { fact: string; value: string } | undefined {
  const entry = Object.entries(playbook.facts ?? {}).find(([, value]) => TIME_FRAME.test(String(value)));
  return entry && { fact: `{{facts.${entry[0]}}}`, value: String(entry[1]) };
}
