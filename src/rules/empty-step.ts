import { scriptsOf, type Rule } from './types.js';

/** Draft markers that stand in for a `say` nobody has written yet; servicebook.yaml `words.emptyMarkers` adds more. */
export const EMPTY_MARKERS = ['TODO', 'TBD', 'FIXME', 'XXX', '???', '미정', '작성 예정', '추후 작성'];

const OPENING = String.raw`[\s\[(<{【「『〈《*_~\x60"'“‘#-]*`;
const CLOSING = String.raw`[\s\])>}】」』〉》*_~\x60"'”’.!…-]*`;

/** An agent with an empty line has nothing to say: the step was never written. */
export default {
  id: 'empty-step',
  severity: 'error',
  description: '`say` is blank or only a marker such as TODO, TBD, FIXME, ???, 미정.',
  messages: {
    blank: {
      en: 'This step has nothing to say: `say` is blank. Write what the agent says or writes to the customer here, or remove the step.',
      ko: '이 단계의 `say`가 비어 있어 상담원이 할 말이 없습니다. 고객에게 말하거나 쓸 문구를 채우거나, 이 단계를 지워 주세요.',
    },
    noWords: {
      en: 'This step says nothing in words: `say` is only "{{text}}". Write what the agent says or writes to the customer, or remove the step.',
      ko: '이 단계의 `say`에는 "{{text}}"뿐이고 할 말이 없습니다. 고객에게 말하거나 쓸 문구를 채우거나, 이 단계를 지워 주세요.',
    },
    marker: {
      en: 'This step is not written yet: `say` holds only the draft marker "{{marker}}". Write what the agent says or writes to the customer, or remove the step.',
      ko: '아직 작성되지 않은 단계입니다. `say`에 작성 표시 "{{marker}}"만 있습니다. 고객에게 말하거나 쓸 문구를 채우거나, 이 단계를 지워 주세요.',
    },
  },
  examples: {
    bad: ['  - kind: explanation', '    say: "TODO: 환불 일정 안내 문구"'].join('\n'),
    good: ['  - kind: explanation', '    say: 환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다.'].join('\n'),
  },
  check(context) {
    const markers = [...EMPTY_MARKERS, ...context.config.words.emptyMarkers];
    for (const playbook of context.playbooks) {
      for (const { script, path } of scriptsOf(playbook.data)) {
        for (const [index, step] of script.steps.entries()) {
          const at = [...path, 'steps', index, 'say'];
          const text = step.say.trim();
          const marker = markerOf(text, markers);
          if (text === '') context.report({ at: playbook, path: at, messageId: 'blank' });
          else if (marker !== undefined) context.report({ at: playbook, path: at, messageId: 'marker', data: { marker } });
          // "???", "...", "-": punctuation alone is a placeholder too.
          else if (!/[\p{L}\p{N}]/u.test(text)) context.report({ at: playbook, path: at, messageId: 'noWords', data: { text } });
        }
      }
    }
  },
} satisfies Rule;

/**
 * The marker a `say` consists of: the marker alone ("TODO", "[미정]", "**TBD**"), or the marker in brackets
 * or before a colon, followed by a note to the writer ("TODO: 환불 일정 확인 후 작성", "[TBD] 보상 기준").
 */
export function markerOf(say: string, markers: readonly string[]): string | undefined {
  const text = say.trim();
  for (const marker of [...markers].sort((a, b) => b.length - a.length)) {
    const word = marker.trim().split(/\s+/).map(escapeRegExp).join(String.raw`\s*`);
    const alone = new RegExp(`^${OPENING}${word}${CLOSING}$`, 'iu');
    const leading = new RegExp(String.raw`^${OPENING}${word}(?:\s*[:：]|\s*[\])}】」』>]|\s+[-–—]\s)`, 'iu');
    const match = alone.exec(text) ?? leading.exec(text);
    if (match) return marker;
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
