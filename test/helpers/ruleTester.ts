/** Table-driven rule tests in the manner of ESLint's RuleTester: exact rule id, messageId and position. */
import { describe, expect, it } from 'vitest';
import { defaultConfig, type ProjectConfig } from '../../src/model/config.js';
import type { Finding } from '../../src/core/findings.js';
import { lint } from '../../src/engine/lint.js';
import type { Rule } from '../../src/rules/types.js';

export interface RuleCase {
  name: string;
  /** One file's YAML, or several files by name. */
  yaml: string | Record<string, string>;
  config?: Partial<ProjectConfig>;
}

export interface ExpectedFinding {
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message?: string | RegExp;
  data?: Record<string, string | number>;
  /** For multi-file cases: the file the finding is in. */
  filePath?: string;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
}

export function runRule(rule: Rule, testCase: RuleCase): (Finding & { filePath: string })[] {
  const files = typeof testCase.yaml === 'string' ? { 'test.yaml': testCase.yaml } : testCase.yaml;
  const inputs = Object.entries(files).map(([filePath, text]) => ({ filePath, text }));
  const config = { ...defaultConfig('/'), ...testCase.config };
  const results = lint(inputs, { config, mode: 'lint', rules: [rule], overrides: { [rule.id]: rule.severity } });
  const all = results.flatMap((result) => result.findings.map((finding) => ({ ...finding, filePath: result.filePath })));
  const invalidInput = all.filter((finding) => finding.ruleId === 'schema' || finding.ruleId === 'yaml-syntax');
  expect(invalidInput, `the fixture of "${testCase.name}" must be valid YAML and schema`).toEqual([]);
  return all.filter((finding) => finding.ruleId === rule.id);
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    if (cases.valid.length > 0) {
      it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_name, testCase) => {
        expect(runRule(rule, testCase)).toEqual([]);
      });
    }
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, testCase) => {
      const found = runRule(rule, testCase);
      expect(found).toHaveLength(testCase.errors.length);
      testCase.errors.forEach((expected, i) => {
        const { message, ...exact } = expected;
        expect(found[i]).toMatchObject({ ruleId: rule.id, ...exact });
        if (message !== undefined) expect(found[i]!.message).toMatch(message);
      });
    });
  });
}

/** A minimal valid playbook around one script, to keep rule fixtures short. */
export function playbookWith(options: {
  channels?: string[];
  scripts: string;
  extra?: string;
  id?: string;
  /** The scenario's purpose: one line more, after the scenario's id. */
  purpose?: string;
}): string {
  const channels = options.channels ?? ['chat'];
  return [
    'kind: playbook',
    'format: 1',
    `id: ${options.id ?? 'refund-delay'}`,
    'title: 환불 지연 문의 응대',
    `channels: [${channels.join(', ')}]`,
    ...(options.extra ? [options.extra] : []),
    'scenarios:',
    '  - id: refund-not-received',
    ...(options.purpose ? [`    purpose: ${options.purpose}`] : []),
    '    title: 환불 금액 미입금',
    '    when: 환불 승인 후 입금되지 않았다는 문의',
    '    scripts:',
    options.scripts,
    '',
  ].join('\n');
}

/**
 * Where a word is in a fixture, as a finding inside a scalar reports it: the 1-based line of its first
 * occurrence (from `after`, a text on that line or before it) and its columns. The fixture states the
 * expectation; the rule under test must find the same place.
 */
export function placeOf(yaml: string, word: string, after = ''): { line: number; column: number; endLine: number; endColumn: number } {
  const lines = yaml.split('\n');
  const from = after === '' ? 0 : lines.findIndex((line) => line.includes(after));
  for (let index = Math.max(from, 0); index < lines.length; index++) {
    const column = lines[index]!.indexOf(word, index === from && after !== '' ? lines[index]!.indexOf(after) : 0);
    if (column >= 0) return { line: index + 1, column: column + 1, endLine: index + 1, endColumn: column + 1 + word.length };
  }
  throw new Error(`"${word}" is not in the fixture`);
}
