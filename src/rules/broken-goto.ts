import { closest } from 'fastest-levenshtein';
import type { DataPath } from '../core/findings.js';
import { scriptsOf, type Rule } from './types.js';

/** A goto to nowhere leaves the agent without a next line, mid-conversation. */
export default {
  id: 'broken-goto',
  severity: 'error',
  description: 'A `goto` names no step of its script.',
  messages: {
    unknownStep: {
      en: 'goto "{{target}}" names no step of the {{channel}} script. Did you mean "{{suggestion}}"? Steps you can jump to: {{ids}}, or `end` to end the conversation.',
      ko: 'goto "{{target}}"에 해당하는 단계가 {{channel}} 스크립트에 없습니다. 혹시 "{{suggestion}}" 아닌가요? 이동할 수 있는 단계: {{ids}}, 또는 대화를 끝내는 `end`.',
    },
    noStepIds: {
      en: 'goto "{{target}}" names no step of the {{channel}} script: no step there has an `id`. Give the step to jump to `id: {{target}}`, or use `end` to end the conversation.',
      ko: 'goto "{{target}}"에 해당하는 단계가 {{channel}} 스크립트에 없습니다. 이 스크립트에는 `id`가 있는 단계가 하나도 없습니다. 이동할 단계에 `id: {{target}}`처럼 id를 붙이거나, 대화를 끝내려면 `end`를 쓰세요.',
    },
  },
  examples: {
    bad: [
      '  - kind: explanation',
      '    say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
      '    goto: promse          # no step has this id',
      '  - id: promise',
      '    kind: follow-up',
      '    say: 내일 오후 3시까지 처리 결과를 문자로 안내해 드리겠습니다.',
    ].join('\n'),
    good: [
      '  - kind: explanation',
      '    say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
      '    goto: promise',
      '  - id: promise',
      '    kind: follow-up',
      '    say: 내일 오후 3시까지 처리 결과를 문자로 안내해 드리겠습니다.',
    ].join('\n'),
  },
  check(context) {
    for (const playbook of context.playbooks) {
      for (const { channel, script, path, graph } of scriptsOf(playbook.data)) {
        const { brokenGotos } = graph;
        if (brokenGotos.length === 0) continue;
        const ids = [...new Set(script.steps.flatMap((step) => (step.id === undefined ? [] : [step.id])))];
        for (const broken of brokenGotos) {
          const stepPath: DataPath = [...path, 'steps', broken.step];
          const gotoPath = broken.reply === undefined ? [...stepPath, 'goto'] : [...stepPath, 'replies', broken.reply, 'goto'];
          const data = { target: broken.target, channel };
          if (ids.length === 0) {
            context.report({ at: playbook, path: gotoPath, messageId: 'noStepIds', data });
            continue;
          }
          const suggestion = closest(broken.target, [...ids, 'end']);
          context.report({ at: playbook, path: gotoPath, messageId: 'unknownStep', data: { ...data, suggestion, ids: ids.join(', ') } });
        }
      }
    }
  },
} satisfies Rule;
