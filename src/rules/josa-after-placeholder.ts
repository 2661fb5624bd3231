import { placeholdersIn } from '../model/text.js';
import { JOSA_PAIRS, particleAfter, type JosaPair } from './hangul.js';
import { maskedText } from './sentences.js';
import { forEachAgentText, type Rule } from './types.js';

/** A placeholder with a particle right after it: the texts without one (almost all) are passed after one test. */
const MAY_HOLD = /\}\}(?:[은는이가을를과와로나예]|으로)/;

/** The syllable each particle starts with. */
const PARTICLE_STARTS: ReadonlySet<number> = new Set(JOSA_PAIRS.flat().map((form) => form.charCodeAt(0)));

/** A particle right after a placeholder, in one form, and what follows it. */
export interface ParticleUse {
  pair: JosaPair;
  /** The form as written. */
  written: string;
  /** Offset of the particle in the text. */
  index: number;
  /** The placeholder before it. */
  name: string;
  isFact: boolean;
  raw: string;
}

/**
 * The particles written right after placeholders: a one-syllable particle counts only before a space, a
 * punctuation mark or the end (so {{date}}이후 is not read as 이), and the double form 을(를) / (을)를 is fine.
 */
export function particlesAfterPlaceholders(text: string): ParticleUse[] {
  const uses: ParticleUse[] = [];
  for (const placeholder of placeholdersIn(text)) {
    const at = placeholder.index + placeholder.raw.length;
    if (!PARTICLE_STARTS.has(text.charCodeAt(at))) continue; // most placeholders: 님, a space; (을)를 is written for both sounds
    // Read in place, by code where one character is asked about: no string for what follows each placeholder.
    for (const pair of JOSA_PAIRS) {
      const written = text.startsWith(pair[0], at) ? pair[0] : text.startsWith(pair[1], at) ? pair[1] : undefined;
      if (written === undefined) continue;
      const after = at + written.length;
      const other = pair[0] === written ? pair[1] : pair[0];
      if (text.startsWith(`(${other})`, after)) break; // 을(를)
      if (written.length === 1 && isSyllable(text.charCodeAt(after))) break;
      uses.push({ pair, written, index: at, name: placeholder.name, isFact: placeholder.isFact, raw: placeholder.raw });
      break;
    }
  }
  return uses;
}

/** A Hangul syllable (가 to 힣), as [가-힣] reads one. */
function isSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/** A particle for one sound after a value of any sound is wrong for half the customers it greets. */
export default {
  id: 'josa-after-placeholder',
  severity: 'warn',
  description: 'A Korean particle whose form depends on the sound before it (은/는, 이/가, 을/를 …) follows a placeholder whose value is unknown in one form only, or the wrong form after a fact.',
  messages: {
    unknownValue: {
      en: '"{{raw}}{{written}}": the particle depends on the value\'s last sound, which is not known when the script is written. Write both forms, "{{raw}}{{both}}", or a word that fits every value.',
      ko: '"{{raw}}{{written}}": 조사는 값의 끝소리(받침)에 따라 달라지는데, 스크립트를 쓸 때는 값을 알 수 없습니다. "{{raw}}{{both}}"처럼 두 형태를 함께 쓰거나, 어떤 값에도 맞는 말로 바꿔 주세요.',
    },
    wrongAfterFact: {
      en: '"{{raw}}{{written}}": the fact\'s value "{{value}}" takes "{{right}}", not "{{written}}".',
      ko: '"{{raw}}{{written}}": 값 "{{value}}" 뒤에는 "{{written}}"이 아니라 "{{right}}"이(가) 맞습니다.',
    },
  },
  examples: {
    bad: ['  - kind: explanation', '    say: 주문하신 {{product_name}}을 오늘 발송했습니다.'].join('\n'),
    good: ['  - kind: explanation', '    say: 주문하신 {{product_name}}을(를) 오늘 발송했습니다.'].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      const facts = playbook.data.facts ?? {};
      forEachAgentText(playbook.data, MAY_HOLD, ({ text, path }) => {
        for (const use of particlesAfterPlaceholders(maskedText(text))) {
          if (!use.isFact) {
            const within = [use.index, use.index + use.written.length] as const;
            context.report({ at: playbook, path, within, messageId: 'unknownValue', data: { raw: use.raw, written: use.written, both: bothForms(use.pair) } });
            continue;
          }
          if (!Object.hasOwn(facts, use.name)) continue; // unknown-placeholder's business
          const value = String(facts[use.name]);
          // A quantity with its unit (3~5영업일, 3,000원) is left alone: FORMAT.md's own example writes
          // "{{facts.refund_window}}가 걸립니다", so a figure is not held to one reading of its unit.
          if (/\d/.test(value) && /[가-힣]/.test(value)) continue;
          const right = particleAfter(value, use.pair);
          if (right === undefined || right === use.written) continue;
          const within = [use.index, use.index + use.written.length] as const; // built for a finding only: most facts take the right one
          context.report({ at: playbook, path, within, messageId: 'wrongAfterFact', data: { raw: use.raw, written: use.written, value, right }, fix: { within, text: right } });
        }
      });
    }
  },
} satisfies Rule;

/** Both forms as scripts write them: 을(를), 이(가); (으)로, (이)나, (이)라고 where one form holds the other. */
export function bothForms([withFinal, without]: JosaPair): string {
  return withFinal.endsWith(without) ? `(${withFinal.slice(0, -without.length)})${without}` : `${withFinal}(${without})`;
}
