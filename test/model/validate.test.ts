/** Schema and syntax findings: rule id, exact line and column, a message a CS lead can act on. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config.js';
import { lint } from '../../src/engine/lint.js';

const validPlaybook = `kind: playbook
format: 1
id: refund-delay
title: 환불 지연 문의 응대
channels: [phone]
scenarios:
  - id: refund-not-received
    title: 환불 금액 미입금
    when: 환불 승인 후 입금되지 않았다는 문의
    scripts:
      phone:
        steps:
          - kind: empathy
            say: 많이 답답하셨겠습니다. 불편을 드려 죄송합니다.
`;

function validate(text: string) {
  const [result] = lint([{ filePath: 'playbooks/refund.yaml', text }], { config: defaultConfig('/'), mode: 'validate' });
  return result!.findings;
}

interface Case {
  name: string;
  yaml: string;
  expected: { ruleId: string; line: number; column: number; endLine?: number; endColumn?: number; message: RegExp }[];
}

const cases: Case[] = [
  { name: 'a valid playbook', yaml: validPlaybook, expected: [] },
  {
    name: 'a misspelt step kind suggests the nearest kind',
    yaml: validPlaybook.replace('kind: empathy', 'kind: empaty'),
    expected: [{ ruleId: 'schema', line: 13, column: 19, endLine: 13, endColumn: 25, message: /`empaty` is not a step kind.*did you mean `empathy`\?/ }],
  },
  {
    name: 'a missing say points at the step that lacks it',
    yaml: validPlaybook.replace('            say: 많이 답답하셨겠습니다. 불편을 드려 죄송합니다.\n', ''),
    expected: [{ ruleId: 'schema', line: 13, column: 13, message: /step 1 has no `say`/ }],
  },
  {
    name: 'an unknown field is named, at its key',
    yaml: validPlaybook.replace('title: 환불 지연 문의 응대', 'title: 환불 지연 문의 응대\ntitel: 중복'),
    expected: [{ ruleId: 'schema', line: 5, column: 1, endLine: 5, endColumn: 6, message: /`titel` is not a field of the document; did you mean `title`\?/ }],
  },
  {
    name: 'a bad id asks for kebab-case',
    yaml: validPlaybook.replace('id: refund-delay', 'id: Refund_Delay'),
    expected: [{ ruleId: 'schema', line: 3, column: 5, message: /kebab-case.*`refund-delay`/ }],
  },
  {
    name: 'a bad due duration',
    yaml: validPlaybook.replace('            say: 많이', '            due: tomorrow\n            say: 많이').replace('kind: empathy', 'kind: follow-up'),
    expected: [{ ruleId: 'schema', line: 14, column: 18, message: /`tomorrow` is not a duration/ }],
  },
  {
    name: 'an unsupported format version',
    yaml: validPlaybook.replace('format: 1', 'format: 2'),
    expected: [{ ruleId: 'schema', line: 2, column: 9, message: /Format 2 is not supported/ }],
  },
  {
    name: 'an unknown kind is a schema error, not a syntax error',
    yaml: 'kind: playbok\nformat: 1\n',
    expected: [{ ruleId: 'schema', line: 1, column: 7, message: /did you mean `playbook`\?/ }],
  },
  {
    name: 'a document with no kind',
    yaml: 'format: 1\nid: x\n',
    expected: [{ ruleId: 'schema', line: 1, column: 1, message: /has no `kind`/ }],
  },
  {
    name: 'a list where a mapping is expected',
    yaml: '- kind: playbook\n',
    expected: [{ ruleId: 'schema', line: 1, column: 1, message: /is a list, not a mapping/ }],
  },
  {
    name: 'a repeated key is yaml-syntax',
    yaml: validPlaybook.replace('format: 1', 'format: 1\nformat: 1'),
    expected: [{ ruleId: 'yaml-syntax', line: 3, column: 1, message: /key format appears twice/ }],
  },
  {
    name: 'a broken flow sequence is yaml-syntax',
    yaml: validPlaybook.replace('channels: [phone]', 'channels: [phone'),
    expected: [{ ruleId: 'yaml-syntax', line: 6, column: 1, message: /Flow sequence/ }],
  },
  {
    name: 'an empty file',
    yaml: '',
    expected: [{ ruleId: 'schema', line: 1, column: 1, message: /holds no document/ }],
  },
  {
    name: 'an alias bomb is stopped',
    yaml: ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n'),
    expected: [{ ruleId: 'yaml-syntax', line: 1, column: 1, message: /alias/i }],
  },
];

describe('validate', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    const findings = validate(testCase.yaml);
    expect(findings).toHaveLength(testCase.expected.length);
    testCase.expected.forEach(({ message, ...position }, i) => {
      expect(findings[i]).toMatchObject(position);
      expect(findings[i]!.message).toMatch(message);
    });
  });

  describe('positions are right in every document and line ending', () => {
    const broken = validPlaybook.replace('kind: empathy', 'kind: empaty');
    const variants = [
      { name: 'second document of a file', text: `${validPlaybook}---\n${broken}`, line: 28 },
      { name: 'CRLF line endings', text: broken.replace(/\n/g, '\r\n'), line: 13 },
      { name: 'a byte order mark', text: `\uFEFF${broken}`, line: 13 },
      { name: 'a document start marker and a comment', text: `# 환불 시나리오\n---\n${broken}`, line: 15 },
    ];
    it.each(variants.map((v) => [v.name, v] as const))('%s', (_name, variant) => {
      const findings = validate(variant.text);
      expect(findings).toEqual([expect.objectContaining({ ruleId: 'schema', line: variant.line, column: 19, endLine: variant.line, endColumn: 25 })]);
    });
  });

  it('reports one problem per real mistake, however many the schema sees', () => {
    const findings = validate(validPlaybook.replace('say: 많이 답답하셨겠습니다. 불편을 드려 죄송합니다.', 'say: [죄송합니다]'));
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'schema', line: 14, column: 18, message: expect.stringMatching(/must be text, not a list/) })]);
  });
});

describe('repeated keys', () => {
  it('names the key and points at where it comes again, even when the first has no value', () => {
    const [result] = lint([{ filePath: 'p.yaml', text: 'kind: playbook\nplaceholders:\nplaceholders:\n  customer_name: 고객 성함\n' }], { config: defaultConfig('/'), mode: 'validate' });
    expect(result!.findings).toEqual([
      expect.objectContaining({ ruleId: 'yaml-syntax', line: 3, column: 1, endLine: 3, endColumn: 13, message: 'The key placeholders appears twice in this mapping: keep one.' }),
    ]);
  });
});
