/** The programmatic API returns what the CLI prints: the same findings, the same handbook. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, render, rules, UsageError, validate, type FileResult } from '../../src/index.js';
import { runInProcess, runProcess } from '../helpers/cli.js';
import { fixturePath, repoRoot, tempDir } from './support.js';

const apiFixtures = fixturePath('ecosystem', 'fixtures', 'api');
const renderFixtures = fixturePath('fixtures', 'render');
const FILES = ['playbooks/refund-mixed.yaml', 'playbooks/broken-schema.yaml'];

interface JsonFile {
  filePath: string;
  messages: { ruleId: string | null; severity: 1 | 2; message: string; line: number; column: number; endLine: number; endColumn: number }[];
  errorCount: number;
  warningCount: number;
}

/** The API's results in the shape of `--format json`, to compare field by field. */
function asJson(results: FileResult[]): JsonFile[] {
  return results.map((result) => ({
    filePath: result.filePath,
    messages: result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity === 'error' ? 2 : 1, message: f.message, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn })),
    errorCount: result.findings.filter((f) => f.severity === 'error').length,
    warningCount: result.findings.filter((f) => f.severity === 'warn').length,
  }));
}

async function cliJson(args: string[], cwd = apiFixtures): Promise<JsonFile[]> {
  const result = await runInProcess([...args, '--format', 'json'], { cwd });
  expect(result.stderr).toBe('');
  expect([0, 1]).toContain(result.exitCode);
  return JSON.parse(result.stdout) as JsonFile[];
}

describe('lint on files', () => {
  it('returns the findings `servicebook lint --format json` prints: rule ids, positions, messages', async () => {
    const cli = await cliJson(['lint', ...FILES, '--lang', 'en']);
    const api = await lint({ files: FILES }, { cwd: apiFixtures });
    expect(asJson(api)).toEqual(cli);
    // The fixture is worth comparing: errors and warnings of many rules, in two documents of one file.
    const ruleIds = new Set(cli.flatMap((file) => file.messages.map((m) => m.ruleId)));
    expect(ruleIds.size).toBeGreaterThanOrEqual(10);
    expect(cli.flatMap((file) => file.messages.map((m) => m.severity))).toEqual(expect.arrayContaining([1, 2]));
  });

  it('agrees with the real binary too', async () => {
    const result = runProcess(['lint', ...FILES, '--format', 'json', '--lang', 'en'], { cwd: apiFixtures });
    expect(result.exitCode).toBe(1);
    expect(asJson(await lint({ files: FILES }, { cwd: apiFixtures }))).toEqual(JSON.parse(result.stdout));
  });

  it('takes folders and globs, and with no files the config include, as the CLI does', async () => {
    for (const args of [['playbooks/'], ['playbooks/*.yaml'], []]) {
      expect(asJson(await lint({ files: args.length ? args : undefined }, { cwd: apiFixtures }))).toEqual(await cliJson(['lint', ...args, '--lang', 'en']));
    }
  });

  it('gives Korean messages with lang: ko, as --lang ko does', async () => {
    const api = await lint({ files: FILES }, { cwd: apiFixtures, lang: 'ko' });
    expect(asJson(api)).toEqual(await cliJson(['lint', ...FILES, '--lang', 'ko']));
    expect(api.flatMap((file) => file.findings).some((f) => /[\uac00-\ud7a3]/.test(f.message.replace(/"[^"]*"|\{\{[^}]*\}\}/g, '')))).toBe(true);
  });

  it('takes rule settings as --rule does, and reports unused disables as --report-unused-disables does', async () => {
    const overrides = { 'risky-promise': 'error', 'no-personalization': 'off' } as const;
    const api = await lint({ files: FILES }, { cwd: apiFixtures, rules: overrides });
    expect(asJson(api)).toEqual(await cliJson(['lint', ...FILES, '--rule', 'risky-promise=error', '--rule', 'no-personalization=off', '--lang', 'en']));
    expect(api.flatMap((file) => file.findings).find((f) => f.ruleId === 'risky-promise')?.severity).toBe('error');

    const dir = tempDir('api-disable');
    const text = readFileSync(path.join(repoRoot, 'test/fixtures/cli/clean.yaml'), 'utf8').replace('scenarios:', '# servicebook-disable-next-line risky-promise -- nothing to hide\nscenarios:');
    writeFileSync(path.join(dir, 'clean.yaml'), text);
    const unused = await lint({ files: ['clean.yaml'] }, { cwd: dir, reportUnusedDisables: true });
    expect(asJson(unused)).toEqual(await cliJson(['lint', 'clean.yaml', '--report-unused-disables', '--lang', 'en'], dir));
    expect(unused[0]!.findings).toHaveLength(1);
  });

  it('takes another config with configFile, as --config does', async () => {
    const dir = tempDir('api-config');
    writeFileSync(path.join(dir, 'strict.yaml'), 'extends: strict\n');
    const options = { cwd: apiFixtures, configFile: path.join(dir, 'strict.yaml') };
    const api = await lint({ files: FILES }, options);
    expect(asJson(api)).toEqual(await cliJson(['lint', ...FILES, '--config', options.configFile, '--lang', 'en']));
    expect(api.flatMap((file) => file.findings).every((f) => f.severity === 'error')).toBe(true);
  });

  it('throws a UsageError where the CLI exits 2', async () => {
    await expect(lint({ files: ['playbooks/missing.yaml'] }, { cwd: apiFixtures })).rejects.toThrow(UsageError);
    await expect(lint({ files: ['playbooks/missing.yaml'] }, { cwd: apiFixtures })).rejects.toThrow('No such file or folder: playbooks/missing.yaml');
    expect((await runInProcess(['lint', 'playbooks/missing.yaml'], { cwd: apiFixtures })).exitCode).toBe(2);
  });
});

describe('lint on strings', () => {
  const sources = () => FILES.map((filePath) => ({ filePath, text: readFileSync(path.join(apiFixtures, filePath), 'utf8') }));

  it('finds in texts what it finds in the files they came from', async () => {
    const fromFiles = await lint({ files: FILES }, { cwd: apiFixtures });
    expect(await lint({ sources: sources() }, { cwd: apiFixtures })).toEqual(fromFiles);
  });

  it('reads no file when only sources are given, even where the include finds none', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'servicebook-api-empty-'));
    const results = await lint({ sources: [{ filePath: 'inline.yaml', text: readFileSync(path.join(repoRoot, 'test/fixtures/cli/clean.yaml'), 'utf8') }] }, { cwd: empty });
    expect(results).toEqual([{ filePath: 'inline.yaml', findings: [] }]);
  });

  it('looks across files and sources together (duplicate-id)', async () => {
    const text = readFileSync(path.join(repoRoot, 'test/fixtures/cli/clean.yaml'), 'utf8');
    const results = await lint({ sources: [{ filePath: 'a.yaml', text }, { filePath: 'b.yaml', text }] }, { cwd: apiFixtures });
    expect(results[0]!.findings).toEqual([]);
    expect(results[1]!.findings.map((f) => f.ruleId)).toContain('duplicate-id');
  });

  it('reports a YAML syntax error with its position, not a throw', async () => {
    const [result] = await lint({ sources: [{ filePath: 'bad.yaml', text: 'kind: playbook\ntitle: [unclosed\n' }] });
    expect(result!.findings[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', line: expect.any(Number), column: expect.any(Number) });
  });
});

describe('validate', () => {
  it('runs no rules: only yaml-syntax and schema findings, as `servicebook validate` prints', async () => {
    const api = await validate({ files: FILES }, { cwd: apiFixtures });
    expect(asJson(api)).toEqual(await cliJson(['validate', ...FILES, '--lang', 'en']));
    const ruleIds = api.flatMap((file) => file.findings.map((f) => f.ruleId));
    expect(ruleIds).toEqual(['schema']);
    const linted = await lint({ files: FILES }, { cwd: apiFixtures });
    expect(linted.flatMap((file) => file.findings).length).toBeGreaterThan(ruleIds.length);
  });

  it('works on strings', async () => {
    const text = readFileSync(path.join(apiFixtures, 'playbooks/refund-mixed.yaml'), 'utf8');
    expect(await validate({ sources: [{ filePath: 'refund-mixed.yaml', text }] })).toEqual([{ filePath: 'refund-mixed.yaml', findings: [] }]);
  });
});

describe('render', () => {
  async function cliRender(args: string[]): Promise<string> {
    const out = path.join(tempDir('api-render'), 'handbook');
    const result = await runInProcess(['render', ...args, '--out', out], { cwd: renderFixtures });
    expect(result.exitCode).toBe(0);
    return readFileSync(out, 'utf8');
  }

  it('returns the HTML `servicebook render --format html` writes', async () => {
    const result = await render({ files: ['library/'] }, { cwd: renderFixtures });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(await cliRender(['library/', '--format', 'html']));
    expect(result.text).toMatch(/^<!DOCTYPE html>/i);
    expect(result.leftOut).toEqual([]);
  });

  it('returns the Markdown `--format md` writes, with --manual given as manual', async () => {
    const files = ['library/billing-refund.yaml', 'library/delivery-late.yaml'];
    const result = await render({ files, manual: 'library/manual.yaml' }, { cwd: renderFixtures, format: 'md' });
    expect(result.ok && result.text).toBe(await cliRender([...files, '--manual', 'library/manual.yaml', '--format', 'md']));
  });

  it('renders strings as it renders the files they came from', async () => {
    const names = ['billing-double.yaml', 'billing-refund.yaml', 'delivery-late.yaml', 'manual.yaml'];
    const sources = names.map((name) => ({ filePath: `library/${name}`, text: readFileSync(path.join(renderFixtures, 'library', name), 'utf8') }));
    const fromStrings = await render({ sources }, { cwd: renderFixtures });
    const fromFiles = await render({ files: ['library/'] }, { cwd: renderFixtures });
    expect(fromStrings).toEqual(fromFiles);
  });

  it('refuses input with lint errors (ok: false, the findings), and renders it with force as --force does', async () => {
    const refused = await render({ files: ['broken/'] }, { cwd: renderFixtures });
    expect(refused.ok).toBe(false);
    expect(refused.results.flatMap((file) => file.findings).some((f) => f.severity === 'error')).toBe(true);

    const forced = await render({ files: ['hostile/'] }, { cwd: renderFixtures, force: true });
    expect(forced.ok && forced.text).toBe(await cliRender(['hostile/', '--force']));
  });

  it('throws a UsageError when the named manual holds none', async () => {
    await expect(render({ files: ['library/'], manual: 'library/billing-refund.yaml' }, { cwd: renderFixtures })).rejects.toThrow(UsageError);
  });
});

describe('the package entry', () => {
  it('exports the same API from dist/index.js as from the sources', async () => {
    const built = (await import(path.join(repoRoot, 'dist/index.js'))) as Record<string, unknown>;
    for (const name of ['lint', 'validate', 'render', 'rules', 'UsageError']) expect(typeof built[name]).not.toBe('undefined');
    expect((built.rules as { id: string }[]).map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
  });
});
