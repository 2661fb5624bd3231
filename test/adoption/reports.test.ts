/** `--report FORMAT=FILE` and `--format gitlab` (FORMAT.md §4, §5), through the built command line. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPlaybook, playbook, project, sb, write } from './support.js';

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab'];

const library = () =>
  project({
    'servicebook.yaml': 'rules:\n  follow-up-due: error\n',
    'playbooks/refund.yaml': playbook('refund'),
    'playbooks/delivery.yaml': cleanPlaybook('delivery'),
  });

/**
 * GitLab's Code Quality report as its documentation lists the fields (no npm package publishes a JSON Schema
 * for it; the `codeclimate-types` package has only TypeScript types): every issue has these, of these types.
 */
const CODE_QUALITY_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', pattern: '^(?!/)(?!\\./)[^\\\\]+$' },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const gitlab = (dir: string, args: string[] = []): Issue[] => JSON.parse(sb(['lint', '--format', 'gitlab', ...args], dir).stdout) as Issue[];

describe('--report FORMAT=FILE', () => {
  it('writes each format as `--format X --output FILE` alone would, in one run, with the same exit code', () => {
    const dir = library();
    const alone = FORMATS.map((format) => {
      const run = sb(['lint', '--format', format, '--output', `alone/${format}.out`], dir);
      expect(run.code).toBe(1);
      return readFileSync(join(dir, 'alone', `${format}.out`), 'utf8');
    });
    const together = sb(['lint', '--format', 'json', ...FORMATS.flatMap((format) => ['--report', `${format}=reports/${format}.out`])], dir);
    expect(together.code).toBe(1);
    expect(together.stdout).toBe(sb(['lint', '--format', 'json'], dir).stdout);
    FORMATS.forEach((format, index) => expect(readFileSync(join(dir, 'reports', `${format}.out`), 'utf8'), format).toBe(alone[index]));
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(FORMATS.map((format) => `${format}.out`).sort());
  }, 90_000);

  it('beside --output, and in validate', () => {
    const dir = library();
    const run = sb(['validate', '--format', 'junit', '--output', 'out.xml', '--report', 'sarif=out.sarif'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'out.xml'), 'utf8')).toContain('<testsuite');
  });

  it('bad input: an unknown format, no FILE, an unwritable path, a file named twice; exit 2 and nothing written', () => {
    const dir = library();
    write(dir, 'old.json', 'the previous report\n');
    const cases: [string[], RegExp][] = [
      [['--report', 'json=new.json', '--report', 'xml=new.xml'], /^servicebook: Unknown format "xml" in --report xml=new\.xml: use one of .*gitlab/],
      [['--report', 'json=new.json', '--report', 'sarif'], /^servicebook: --report takes FORMAT=FILE/],
      [['--report', 'json=new.json', '--report', 'sarif=servicebook.yaml/new.sarif'], /^servicebook: Cannot write servicebook\.yaml\/new\.sarif: ENOTDIR/],
      [['--report', 'json=new.json', '--report', 'sarif=playbooks'], /^servicebook: Cannot write playbooks: it is a folder/],
      [['--report', 'json=new.json', '--report', 'junit=./new.json'], /^servicebook: \.\/new\.json is named twice/],
      [['--output', 'old.json', '--report', 'json=new.json', '--report', 'sarif=old.json'], /^servicebook: old\.json is named twice/],
    ];
    for (const [args, expected] of cases) {
      const run = sb(['lint', ...args], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(expected);
      expect(existsSync(join(dir, 'new.json'))).toBe(false);
      expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('the previous report\n');
    }
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

describe('--format gitlab', () => {
  it("is GitLab's Code Quality report: the documented fields, major for errors and minor for warnings", () => {
    const dir = library();
    const run = sb(['lint', '--format', 'gitlab'], dir);
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout) as Issue[];
    const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(CODE_QUALITY_SCHEMA);
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues.map((issue) => [issue.check_name, issue.severity, issue.location.path, issue.location.lines.begin])).toEqual([
      ['step-order', 'minor', 'playbooks/refund.yaml', 15],
      ['risky-promise', 'minor', 'playbooks/refund.yaml', 16],
      ['follow-up-due', 'major', 'playbooks/refund.yaml', 19],
    ]);
    expect(issues[1]!.description).toContain('반드시');
    // A clean library is an empty array, which GitLab takes as "no issues".
    expect(sb(['lint', '--format', 'gitlab', 'playbooks/delivery.yaml'], dir).stdout).toBe('[]\n');
  });

  it('keeps fingerprints when lines above move, across files too, and tells repeated findings apart', () => {
    const dir = project({
      'playbooks/refund.yaml': playbook('refund', ' 무조건 오늘 해결해 드립니다.'),
      'playbooks/refund-copy.yaml': playbook('refund'),
    });
    const before = gitlab(dir, ['playbooks']);
    const fingerprints = before.map((issue) => issue.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    expect(before.filter((issue) => issue.check_name === 'risky-promise' && issue.location.path === 'playbooks/refund.yaml')).toHaveLength(2);
    expect(before.some((issue) => issue.check_name === 'duplicate-id')).toBe(true);

    // Comments and a field above every finding, in both files: duplicate-id's message names the moved line.
    for (const name of ['playbooks/refund.yaml', 'playbooks/refund-copy.yaml']) {
      const text = readFileSync(join(dir, name), 'utf8');
      writeFileSync(join(dir, name), `# 결제팀 검토: 2026-11\n# 담당: 김하늘\n${text.replace('title: 환불 지연 문의\n', 'title: 환불 지연 문의\nowner: billing-cs\nrevision: 1.2.0\n')}`);
    }
    const after = gitlab(dir, ['playbooks']);
    expect(after.map((issue) => issue.fingerprint)).toEqual(fingerprints);
    expect(after.map((issue) => issue.location.lines.begin)).not.toEqual(before.map((issue) => issue.location.lines.begin));
    // The same run twice, and in another language, gives the same fingerprints too.
    expect(gitlab(dir, ['playbooks', '--lang', 'ko']).map((issue) => issue.fingerprint)).toEqual(fingerprints);
  });
});
