import { maskedText } from './sentences.js';
import { scriptsOf, type Rule } from './types.js';

/**
 * A refusal: 안 됩니다, 불가합니다, 할 수 없습니다, 어렵습니다, cannot … — not a warning to the customer
 * (…하시면 안 됩니다: "you must not"), nor a question.
 */
const REFUSAL =
  /안(?<!(?:면|으면|시면)\s?안)\s?(?:됩니다|돼요|되어요|되겠습니다|되십니다|되세요)|(?:해\s?)?드리지\s?않(?:습니다|아요)|어쩔\s?수\s?없|그런\s?[가-힣]+[은는]\s?없(?:습니다|어요|었습니다|었어요|었는데요|는데요)|불가(?:능)?(?:합니다|해요|하십니다|하오니|하여|입니다|이에요)|(?:할(?<![가-힣]할)|해\s?드릴|드릴|(?:처리|진행|환불|교환|취소|변경|접수|발급|예약|반품|지원)(?:해\s?드릴|할))\s?수\s?(?:없습니다|없어요|없는\s?점)|어렵(?:습니다|겠습니다|어요)|어려우(?:세요|십니다|시겠습니다)|힘듭니다|힘들어요|\b(?:cannot|can['’]t|can not|won['’]t be able to|unable to|not possible|not allowed|impossible)\b/gi;
/** What every refusal holds. */
const MAY_REFUSE = /안\s?되|안\s?됩|안\s?돼|불가|수\s?없|어렵|어려우|힘듭|힘들어|드리지\s?않|없(?:습니다|어요|었|는데)|cannot|can['’]t|can not|unable|not possible|not allowed|impossible|won['’]t be able/i;

/** What softens a refusal in the same step: 죄송하지만, 아쉽지만, 번거로우시겠지만, unfortunately, I'm sorry. */
const CUSHION = /죄송|송구|아쉽|안타깝|번거로우시|불편을\s?드려|양해|공교롭|유감|미안|unfortunately|(?:I['’]m|I am|we['’]re|we are)\s+(?:so\s+|very\s+|really\s+)?sorry|\bapolog|regret/i;
/** A way forward: 대신, 다른 방법으로, instead, what we can do — or something that can be done (가능합니다, 도와드리겠습니다). */
const ALTERNATIVE =
  /대신|다른\s?방법|방법으로|방법이\s?있|방법은|가능합니다|가능해요|가능하십니다|도와\s?드리|도움을\s?드리|안내해\s?드리|안내\s?드리|연결해\s?드리|해\s?드릴\s?수\s?있|드릴\s?수\s?있|하실\s?수\s?있|하시면|주시면|\binstead\b|what we can do|alternative|\byou can\b|\bwe can\b|\bI can\b|\boption/i;

/** A refusal with no cushion and no way forward reads as a closed door, and the customer escalates. */
export default {
  id: 'blunt-refusal',
  severity: 'warn',
  description: 'A `say` refuses (안 됩니다, 불가합니다, 할 수 없습니다, cannot …) with neither a cushion in the same step nor an alternative in the same step or the next one on every path.',
  messages: {
    blunt: {
      en: '"{{words}}" refuses with no cushion and no way forward. Soften it in the same step ("I\'m sorry, but…" / "죄송하지만") and offer what can be done instead, here or in the next step ("instead, we can…" / "대신 …해 드릴 수 있습니다").',
      ko: '"{{words}}"은(는) 완충 표현도 대안도 없는 거절입니다. 같은 단계에서 "죄송하지만", "아쉽지만"으로 누그러뜨리고, 이 단계나 다음 단계에서 "대신 …해 드릴 수 있습니다"처럼 할 수 있는 방법을 안내해 주세요.',
    },
  },
  examples: {
    bad: ['  - kind: explanation', '    say: 개봉한 상품은 환불이 안 됩니다.'].join('\n'),
    good: ['  - kind: explanation', '    say: 죄송하지만 개봉한 상품은 환불이 어렵습니다. 대신 같은 상품으로 교환해 드릴 수 있습니다.'].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      for (const { script, path, graph } of scriptsOf(playbook.data)) {
        let masked: string[] | undefined; // built at the first step that may refuse: most scripts have none
        for (let index = 0; index < script.steps.length; index++) {
          // Masking only blanks out, so a masked text that may refuse was one before it.
          const say = script.steps[index]!.say;
          if (typeof say !== 'string' || !MAY_REFUSE.test(say)) continue;
          const texts = (masked ??= script.steps.map((step) => (typeof step.say === 'string' ? maskedText(step.say) : '')));
          const text = texts[index]!;
          if (!MAY_REFUSE.test(text)) continue;
          const refusal = refusalIn(text);
          if (refusal === undefined || CUSHION.test(text) || ALTERNATIVE.test(text)) continue;
          const next = graph.edges[index]!.filter((edge) => edge.to !== 'end').map((edge) => edge.to as number);
          if (next.length > 0 && next.every((step) => ALTERNATIVE.test(texts[step]!))) continue;
          context.report({
            at: playbook,
            path: [...path, 'steps', index, 'say'],
            within: [refusal.index, refusal.index + refusal.words.length],
            messageId: 'blunt',
            data: { words: refusal.words },
          });
        }
      }
    }
  },
} satisfies Rule;

/** The first refusal of a masked text that is not a question. */
export function refusalIn(text: string): { words: string; index: number } | undefined {
  REFUSAL.lastIndex = 0;
  for (let match = REFUSAL.exec(text); match !== null; match = REFUSAL.exec(text)) {
    if (/^[^.!\n]*[?？]/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 3))) continue;
    return { words: match[0], index: match.index };
  }
  return undefined;
}
