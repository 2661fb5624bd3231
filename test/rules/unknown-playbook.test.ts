import rule from '../../src/rules/unknown-playbook.js';
import { playbookWith, testRule } from '../helpers/ruleTester.js';

const script = ['      chat:', '        steps:', '          - kind: empathy', '            say: 불편을 드려 죄송합니다.'].join('\n');

const playbooks = {
  'playbooks/refund-delay.yaml': playbookWith({ id: 'refund-delay', scripts: script }),
  'playbooks/double-charge.yaml': playbookWith({ id: 'double-charge', scripts: script }),
  'playbooks/billing-card-declined.yaml': playbookWith({ id: 'billing-card-declined', scripts: script }),
};

/** A manual whose chapters list the given playbook entries, one chapter per list. */
function manual(...chapters: string[][]): string {
  return [
    'kind: manual',
    'format: 1',
    'id: cs-handbook-2026',
    'title: 2026 고객 응대 표준 매뉴얼',
    'chapters:',
    ...chapters.flatMap((entries, i) => [`  - title: ${i + 1}장 결제와 환불`, '    playbooks:', ...entries.map((entry) => `      - ${entry}`)]),
    '',
  ].join('\n');
}

testRule(rule, {
  valid: [
    {
      name: 'suppressed with a reason on the line before the entry',
      yaml: {
        ...playbooks,
        'manual.yaml': manual(['refund-delay', 'refund-partial']).replace(
          '      - refund-partial',
          '      # servicebook-disable-next-line unknown-playbook -- 3월 개정판에서 추가될 플레이북\n      - refund-partial',
        ),
      },
    },
    { name: 'playbook ids', yaml: { ...playbooks, 'manual.yaml': manual(['refund-delay', 'double-charge']) } },
    { name: 'a pattern that matches', yaml: { ...playbooks, 'manual.yaml': manual(['"billing-*"', 'refund-delay']) } },
    { name: 'a brace pattern', yaml: { ...playbooks, 'manual.yaml': manual(['"{refund-delay,double-charge}"']) } },
    {
      name: 'a manual and its playbook in one file',
      yaml: `${playbookWith({ id: 'refund-delay', scripts: script })}---\n${manual(['refund-delay'])}`,
    },
  ],
  invalid: [
    {
      name: 'a misspelt id is offered the closest one',
      yaml: { ...playbooks, 'manual.yaml': manual(['refund-delay', 'double-chrage']) },
      errors: [
        {
          messageId: 'unknownId',
          filePath: 'manual.yaml',
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 22,
          data: { entry: 'double-chrage', suggestion: 'double-charge' },
          message:
            'No playbook linted with this manual has the id "double-chrage". Did you mean "double-charge"? Fix the id, or lint the manual together with the playbook that has it.',
        },
      ],
    },
    {
      name: 'a pattern that matches nothing, in the second chapter',
      yaml: { ...playbooks, 'manual.yaml': manual(['refund-delay'], ['"biling-*"']) },
      errors: [{ messageId: 'unmatchedPattern', filePath: 'manual.yaml', line: 11, column: 9, endColumn: 19, data: { entry: 'biling-*', suggestion: 'billing-card-declined' } }],
    },
    {
      name: 'a manual linted without any playbook',
      yaml: manual(['refund-delay', '"billing-*"']),
      errors: [
        { messageId: 'noPlaybooks', line: 8, column: 9, data: { entry: 'refund-delay' } },
        { messageId: 'noPlaybooks', line: 9, column: 9, data: { entry: 'billing-*' }, message: /no playbook was linted with this manual/ },
      ],
    },
    {
      name: 'a flow-style list',
      yaml: {
        ...playbooks,
        'manual.yaml': ['kind: manual', 'format: 1', 'id: cs-handbook-2026', 'title: 2026 고객 응대 표준 매뉴얼', 'chapters:', '  - title: 결제와 환불', '    playbooks: [refund-delay, refund-late]', ''].join('\n'),
      },
      errors: [{ messageId: 'unknownId', line: 7, column: 31, endColumn: 42, data: { entry: 'refund-late', suggestion: 'refund-delay' } }],
    },
  ],
});
