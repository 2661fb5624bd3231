import { impoliteEnding, mayEndImpolitely } from './korean-endings.js';
import { endOfWords, finalWords, plainSaysOf, sentenceBoundsOfPlain } from './sentences.js';
import { scriptsOf, type Rule } from './types.js';

const UNFINISHED = /(?:…|⋯|\.{2,})\s*$/;
const CONNECTIVE = /(?:니까|는데|은데|인데|던데|지만|면서|어서|아서|해서|려고|도록|고|며|면)$/;
const HANGUL_SYLLABLE = /[가-힣]/;

/** 반말 or 해라체 toward a customer breaks the respect every channel owes them, whatever the channel's tone. */
export default {
  id: 'politeness',
  severity: 'warn',
  description: 'Korean `say` text ends a sentence in 반말 or 해라체 (확인해 줄게, 기다려, 됐니?, 처리한다.), never used toward a customer.',
  messages: {
    banmal: {
      en: 'A sentence ends in 반말 ("{{ending}}"), which is never used toward a customer. Write it in 합쇼체 or 해요체, e.g. "{{polite}}".',
      ko: '문장이 반말("{{ending}}")로 끝납니다. 고객에게는 반말을 쓰지 않습니다. 합쇼체나 해요체로 고쳐 주세요. 예: "{{polite}}"',
    },
    haera: {
      en: 'A sentence ends in 해라체, the plain written style ("{{ending}}"), which sounds curt or commanding to a customer. Write it in 합쇼체 or 해요체, e.g. "{{polite}}".',
      ko: '문장이 해라체("{{ending}}")로 끝납니다. 고객에게는 딱딱하거나 명령조로 들립니다. 합쇼체나 해요체로 고쳐 주세요. 예: "{{polite}}"',
    },
  },
  examples: {
    bad: ['  - kind: follow-up', '    say: 결과 나오면 문자로 알려 줄게.'].join('\n'),
    good: ['  - kind: follow-up', '    say: 결과가 나오면 문자로 알려 드리겠습니다.'].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      for (const { script, path } of scriptsOf(playbook.data)) {
        const plainSays = plainSaysOf(script.steps, context.playbooks);
        for (let index = 0; index < script.steps.length; index++) {
          if (!HANGUL_SYLLABLE.test(script.steps[index]!.say)) continue; // 반말 and 해라체 end in a Hangul word
          const plain = plainSays.of(index);
          const bounds = sentenceBoundsOfPlain(plain);
          for (let bound = 0; bound < bounds.length; bound += 2) {
            const start = bounds[bound]!;
            const end = bounds[bound + 1]!;
            const wordsEnd = endOfWords(plain, start, end);
            if (!mayEndImpolitely(plain, wordsEnd)) continue; // most sentences: settled before a word is cut out
            const words = finalWords(plain, start, wordsEnd);
            const ending = words && impoliteEnding(words.last, words.before);
            if (!words || !ending) continue;
            // "…확인해 보니까…": a connective before an ellipsis leaves the sentence unfinished, not in 반말.
            if (UNFINISHED.test(plain.slice(start, end)) && CONNECTIVE.test(words.last)) continue;
            const lead = words.before === undefined ? '' : `${words.before} `;
            const polite = ending.politeForms.map((form) => `${lead}${form}`).join('" / "');
            context.report({
              at: playbook,
              path: [...path, 'steps', index, 'say'],
              messageId: ending.style,
              data: { ending: `${lead}${words.last}`, polite },
            });
          }
        }
      }
    }
  },
} satisfies Rule;
