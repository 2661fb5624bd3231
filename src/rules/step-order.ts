import { describePath, hasStepOfKind, pathWhereComesFirst, stepLabel } from '../model/flow.js';
import type { StepKind } from '../model/types.js';
import { pathFlow } from './path-flow.js';
import { requiredKindsFor } from './required-kinds.js';
import { scriptsOf, type Rule } from './types.js';

/**
 * The order the domain asks for: acknowledge the feeling, then explain, then promise what comes next. Empathy
 * first only where the scenario requires empathy: a notice states the facts first.
 */
const ORDERS: readonly { kind: StepKind; before: StepKind; messageId: string; onlyWhereRequired?: boolean }[] = [
  { kind: 'explanation', before: 'empathy', messageId: 'explanationBeforeEmpathy', onlyWhereRequired: true },
  { kind: 'follow-up', before: 'explanation', messageId: 'followUpBeforeExplanation' },
];

export default {
  id: 'step-order',
  severity: 'warn',
  description:
    'On some path that passes both kinds, a follow-up comes before the first explanation, or (where the required kinds include empathy) an explanation before the first empathy.',
  messages: {
    explanationBeforeEmpathy: {
      en: '{{channel}}: on the path {{path}}, the explanation at step {{number}} ({{step}}) comes before any empathy. A customer who is upset hears an explanation only once they feel heard: put an empathy step before it on this path.',
      ko: '{{channel}}: {{path}} 경로에서는 {{number}}번째 단계({{step}})의 설명이 공감보다 먼저 나옵니다. 속상한 고객은 마음을 알아준다고 느낀 뒤에야 설명을 듣습니다. 이 경로에서 설명 앞에 공감 단계를 넣으세요.',
    },
    followUpBeforeExplanation: {
      en: '{{channel}}: on the path {{path}}, the follow-up at step {{number}} ({{step}}) comes before any explanation. Promise the next step only after the customer knows the problem and its solution: put an explanation step before it on this path.',
      ko: '{{channel}}: {{path}} 경로에서는 {{number}}번째 단계({{step}})의 후속 안내가 설명보다 먼저 나옵니다. 고객이 문제와 해결 방법을 들은 뒤에 다음 연락을 약속해야 합니다. 이 경로에서 후속 안내 앞에 설명 단계를 넣으세요.',
    },
  },
  examples: {
    bad: [
      'steps:',
      '  - kind: explanation',
      '    say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
      '  - kind: empathy',
      '    say: 환불이 늦어져 답답하셨겠습니다. 죄송합니다.',
    ].join('\n'),
    good: [
      'steps:',
      '  - kind: empathy',
      '    say: 환불이 늦어져 답답하셨겠습니다. 죄송합니다.',
      '  - kind: explanation',
      '    say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
    ].join('\n'),
  },
  check(context) {
    const requiredKinds = requiredKindsFor(context.config);
    for (const playbook of context.playbooks) {
      for (const { scenario, channel, script, path, graph } of scriptsOf(playbook.data)) {
        for (const { kind, before, messageId, onlyWhereRequired } of ORDERS) {
          if (onlyWhereRequired && !requiredKinds(channel, scenario.purpose).includes(before)) continue;
          // A script without the earlier kind at all is required-steps' finding, not an ordering problem.
          if (!hasStepOfKind(graph, before)) continue;
          const early = pathWhereComesFirst(graph, kind, before);
          const offending = early?.at(-1);
          if (!early || !offending) continue;
          context.report({
            at: playbook,
            path: [...path, 'steps', offending.step, 'kind'],
            messageId,
            data: { channel, number: offending.step + 1, step: stepLabel(script.steps[offending.step]!), path: describePath(graph, early) },
            flow: pathFlow(path, graph, early),
          });
        }
      }
    }
  },
} satisfies Rule;
