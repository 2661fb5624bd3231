import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './helpers/cli.js';

const fixtures = fileURLToPath(new URL('./fixtures/cli/', import.meta.url));

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'servicebook-cache-'));
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('--cache', () => {
  const args = ['lint', 'clean.yaml', 'broken.yaml', '--format', 'json', '--cache', '--cache-location', '.cache/lint.json'];

  it('gives the same report as a run without cache, cold and warm', async () => {
    const dir = project();
    const plain = await runInProcess(args.slice(0, 5), { cwd: dir });
    const cold = await runInProcess(args, { cwd: dir });
    const warm = await runInProcess(args, { cwd: dir });
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.exitCode).toBe(1);
  });

  it('takes an unchanged file from the cache and checks a changed one again', async () => {
    const dir = project();
    await runInProcess(args, { cwd: dir });
    const cacheFile = path.join(dir, '.cache/lint.json');
    // Plant a marker in each file's cached findings: only files taken from the cache report it.
    const cache = readJson(cacheFile);
    for (const entry of Object.values(cache.files) as { check: { findings: unknown[] } }[]) {
      entry.check.findings.push({ ruleId: 'schema', severity: 'warn', message: 'from the cache', line: 1, column: 1, endLine: 1, endColumn: 1 });
    }
    writeFileSync(cacheFile, JSON.stringify(cache));
    writeFileSync(path.join(dir, 'broken.yaml'), readFileSync(path.join(dir, 'broken.yaml'), 'utf8').replace('empaty', 'empathy'));

    const [clean, broken] = JSON.parse((await runInProcess(args, { cwd: dir })).stdout) as { messages: { message: string }[] }[];
    expect(clean!.messages.map((m) => m.message)).toContain('from the cache');
    expect(broken!.messages.map((m) => m.message)).not.toContain('from the cache');
  });

  it('still sees across files: an id taken again in a changed file is reported', async () => {
    const dir = project();
    const copyArgs = ['lint', 'clean.yaml', 'copy.yaml', '--format', 'json', '--cache', '--cache-location', 'c.json'];
    writeFileSync(path.join(dir, 'copy.yaml'), readFileSync(path.join(dir, 'clean.yaml'), 'utf8').replace('id: delivery-late', 'id: delivery-late-2'));
    expect((await runInProcess(copyArgs, { cwd: dir })).exitCode).toBe(0);
    writeFileSync(path.join(dir, 'copy.yaml'), readFileSync(path.join(dir, 'clean.yaml'), 'utf8'));
    const run = await runInProcess(copyArgs, { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.stdout)[1].messages).toEqual([expect.objectContaining({ ruleId: 'duplicate-id' })]);
  });

  it('a different option is a different cache', async () => {
    const dir = project();
    const base = ['lint', 'broken.yaml', '--format', 'json', '--cache', '--cache-location', 'c.json'];
    await runInProcess(base, { cwd: dir });
    const settings = readJson(path.join(dir, 'c.json')).settings;
    await runInProcess([...base, '--rule', 'schema=warn'], { cwd: dir });
    expect(readJson(path.join(dir, 'c.json')).settings).not.toBe(settings);
  });
});
