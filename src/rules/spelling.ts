import { finalOf } from './hangul.js';
import { maskedText } from './sentences.js';
import { forEachAgentText, type Rule } from './types.js';

interface Misspelling {
  pattern: RegExp;
  /** The correction of the match; undefined where the match turns out to be fine. */
  correct: (match: RegExpExecArray) => string | undefined;
}

const same = (word: string) => () => word;

/**
 * Misspellings trainers correct in every new agent's scripts (국립국어원 표준국어대사전, 한글 맞춤법), each
 * matched only where it cannot be another word, so that the correction is certain.
 */
const MISSPELLINGS: readonly Misspelling[] = [
  { pattern: /안되요/g, correct: same('안 돼요') },
  { pattern: /되요/g, correct: same('돼요') },
  { pattern: /됬/g, correct: same('됐') },
  { pattern: /뵈요/g, correct: same('봬요') },
  // 할께요, 드릴께요: ㄹ before 께 is the future ending ㄹ게, never 께 (to, honorific).
  { pattern: /(?<![가-힣])([가-힣]+)께(?=요|[\s.,!?~]|$)/g, correct: (m) => (finalOf(m[1]!.at(-1)) === 'ㄹ' ? `${m[1]}게` : undefined) },
  { pattern: /(?<![가-힣])([가-힣]+)껄요/g, correct: (m) => (finalOf(m[1]!.at(-1)) === 'ㄹ' ? `${m[1]}걸요` : undefined) },
  { pattern: /안\s?되서/g, correct: same('안 돼서') },
  { pattern: /되서(?!류)/g, correct: same('돼서') },
  { pattern: /몇\s?일(?![본정반])/g, correct: same('며칠') },
  { pattern: /어떻해/g, correct: same('어떡해') },
  { pattern: /금새/g, correct: same('금세') },
  { pattern: /바램/g, correct: same('바람') },
  { pattern: /역활/g, correct: same('역할') },
  { pattern: /왠만/g, correct: same('웬만') },
  { pattern: /왠일/g, correct: same('웬일') },
  { pattern: /어의없/g, correct: same('어이없') },
  { pattern: /희안/g, correct: same('희한') },
  { pattern: /오랫만/g, correct: same('오랜만') },
  { pattern: /문안(?=하[고다네죠지])/g, correct: same('무난') },
  // A polite ending typed with the next key's ㄱ: 하십닉까, 있습닉까.
  { pattern: /([십습])닉(까|다)/g, correct: (m) => `${m[1]}니${m[2]}` },
  { pattern: /일일히/g, correct: same('일일이') },
  { pattern: /깨끗히/g, correct: same('깨끗이') },
  { pattern: /틈틈히/g, correct: same('틈틈이') },
  { pattern: /구지(?=\s)/g, correct: same('굳이') },
  { pattern: /않(하|해|했|되|돼|됐|될|된)/g, correct: (m) => `안 ${m[1]}` },
  { pattern: /([있없었겠했])(?:읍|슴)니다/g, correct: (m) => `${m[1]}습니다` },
  { pattern: /(감사|죄송|안내|확인|연락)함니다/g, correct: (m) => `${m[1]}합니다` },
  { pattern: /고맙(?:슴|읍)니다/g, correct: same('고맙습니다') },
  // A polite request typed with ㅐ: 기다려 주새요, 확인하새요.
  { pattern: /(주|하|보|으|계|드|시|오|가)새요/g, correct: (m) => `${m[1]}세요` },
  // 결재 is an approval; a payment is 결제.
  { pattern: /결재(?=\s?(?:금액|하신|하실|수단|취소|내역|완료|방법|대금|가\s?완료|가\s?취소|해\s?주|하시|된|되))/g, correct: same('결제') },
  { pattern: /(카드|현금|휴대폰|계좌)\s?결재/g, correct: (m) => m[0].replace('결재', '결제') },
  { pattern: /\brecieve/gi, correct: (m) => m[0].replace(/ie/i, (x) => (x === 'IE' ? 'EI' : 'ei')) },
  { pattern: /\bseperate/gi, correct: (m) => m[0].replace(/epe/i, 'epa') },
  { pattern: /\bdefinately\b/gi, correct: same('definitely') },
  { pattern: /\boccured\b/gi, correct: same('occurred') },
  { pattern: /\buntill\b/gi, correct: same('until') },
  { pattern: /\baccomodat/gi, correct: (m) => m[0].replace(/omod/i, 'ommod') },
  { pattern: /\btomm?orr?ow\b/gi, correct: (m) => (/^tomorrow$/i.test(m[0]) ? undefined : 'tomorrow') },
  { pattern: /\bsincerly\b/gi, correct: same('sincerely') },
];

/** Every syllable whose final is ㄹ (갈, 걸 … 할, 힐): one in 28 from 갈 (U+AC08). */
const RIEUL_FINAL = Array.from({ length: 399 }, (_, index) => String.fromCharCode(0xac08 + 28 * index)).join('');

/**
 * What every misspelling holds, as plain text: one test passes the texts that hold none (almost all of them).
 * 께 counts only after a syllable ending in ㄹ (할께), tested backwards from 께 alone, so that 고객님께 passes
 * no text. tomorrow spelt right passes none; a tomorow (one m, one r) passes on its own (the test before 0.2
 * passed it only beside a tomorr, so a text whose only slip was tomorow went unreported).
 */
const KOREAN_MAY_HOLD =
  `되[요서]|됬|뵈요|께(?<=[${RIEUL_FINAL}]께)|껄요|몇\\s?일|어떻해|금새|바램|역활|왠[만일]|어의없|희안|오랫만|문안하|닉[까다]|` +
  '일일히|깨끗히|틈틈히|구지|않[하해했되돼됐될된]|[읍슴]니다|함니다|새요|결재';
const ENGLISH_MAY_HOLD = String.raw`recie|seper|definat|occured|untill|accomod|tomm|sincerl|tomorow`;
// Two groups, not one list: V8 passes over a group with one test of a character (a syllable starts no English word).
const MAY_HOLD = new RegExp(`(?:${KOREAN_MAY_HOLD})|(?:${ENGLISH_MAY_HOLD})`, 'i');

/** A misspelling in what the customer reads tells them nobody checked what they were sent. */
export default {
  id: 'spelling',
  severity: 'warn',
  description: 'A common misspelling in what the customer reads (되요→돼요, 됬→됐, 할께요→할게요, 몇일→며칠 …); the message gives the correction.',
  messages: {
    misspelt: {
      en: '"{{word}}" is misspelt: write "{{correction}}".',
      ko: '"{{word}}"은(는) 맞춤법에 맞지 않습니다. "{{correction}}"(으)로 고쳐 주세요.',
    },
  },
  examples: {
    bad: ['  - kind: follow-up', '    say: 확인되는 대로 연락드릴께요. 몇일 걸릴 수 있어요.'].join('\n'),
    good: ['  - kind: follow-up', '    say: 확인되는 대로 연락드릴게요. 며칠 걸릴 수 있어요.'].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      forEachAgentText(playbook.data, MAY_HOLD, ({ text, path }) => {
        const masked = maskedText(text);
        for (const found of misspellingsIn(masked)) {
          const within = [found.index, found.index + found.word.length] as const;
          context.report({
            at: playbook,
            path,
            within,
            messageId: 'misspelt',
            data: { word: found.word, correction: found.correction },
            fix: { within, text: found.correction },
          });
        }
      });
    }
  },
} satisfies Rule;

/** Each misspelling of a text with its correction, in order; where two overlap, the first and longest. */
export function misspellingsIn(text: string): { word: string; correction: string; index: number }[] {
  const found: { word: string; correction: string; index: number }[] = [];
  for (const { pattern, correct } of MISSPELLINGS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const correction = correct(match);
      if (correction === undefined || correction === match[0]) continue;
      const [start, end] = [match.index, match.index + match[0].length];
      if (found.some((other) => start < other.index + other.word.length && other.index < end)) continue;
      found.push({ word: match[0], correction, index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
