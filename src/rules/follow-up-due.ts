import { kindBit } from '../model/types.js';
import { scriptsOf, type Rule } from './types.js';

const FOLLOW_UP = kindBit('follow-up');

/** A follow-up without a date is a promise nobody can keep on time: customers need a realistic timeline. */
export default {
  id: 'follow-up-due',
  severity: 'warn',
  description: 'A `follow-up` step has no `due`.',
  messages: {
    missingDue: {
      en: '{{channel}}: step {{number}}{{name}} is a follow-up with no `due`. Add when the follow-up happens, counted from the conversation, e.g. `due: P1D` (or 4h, 2d), so the team can keep the promise on time.',
      ko: '{{channel}}: {{number}}번째 단계{{name}}는 후속 안내인데 `due`가 없습니다. 상담 시점부터 언제 다시 연락하는지 `due: P1D`(또는 4h, 2d)처럼 적어 두어야 팀이 약속한 때에 후속 안내를 할 수 있습니다.',
    },
  },
  examples: {
    bad: [
      '  - kind: follow-up',
      '    say: 처리 결과를 문자로 다시 안내해 드리겠습니다.',
      '    via: sms',
    ].join('\n'),
    good: [
      '  - kind: follow-up',
      '    say: 내일 오후 3시까지 처리 결과를 문자로 다시 안내해 드리겠습니다.',
      '    due: P1D',
      '    via: sms',
    ].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      for (const { channel, script, path, graph } of scriptsOf(playbook.data)) {
        // The kinds as the flow rules read them: only a follow-up step is looked at.
        for (let index = 0; index < graph.stepKinds.length; index++) {
          if ((graph.stepKinds[index]! & FOLLOW_UP) === 0) continue;
          const step = script.steps[index]!;
          if (step.due !== undefined) continue;
          context.report({
            at: playbook,
            path: [...path, 'steps', index],
            messageId: 'missingDue',
            data: { channel, number: index + 1, name: step.id === undefined ? '' : ` "${step.id}"` },
          });
        }
      }
    }
  },
} satisfies Rule;
