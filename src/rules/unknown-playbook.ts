import { closestId, idsNamedBy, isPattern } from './playbook-pattern.js';
import type { Rule } from './types.js';

/** A chapter that names a missing playbook prints a handbook with a hole where the trainee expects a script. */
export default {
  id: 'unknown-playbook',
  severity: 'error',
  description: 'A manual chapter names a playbook id (or a pattern) that matches no playbook.',
  messages: {
    unknownId: {
      en: 'No playbook linted with this manual has the id "{{entry}}". Did you mean "{{suggestion}}"? Fix the id, or lint the manual together with the playbook that has it.',
      ko: '이 매뉴얼과 함께 검사한 플레이북 중에 id가 "{{entry}}"인 것이 없습니다. 혹시 "{{suggestion}}" 아닌가요? id를 고치거나, 그 플레이북을 매뉴얼과 함께 검사하세요.',
    },
    unmatchedPattern: {
      en: 'The pattern "{{entry}}" matches no playbook linted with this manual (the closest id is "{{suggestion}}"). Fix the pattern, or lint the manual together with the playbooks it should collect.',
      ko: '패턴 "{{entry}}"에 맞는 플레이북이 이 매뉴얼과 함께 검사한 것 중에 없습니다(가장 비슷한 id: "{{suggestion}}"). 패턴을 고치거나, 이 장에 넣을 플레이북을 매뉴얼과 함께 검사하세요.',
    },
    noPlaybooks: {
      en: 'The chapter names "{{entry}}", but no playbook was linted with this manual. Lint the manual together with its playbooks (e.g. `servicebook lint manuals/ playbooks/`).',
      ko: '이 장은 "{{entry}}" 플레이북을 싣도록 되어 있지만, 매뉴얼과 함께 검사한 플레이북이 하나도 없습니다. 매뉴얼을 플레이북과 함께 검사하세요(예: `servicebook lint manuals/ playbooks/`).',
    },
  },
  examples: {
    bad: [
      'chapters:',
      '  - title: 결제와 환불',
      '    playbooks: [refund-dealy, "billing-*"]   # typo; no billing-… playbook',
    ].join('\n'),
    good: [
      'chapters:',
      '  - title: 결제와 환불',
      '    playbooks: [refund-delay, double-charge]',
    ].join('\n'),
  },
  checkProject(context) {
    const ids = [...new Set(context.playbooks.map((playbook) => playbook.data.id))];
    for (const manual of context.manuals) {
      for (const [chapterIndex, chapter] of manual.data.chapters.entries()) {
        for (const [entryIndex, entry] of chapter.playbooks.entries()) {
          if (idsNamedBy(entry, ids).length > 0) continue;
          const path = ['chapters', chapterIndex, 'playbooks', entryIndex];
          const suggestion = closestId(entry, ids);
          if (suggestion === undefined) {
            context.report({ at: manual, path, messageId: 'noPlaybooks', data: { entry } });
            continue;
          }
          context.report({ at: manual, path, messageId: isPattern(entry) ? 'unmatchedPattern' : 'unknownId', data: { entry, suggestion } });
        }
      }
    }
  },
} satisfies Rule;
