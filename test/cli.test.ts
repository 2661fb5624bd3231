/** One table of CLI cases, run in-process and as a real child process of the built binary. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess, runProcess, type CliRun } from './helpers/cli.js';

const fixtures = fileURLToPath(new URL('./fixtures/cli/', import.meta.url));
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

interface CliCase {
  name: string;
  args: string[];
  cwd?: string;
  exitCode: number;
  check?: (run: CliRun) => void;
}

const cases: CliCase[] = [
  {
    name: 'lint of a clean file exits 0 and prints nothing',
    args: ['lint', 'clean.yaml'],
    exitCode: 0,
    check: (run) => expect(run.stdout).toBe(''),
  },
  {
    name: 'validate of a broken file exits 1 with file:line:column',
    args: ['validate', 'broken.yaml'],
    exitCode: 1,
    check: (run) => {
      expect(run.stdout).toContain('broken.yaml');
      expect(run.stdout).toMatch(/13:19\s+error\s+`empaty` is not a step kind .*did you mean `empathy`\?\s+schema/);
      expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    },
  },
  {
    name: '--format json has the ESLint shape, every file included',
    args: ['validate', 'clean.yaml', 'broken.yaml', '--format', 'json'],
    exitCode: 1,
    check: (run) => {
      expect(JSON.parse(run.stdout)).toEqual([
        { filePath: 'clean.yaml', messages: [], errorCount: 0, warningCount: 0 },
        {
          filePath: 'broken.yaml',
          messages: [{ ruleId: 'schema', severity: 2, message: expect.stringContaining('empaty'), line: 13, column: 19, endLine: 13, endColumn: 25 }],
          errorCount: 1,
          warningCount: 0,
        },
      ]);
    },
  },
  {
    name: 'a folder is searched for YAML, paths shown as found under it',
    args: ['validate', '.', '--format', 'json'],
    exitCode: 1,
    check: (run) => expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath)).toEqual(['broken.yaml', 'clean.yaml']),
  },
  {
    name: 'a glob',
    args: ['validate', 'c*.yaml', '--format', 'json'],
    exitCode: 0,
    check: (run) => expect(JSON.parse(run.stdout)).toHaveLength(1),
  },
  {
    name: 'a missing path exits 2 with one line',
    args: ['lint', 'no-such-playbook.yaml'],
    exitCode: 2,
    check: (run) => {
      expect(run.stderr.trim().split('\n')).toEqual(['servicebook: No such file or folder: no-such-playbook.yaml']);
      expect(run.stdout).toBe('');
    },
  },
  {
    name: 'an unknown option exits 2',
    args: ['lint', '--frobnicate'],
    exitCode: 2,
    check: (run) => expect(run.stderr).toContain("unknown option '--frobnicate'"),
  },
  {
    name: 'an unknown format exits 2',
    args: ['lint', 'clean.yaml', '--format', 'xml'],
    exitCode: 2,
  },
  {
    name: 'an unknown rule in --rule exits 2',
    args: ['lint', 'clean.yaml', '--rule', 'no-such-rule=off'],
    exitCode: 2,
    check: (run) => expect(run.stderr).toContain('Unknown rule "no-such-rule"'),
  },
  {
    name: '--version prints the version',
    args: ['--version'],
    exitCode: 0,
    check: (run) => expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/),
  },
  {
    name: '--help of a command shows an example',
    args: ['lint', '--help'],
    exitCode: 0,
    check: (run) => expect(run.stdout).toContain('Examples:'),
  },
  {
    name: 'schema playbook prints the published schema',
    args: ['schema', 'playbook'],
    exitCode: 0,
    check: (run) => expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(path.join(projectRoot, 'schemas/playbook.schema.json'), 'utf8'))),
  },
  {
    name: 'schema of an unknown kind exits 2',
    args: ['schema', 'handbook'],
    exitCode: 2,
  },
  {
    name: 'lint with no paths lints the bundled library of the config',
    args: ['lint', '--format', 'json'],
    cwd: projectRoot,
    exitCode: 0,
    check: (run) => {
      const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number; warningCount: number }[];
      expect(results.length).toBeGreaterThanOrEqual(2);
      expect(results.every((r) => r.filePath.startsWith('playbooks/') && r.errorCount === 0 && r.warningCount === 0)).toBe(true);
    },
  },
];

describe.each([
  ['in-process', (args: string[], cwd: string) => runInProcess(args, { cwd })],
  ['child process', async (args: string[], cwd: string) => runProcess(args, { cwd })],
] as const)('cli (%s)', (_how, run) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const result = await run(testCase.args, testCase.cwd ?? fixtures);
    expect(result.exitCode, result.stderr).toBe(testCase.exitCode);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    testCase.check?.(result);
  });
});

describe('--output', () => {
  it('writes the report to the file, not stdout, and keeps the exit code', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'servicebook-output-'));
    const outputFile = path.join(dir, 'report.json');
    const run = await runInProcess(['validate', 'broken.yaml', '--format', 'json', '--output', outputFile], { cwd: fixtures });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(outputFile, 'utf8'))[0].errorCount).toBe(1);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
