import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './helpers/cli.js';

const fixtures = fileURLToPath(new URL('./fixtures/cli/', import.meta.url));

describe('--cache', () => {
  it('answers from the cache when nothing changed, and re-lints a changed file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'servicebook-cache-'));
    cpSync(fixtures, dir, { recursive: true });
    const args = ['lint', 'clean.yaml', 'broken.yaml', '--format', 'json', '--cache', '--cache-location', '.cache/lint.json'];
    const first = await runInProcess(args, { cwd: dir });
    expect(first.exitCode).toBe(1);
    const cacheFile = path.join(dir, '.cache/lint.json');
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string };

    // Plant a marker in the cached results: a second run that reads the cache reports it.
    const planted = JSON.parse(readFileSync(cacheFile, 'utf8'));
    planted.results[0].findings.push({ ruleId: 'schema', severity: 'warn', message: 'from the cache', line: 1, column: 1, endLine: 1, endColumn: 1 });
    writeFileSync(cacheFile, JSON.stringify(planted));
    const second = await runInProcess(args, { cwd: dir });
    expect(second.stdout).toContain('from the cache');
    expect(JSON.parse(second.stdout)[1]).toEqual(JSON.parse(first.stdout)[1]);

    writeFileSync(path.join(dir, 'broken.yaml'), readFileSync(path.join(dir, 'broken.yaml'), 'utf8').replace('empaty', 'empathy'));
    const third = await runInProcess(args, { cwd: dir });
    expect(third.stdout).not.toContain('from the cache');
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).key).not.toBe(cached.key);
  });

  it('a different option is a different cache entry', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'servicebook-cache-'));
    cpSync(fixtures, dir, { recursive: true });
    const base = ['lint', 'broken.yaml', '--format', 'json', '--cache', '--cache-location', 'c.json'];
    await runInProcess(base, { cwd: dir });
    const key = JSON.parse(readFileSync(path.join(dir, 'c.json'), 'utf8')).key;
    await runInProcess([...base, '--rule', 'schema=warn'], { cwd: dir });
    expect(JSON.parse(readFileSync(path.join(dir, 'c.json'), 'utf8')).key).not.toBe(key);
  });
});
