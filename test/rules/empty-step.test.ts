import { describe, expect, it } from 'vitest';
import rule, { EMPTY_MARKERS, markerOf } from '../../src/rules/empty-step.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

/** A chat script of explanation steps; the first `say` is on line 14, column 18. */
function chat(...says: string[]): string {
  return ['      chat:', '        steps:', ...says.flatMap((say) => ['          - kind: explanation', `            say: ${say}`])].join('\n');
}

testRule(rule, {
  valid: [
    {
      name: 'written steps, one that mentions a pending decision in a full sentence',
      yaml: playbookWith({
        scripts: chat(
          '환불은 카드사 처리에 따라 {{facts.refund_window}}가 걸립니다.',
          '보상 금액은 아직 미정이라, 결정되는 대로 문자로 안내해 드리겠습니다.',
          '"TODO 리스트 앱 구독 해지 문의 주셔서 감사합니다."',
        ),
      }),
    },
    {
      name: 'an English step and one that is only a placeholder',
      yaml: playbookWith({ scripts: chat('Thanks for waiting. The refund is on its way.', '"{{customer_name}}님"') }),
    },
    {
      name: 'suppressed with a reason',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: explanation',
          '            # servicebook-disable-next-line empty-step -- 법무팀 검토 후 문구 확정 예정',
          '            say: TBD',
        ].join('\n'),
      }),
    },
  ],
  invalid: [
    {
      name: 'an empty say',
      yaml: playbookWith({ scripts: chat('""') }),
      errors: [
        {
          messageId: 'blank',
          line: 14,
          column: 18,
          endLine: 14,
          endColumn: 20,
          message: 'This step has nothing to say: `say` is blank. Write what the agent says or writes to the customer here, or remove the step.',
        },
      ],
    },
    {
      name: 'a say of spaces only',
      yaml: playbookWith({ scripts: chat('"   "') }),
      errors: [{ messageId: 'blank', line: 14, column: 18 }],
    },
    {
      name: 'TODO alone, any case',
      yaml: playbookWith({ scripts: chat('todo') }),
      errors: [{ messageId: 'marker', line: 14, column: 18, endColumn: 22, data: { marker: 'TODO' }, message: /only the draft marker "TODO"/ }],
    },
    {
      name: 'a Korean marker in brackets, and one followed by a note to the writer',
      yaml: playbookWith({ scripts: chat('"[미정]"', '"작성 예정: 환불 일정 확정 후 채울 것"') }),
      errors: [
        { messageId: 'marker', line: 14, column: 18, data: { marker: '미정' } },
        { messageId: 'marker', line: 16, column: 18, data: { marker: '작성 예정' } },
      ],
    },
    {
      name: 'FIXME before a colon, in a block scalar on the second step',
      yaml: playbookWith({
        scripts: [
          '      chat:',
          '        steps:',
          '          - kind: empathy',
          '            say: 환불이 늦어져 불편을 드려 죄송합니다.',
          '          - kind: explanation',
          '            say: |',
          '              FIXME: 카드사별 환불 기간 확인 필요',
        ].join('\n'),
      }),
      errors: [{ messageId: 'marker', line: 16, column: 18, endLine: 17, data: { marker: 'FIXME' } }],
    },
    {
      name: 'punctuation only',
      yaml: playbookWith({ scripts: chat('"???"', '"..."') }),
      errors: [
        { messageId: 'marker', line: 14, column: 18, data: { marker: '???' } },
        { messageId: 'noWords', line: 16, column: 18, data: { text: '...' }, message: /`say` is only "\.\.\."/ },
      ],
    },
    {
      name: 'a marker from servicebook.yaml `words.emptyMarkers`',
      yaml: playbookWith({ scripts: chat('"(작성 중)"') }),
      config: { words: { riskyPromise: [], emptyMarkers: ['작성 중'] } },
      errors: [{ messageId: 'marker', line: 14, column: 18, data: { marker: '작성 중' } }],
    },
  ],
});

describe('markerOf', () => {
  it.each(['TODO', '[TODO]', '**TBD**', 'TODO.', '- XXX', 'todo: 환불 안내 문구', '[TBD] 보상 기준', 'TBD - 보상 기준', '미정', '(미정)', '작성예정', '「미정」'])(
    '%s is a marker',
    (say) => {
      expect(markerOf(say, EMPTY_MARKERS)).toBeDefined();
    },
  );

  it.each(['보상 금액은 아직 미정입니다.', 'TODO 리스트 앱 문의 감사합니다.', '미정산 금액을 확인해 드리겠습니다.', 'XXX님'])('%s is not', (say) => {
    expect(markerOf(say, EMPTY_MARKERS)).toBeUndefined();
  });
});
