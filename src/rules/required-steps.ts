import { describePath, pathSkipping } from '../model/flow.js';
import { pathFlow } from './path-flow.js';
import { hasKind } from '../model/types.js';
import { requiredKindsFor } from './required-kinds.js';
import { scriptsOf, type Rule } from './types.js';

/**
 * Empathy, explanation and follow-up must happen in every conversation, whichever way the customer answers;
 * a scenario with a purpose must pass its purpose's kinds instead (a notice: the explanation; a transfer: the
 * hand-over). A step of several kinds counts as each of them.
 */
export default {
  id: 'required-steps',
  severity: 'error',
  description: "Some path through a script never passes a required step kind (its scenario purpose's kinds, else required \"*\", plus the channel's); the message shows that path.",
  messages: {
    missing: {
      en: '{{channel}}: the script has no {{kind}} step at all, so the path {{path}} never reaches {{kind}}. Add a `kind: {{kind}}` step that every conversation passes.',
      ko: '{{channel}}: 스크립트에 {{kind}} 단계가 하나도 없어 {{path}} 경로가 {{kind}} 단계를 거치지 않습니다. 모든 대화가 지나가는 자리에 `kind: {{kind}}` 단계를 추가하세요.',
    },
    skipped: {
      en: '{{channel}}: the path {{path}} never reaches {{kind}}. Add a `kind: {{kind}}` step on this path, or point its goto to an existing {{kind}} step.',
      ko: '{{channel}}: {{path}} 경로가 {{kind}} 단계를 거치지 않습니다. 이 경로에 `kind: {{kind}}` 단계를 넣거나, goto를 기존 {{kind}} 단계로 이어 주세요.',
    },
  },
  examples: {
    bad: [
      'steps:',
      '  - kind: empathy',
      '    say: 환불이 늦어져 답답하셨겠습니다. 죄송합니다.',
      '  - id: explain',
      '    kind: explanation',
      '    say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
      '    replies:',
      '      - customer: 알겠어요.',
      '        goto: end          # this path never reaches follow-up',
      '      - customer: 언제 들어오는지 알려 주세요.',
      '        goto: promise',
      '  - id: promise',
      '    kind: follow-up',
      '    say: 내일 오후 3시까지 처리 결과를 문자로 안내해 드리겠습니다.',
      '    due: P1D',
    ].join('\n'),
    good: [
      'steps:',
      '  - kind: empathy',
      '    say: 환불이 늦어져 답답하셨겠습니다. 죄송합니다.',
      '  - id: explain',
      '    kind: explanation',
      '    say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
      '    replies:',
      '      - customer: 알겠어요.',
      '        goto: promise',
      '      - customer: 언제 들어오는지 알려 주세요.',
      '        goto: promise',
      '  - id: promise',
      '    kind: follow-up',
      '    say: 내일 오후 3시까지 처리 결과를 문자로 안내해 드리겠습니다.',
      '    due: P1D',
    ].join('\n'),
  },
  check(context) {
    const requiredKinds = requiredKindsFor(context.config);
    for (const playbook of context.playbooks) {
      for (const { scenario, channel, script, path, graph } of scriptsOf(playbook.data)) {
        for (const kind of requiredKinds(channel, scenario.purpose)) {
          const skipping = pathSkipping(graph, kind);
          if (!skipping) continue;
          context.report({
            at: playbook,
            path,
            messageId: script.steps.some((step) => hasKind(step, kind)) ? 'skipped' : 'missing',
            data: { channel, kind, path: describePath(graph, skipping) },
            flow: pathFlow(path, graph, skipping),
          });
        }
      }
    }
  },
} satisfies Rule;
