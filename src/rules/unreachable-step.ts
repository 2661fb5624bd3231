import { stepLabel, unreachableSteps } from '../model/flow.js';
import { scriptsOf, type Rule } from './types.js';

/** A line no conversation can reach is never said, and usually means a goto points the wrong way. */
export default {
  id: 'unreachable-step',
  severity: 'warn',
  description: 'No path from the first step reaches a step.',
  messages: {
    unreachable: {
      en: '{{channel}}: no conversation ever reaches step {{number}} ({{step}}): the steps before it end the conversation or jump past it. Point a goto or a reply at it (give it an `id`), or remove it.',
      ko: '{{channel}}: {{number}}번째 단계({{step}})에는 어떤 대화도 도달하지 않습니다. 앞 단계에서 대화가 끝나거나 goto가 이 단계를 건너뜁니다. 이 단계에 `id`를 붙여 goto나 답변이 이곳으로 오게 하거나, 단계를 지우세요.',
    },
  },
  examples: {
    bad: [
      'steps:',
      '  - kind: explanation',
      '    say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
      '    goto: promise',
      '  - kind: action                # skipped by the goto above',
      '    say: 카드사에 확인 요청을 넣어 두겠습니다.',
      '  - id: promise',
      '    kind: follow-up',
      '    say: 내일 오후 3시까지 처리 결과를 문자로 안내해 드리겠습니다.',
    ].join('\n'),
    good: [
      'steps:',
      '  - kind: explanation',
      '    say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
      '  - kind: action',
      '    say: 카드사에 확인 요청을 넣어 두겠습니다.',
      '  - id: promise',
      '    kind: follow-up',
      '    say: 내일 오후 3시까지 처리 결과를 문자로 안내해 드리겠습니다.',
    ].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      for (const { channel, script, path, graph } of scriptsOf(playbook.data)) {
        for (const index of unreachableSteps(graph)) {
          const step = script.steps[index]!;
          context.report({
            at: playbook,
            path: [...path, 'steps', index],
            messageId: 'unreachable',
            data: { channel, number: index + 1, step: stepLabel(step) },
          });
        }
      }
    }
  },
} satisfies Rule;
