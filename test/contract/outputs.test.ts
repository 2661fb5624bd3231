/**
 * FORMAT.md §5: the machine-readable outputs — JSON (ESLint's shape), SARIF 2.1.0, JUnit, GitHub.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, GOOD, GOOD_EN, RECOMMENDED, lintJson, project, replace, sb, valueAt } from './support.js';

const RISKY = 'say: 반드시 내일 오후까지 처리 결과를 문자로 안내해 드리겠습니다.';
/** an error (no subject) and a warning (risky-promise) */
const BAD = replace(
  replace(GOOD, '        subject: "[고객센터] 주문 {{order_id}} 환불 진행 안내"\n', ''),
  'say: 내일 오후까지 처리 결과를 문자로 다시 안내해 드리겠습니다.',
  RISKY,
);
const WARN_ONLY = replace(GOOD_EN, "say: I will message you tomorrow with the courier's answer.", 'say: I guarantee it will arrive tomorrow.');

function fixture() {
  return project({ 'playbooks/refund.yaml': BAD, 'playbooks/late.yaml': WARN_ONLY, 'clean.yaml': replace(GOOD, 'id: refund-delay', 'id: refund-delay-v2') });
}
const FILES = ['playbooks/refund.yaml', 'playbooks/late.yaml', 'clean.yaml'];

describe('--format json', () => {
  it("is one JSON array in ESLint's shape, every linted file present, also when clean", () => {
    const dir = fixture();
    const run = sb(['lint', '--format', 'json', ...FILES], dir);
    expect(run.code).toBe(1);
    const reports = JSON.parse(run.stdout);
    expect(Array.isArray(reports)).toBe(true);
    expect(reports.map((r: { filePath: string }) => r.filePath)).toEqual(FILES);
    for (const report of reports) {
      expect(Object.keys(report)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount']));
      expect(report.errorCount).toBe(report.messages.filter((m: { severity: number }) => m.severity === 2).length);
      expect(report.warningCount).toBe(report.messages.filter((m: { severity: number }) => m.severity === 1).length);
      for (const message of report.messages) {
        expect(Object.keys(message)).toEqual(
          expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']),
        );
        expect([1, 2]).toContain(message.severity);
        expect(typeof message.message).toBe('string');
        for (const key of ['line', 'column', 'endLine', 'endColumn']) expect(Number.isInteger(message[key]) && message[key] >= 1, key).toBe(true);
        expect(message.endLine * 100000 + message.endColumn).toBeGreaterThanOrEqual(message.line * 100000 + message.column);
      }
    }
    const [refund, late, clean] = reports;
    expect(refund).toMatchObject({ errorCount: 1, warningCount: 1 });
    expect(late).toMatchObject({ errorCount: 0, warningCount: 1 });
    expect(clean).toEqual(expect.objectContaining({ filePath: 'clean.yaml', messages: [], errorCount: 0, warningCount: 0 }));
    const risky = refund.messages.find((m: { ruleId: string }) => m.ruleId === 'risky-promise');
    expect(risky).toMatchObject({ severity: 1, ...valueAt(BAD, RISKY) });
    // the range ends on the same line, at the end of the say value
    expect(risky.endLine).toBe(risky.line);
    expect(risky.endColumn).toBe(risky.column + RISKY.length - 'say: '.length);
  });

  it('filePath is as given: ./relative, absolute, folder and glob', () => {
    const dir = fixture();
    const dotted = lintJson(dir, ['./clean.yaml']).reports;
    expect(dotted.map((r) => r.filePath)).toEqual(['./clean.yaml']);
    const absolute = join(dir, 'clean.yaml');
    expect(lintJson(dir, [absolute]).reports.map((r) => r.filePath)).toEqual([absolute]);
    const folder = lintJson(dir, ['playbooks']).reports.map((r) => r.filePath).sort();
    expect(folder).toEqual(['playbooks/late.yaml', 'playbooks/refund.yaml']);
    const glob = lintJson(dir, ['playbooks/*.yaml']).reports.map((r) => r.filePath).sort();
    expect(glob).toEqual(['playbooks/late.yaml', 'playbooks/refund.yaml']);
  });

  it('a file that fails to parse still appears, with its yaml-syntax error', () => {
    const dir = project({ 'broken.yaml': 'kind: playbook\nscenarios:\n  - id: a\n   title: b\n', 'ok.yaml': GOOD });
    const { reports } = lintJson(dir, ['broken.yaml', 'ok.yaml']);
    expect(reports.map((r) => r.filePath)).toEqual(['broken.yaml', 'ok.yaml']);
    expect(reports[0]!.messages[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 2 });
    expect(reports[0]!.errorCount).toBeGreaterThanOrEqual(1);
  });
});

describe('--format sarif', () => {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // unicodeRegExp off: the official schema's `language` pattern has a stray `]` that the u flag rejects
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('is SARIF 2.1.0, valid against the official schema, with every rule in tool.driver.rules', () => {
    const dir = fixture();
    const run = sb(['lint', '--format', 'sarif', ...FILES], dir);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driverRules: { id: string }[] = log.runs[0].tool.driver.rules;
    expect(driverRules.map((r) => r.id)).toEqual(expect.arrayContaining([...ALL_RULES]));
    expect(typeof log.runs[0].tool.driver.name).toBe('string');

    const results: any[] = log.runs[0].results;
    const json = lintJson(dir, FILES).reports;
    const expected = json.flatMap((r) => r.messages.map((m) => ({ ...m, filePath: r.filePath })));
    expect(results).toHaveLength(expected.length);
    for (const want of expected) {
      const match = results.find(
        (r) =>
          r.ruleId === want.ruleId &&
          r.locations?.[0]?.physicalLocation?.region?.startLine === want.line &&
          r.locations?.[0]?.physicalLocation?.region?.startColumn === want.column,
      );
      expect(match, `${want.ruleId} ${want.line}:${want.column}`).toBeDefined();
      expect(match.level).toBe(want.severity === 2 ? 'error' : 'warning');
      expect(match.locations[0].physicalLocation.artifactLocation.uri).toContain(want.filePath.replace(/^\.\//, ''));
      expect(typeof match.message.text).toBe('string');
      // every result's rule is declared in the driver
      expect(driverRules.some((r) => r.id === match.ruleId)).toBe(true);
    }
  });

  it('lists every rule even on a clean run, and is still valid', () => {
    const dir = project({ 'clean.yaml': GOOD });
    const run = sb(['lint', '--format', 'sarif', 'clean.yaml'], dir);
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout);
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([...ALL_RULES]));
  });

  it('each rule of tool.driver.rules carries its description, its help text and its recommended level', () => {
    const dir = project({ 'clean.yaml': GOOD });
    const log = JSON.parse(sb(['lint', '--format', 'sarif', 'clean.yaml'], dir).stdout);
    const rules: any[] = log.runs[0].tool.driver.rules;
    for (const id of ALL_RULES) {
      const rule = rules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect(rule.shortDescription?.text?.length ?? 0, id).toBeGreaterThan(10);
      // the help text has a bad and a good example, so it says more than the description
      const help: string = rule.help?.text ?? rule.fullDescription?.text ?? '';
      expect(help.length, id).toBeGreaterThan(rule.shortDescription.text.length);
      if (rule.defaultConfiguration?.level) {
        expect(rule.defaultConfiguration.level, id).toBe(RECOMMENDED[id] === 'error' ? 'error' : 'warning');
      }
    }
  });

  it('validate --format sarif is valid SARIF too', () => {
    const dir = project({ 'broken.yaml': 'kind: playbook\ntitle: [환불\n' });
    const run = sb(['validate', '--format', 'sarif', 'broken.yaml'], dir);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    expect(log.runs[0].results[0].ruleId).toBe('yaml-syntax');
  });
});

describe('--format junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) });

  it('is JUnit XML with one testcase per file, failures on the files with errors', () => {
    const dir = fixture();
    const run = sb(['lint', '--format', 'junit', ...FILES], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.trimStart()).toMatch(/^<\?xml|^<testsuites|^<testsuite/);
    const xml = parser.parse(run.stdout);
    const suites: any[] = xml.testsuites ? xml.testsuites.testsuite : xml.testsuite;
    const cases: any[] = suites.flatMap((s) => s.testcase ?? []);
    expect(cases).toHaveLength(FILES.length);
    const byFile = (file: string) => cases.find((c) => JSON.stringify(c).includes(file));
    for (const file of FILES) expect(byFile(file), file).toBeDefined();
    expect(byFile('playbooks/refund.yaml').failure?.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(byFile('clean.yaml').failure ?? []).toEqual([]);
    expect(JSON.stringify(byFile('playbooks/refund.yaml'))).toContain('channel-limit');
  });

  it('a clean run still has one testcase per file and no failure', () => {
    const dir = project({ 'a.yaml': GOOD, 'b.yaml': GOOD_EN });
    const run = sb(['lint', '--format', 'junit', 'a.yaml', 'b.yaml'], dir);
    expect(run.code).toBe(0);
    const xml = parser.parse(run.stdout);
    const suites: any[] = xml.testsuites ? xml.testsuites.testsuite : xml.testsuite;
    const cases: any[] = suites.flatMap((s) => s.testcase ?? []);
    expect(cases).toHaveLength(2);
    expect(cases.flatMap((c) => c.failure ?? [])).toEqual([]);
  });

  it('escapes text so the XML stays well-formed', () => {
    const text = replace(GOOD, '안녕하세요, {{customer_name}}님.', '안녕하세요, {{customer_<&>"}}님.');
    const dir = project({ 'x.yaml': text });
    const run = sb(['lint', '--format', 'junit', 'x.yaml'], dir);
    expect(() => new XMLParser().parse(run.stdout, true)).not.toThrow();
  });
});

describe('--format github', () => {
  it('prints ::error / ::warning workflow commands with file, line and col', () => {
    const dir = fixture();
    const run = sb(['lint', '--format', 'github', ...FILES], dir);
    expect(run.code).toBe(1);
    const json = lintJson(dir, FILES).reports;
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    const expected = json.flatMap((r) => r.messages.map((m) => ({ ...m, filePath: r.filePath })));
    expect(lines).toHaveLength(expected.length);
    for (const want of expected) {
      const level = want.severity === 2 ? 'error' : 'warning';
      const prefix = `::${level} file=${want.filePath},line=${want.line},col=${want.column}`;
      const line = lines.find((l) => l.startsWith(`${prefix}::`));
      expect(line, prefix).toBeDefined();
      expect(line).toMatch(/^::(error|warning) [^:]*::.+/);
    }
  });

  it('prints nothing that looks like a workflow command on a clean run', () => {
    const dir = project({ 'a.yaml': GOOD });
    const run = sb(['lint', '--format', 'github', 'a.yaml'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning'))).toEqual([]);
  });
});

describe('--output into a folder that does not exist yet', () => {
  it('writes the report there and keeps the exit code (§6: --output never changes the exit code)', () => {
    const dir = project({ 'pb.yaml': 'kind: playbook\nformat: 2\n' });
    const run = sb(['lint', 'pb.yaml', '--format', 'json', '--output', 'reports/deep/lint.json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'reports/deep/lint.json'), 'utf8'))[0].filePath).toBe('pb.yaml');
  });
});
