import type { Playbook } from '../model/types.js';
import { scriptsOf, type DocumentRef, type PlaybookHead, type ProjectContext, type Rule, type RuleContext } from './types.js';

/** Ids are how manuals find playbooks and how gotos find steps: a second owner makes them ambiguous. */
export default {
  id: 'duplicate-id',
  severity: 'error',
  description: 'Two playbooks (or a manual and another document), two scenarios of one playbook, or two steps of one script share an id.',
  messages: {
    playbook: {
      en: 'Playbook id "{{id}}" is already taken by the playbook at {{first}}. Manuals find playbooks by id, so give this playbook an id of its own.',
      ko: '플레이북 id "{{id}}"는 {{first}}에 있는 플레이북이 이미 쓰고 있습니다. 매뉴얼은 id로 플레이북을 찾으므로 이 플레이북에는 다른 id를 붙이세요.',
    },
    manual: {
      en: 'Manual id "{{id}}" is already taken by the {{owner}} at {{first}}. Ids are unique among all documents linted together: give this manual an id of its own.',
      ko: '매뉴얼 id "{{id}}"는 {{first}}에 있는 {{owner}}이(가) 이미 쓰고 있습니다. 함께 검사하는 모든 문서의 id는 달라야 하니 이 매뉴얼에는 다른 id를 붙이세요.',
    },
    scenario: {
      en: 'Scenario id "{{id}}" is already used by scenario {{number}} of this playbook (line {{line}}). Give each scenario an id of its own.',
      ko: '시나리오 id "{{id}}"는 이 플레이북의 {{number}}번째 시나리오({{line}}행)가 이미 쓰고 있습니다. 시나리오마다 다른 id를 붙이세요.',
    },
    step: {
      en: 'Step id "{{id}}" is already used by step {{number}} of the {{channel}} script (line {{line}}); every goto to it would jump to that first step. Rename one of the two.',
      ko: '단계 id "{{id}}"는 {{channel}} 스크립트의 {{number}}번째 단계({{line}}행)가 이미 쓰고 있어, 이 id로 가는 goto는 모두 그 첫 단계로 갑니다. 둘 중 하나의 id를 바꾸세요.',
    },
  },
  examples: {
    bad: [
      'steps:',
      '  - id: explain',
      '    kind: explanation',
      '    say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
      '  - id: explain   # the same id again',
      '    kind: explanation',
      '    say: 카드사에 확인 요청을 넣어 두겠습니다.',
    ].join('\n'),
    good: [
      'steps:',
      '  - id: explain',
      '    kind: explanation',
      '    say: 환불은 카드사 처리에 따라 3~5영업일이 걸립니다.',
      '  - id: request-check',
      '    kind: explanation',
      '    say: 카드사에 확인 요청을 넣어 두겠습니다.',
    ].join('\n'),
  },
  checkProject(context) {
    checkPlaybookIds(context);
  },
  check(context) {
    for (const playbook of context.playbooks) {
      checkScenarioIds(context, playbook);
      checkStepIds(context, playbook);
    }
  },
} satisfies Rule;

function checkPlaybookIds(context: ProjectContext): void {
  const firstById = new Map<string, DocumentRef<PlaybookHead>>();
  for (const playbook of context.playbooks) {
    const first = firstById.get(playbook.data.id);
    if (!first) {
      firstById.set(playbook.data.id, playbook);
      continue;
    }
    const line = first.document.locate(['id']).line;
    context.report({ at: playbook, path: ['id'], messageId: 'playbook', data: { id: playbook.data.id, first: `${first.file.filePath}:${line}` } });
  }
  // A manual's id is checked against the playbooks and the manuals before it (FORMAT.md §1.1: unique among all documents).
  const owners = new Map<string, { at: DocumentRef<unknown>; owner: string }>();
  for (const [id, at] of firstById) owners.set(id, { at, owner: 'playbook' });
  for (const manual of context.manuals) {
    const first = owners.get(manual.data.id);
    if (!first) {
      owners.set(manual.data.id, { at: manual, owner: 'manual' });
      continue;
    }
    const where = `${first.at.file.filePath}:${first.at.document.locate(['id']).line}`;
    context.report({ at: manual, path: ['id'], messageId: 'manual', data: { id: manual.data.id, owner: first.owner, first: where } });
  }
}

function checkScenarioIds(context: RuleContext, playbook: DocumentRef<Playbook>): void {
  const scenarios = playbook.data.scenarios;
  for (const { index, firstIndex } of repeats(scenarios)) {
    const line = playbook.document.locate(['scenarios', firstIndex, 'id']).line;
    context.report({ at: playbook, path: ['scenarios', index, 'id'], messageId: 'scenario', data: { id: scenarios[index]!.id, number: firstIndex + 1, line } });
  }
}

function checkStepIds(context: RuleContext, playbook: DocumentRef<Playbook>): void {
  for (const { channel, script, path } of scriptsOf(playbook.data)) {
    for (const { index, firstIndex } of repeats(script.steps)) {
      const line = playbook.document.locate([...path, 'steps', firstIndex, 'id']).line;
      const data = { id: script.steps[index]!.id!, number: firstIndex + 1, channel, line };
      context.report({ at: playbook, path: [...path, 'steps', index, 'id'], messageId: 'step', data });
    }
  }
}

const NO_REPEATS: readonly { index: number; firstIndex: number }[] = [];

/** Every index whose id came before, with the index where it came first; missing ids never repeat. */
function repeats(items: readonly { id?: string }[]): readonly { index: number; firstIndex: number }[] {
  // Built at the first id, and the list at the first repeat: most scripts have no repeat, many have no id.
  let firstIndexById: Map<string, number> | undefined;
  let found: { index: number; firstIndex: number }[] | undefined;
  for (let index = 0; index < items.length; index++) {
    const id = items[index]!.id;
    if (id === undefined) continue;
    firstIndexById ??= new Map();
    const firstIndex = firstIndexById.get(id);
    if (firstIndex === undefined) firstIndexById.set(id, index);
    else (found ??= []).push({ index, firstIndex });
  }
  return found ?? NO_REPEATS;
}
