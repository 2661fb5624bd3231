/**
 * Issue 7, item 3: speed can never change an answer. On the benchmark's generated libraries (bench/generate.js,
 * seed 1: the markdown corpus of issue 16 and the classic one of issue 7), the fast path (js-yaml, positions only where asked for) and the plain path (`yaml` for everything)
 * give the same findings, and so do one thread, several threads and a warm cache.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/lib/corpus.js';
import { loadConfig } from '../src/model/config.js';
import type { FileResult } from '../src/core/findings.js';
import { lint } from '../src/engine/lint.js';
import { runProcess } from './helpers/cli.js';

interface Manifest {
  defects: { file: string; rule: string; maskedBy?: string }[];
  suppressedPromises: string[];
}

const FLAVORS = ['markdown', 'classic'] as const;
const dirs = {} as Record<(typeof FLAVORS)[number], string>;
let dir: string; // the markdown corpus, for the CLI tests
let manifest: Manifest;

beforeAll(() => {
  for (const flavor of FLAVORS) {
    dirs[flavor] = mkdtempSync(path.join(os.tmpdir(), `servicebook-equivalence-${flavor}-`));
    writeCorpus({ count: 2000, seed: 1, out: dirs[flavor], flavor });
  }
  dir = dirs.markdown;
}, 120_000);

afterAll(() => {
  for (const flavor of FLAVORS) rmSync(dirs[flavor], { recursive: true, force: true });
});

function inputs(dir: string) {
  const files = ['manual.yaml', ...readdirSync(path.join(dir, 'playbooks')).sort().map((name) => `playbooks/${name}`)];
  return files.map((filePath) => ({ filePath, text: readFileSync(path.join(dir, filePath), 'utf8') }));
}

/** What a finding says and where, in a line each: a difference shows as a readable diff. */
function places(results: readonly FileResult[]): string[] {
  return results.flatMap(({ filePath, findings }) =>
    findings.map((f) => `${filePath}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.ruleId} ${f.message}`),
  );
}

describe.each(FLAVORS)('the generated %s library of 2,000 playbooks', (flavor) => {
  beforeAll(() => {
    manifest = JSON.parse(readFileSync(path.join(dirs[flavor], 'manifest.json'), 'utf8')) as Manifest;
  });

  it('gets the same findings from the fast parser as from yaml alone, at the same lines and columns', () => {
    const dir = dirs[flavor];
    const options = { config: loadConfig({ cwd: dir }), mode: 'lint' as const, reportUnusedDisables: true };
    const fast = lint(inputs(dir), { ...options, parser: 'fast' });
    const plain = lint(inputs(dir), { ...options, parser: 'yaml' });
    expect(places(fast).length).toBeGreaterThan(90);
    expect(places(fast)).toEqual(places(plain));
    expect(fast).toEqual(plain);
  }, 180_000);

  it('has findings in exactly the files with seeded defects, each unmasked defect under its rule', () => {
    const dir = dirs[flavor];
    const results = lint(inputs(dir), { config: loadConfig({ cwd: dir }), mode: 'lint' });
    const withFindings = new Set(results.filter((result) => result.findings.length > 0).map((result) => result.filePath));
    expect([...withFindings].sort()).toEqual([...new Set(manifest.defects.map((defect) => defect.file))].sort());
    for (const defect of manifest.defects.filter((d) => !d.maskedBy)) {
      const rules = results.find((result) => result.filePath === defect.file)!.findings.map((finding) => finding.ruleId);
      expect(rules, `${defect.file}: ${defect.rule}`).toContain(defect.rule);
    }
    // The legal-approved promises are there, and their disable comments hold.
    expect(manifest.suppressedPromises.length).toBeGreaterThan(10);
  }, 120_000);
});

describe('lint of the first 300 generated files, through the CLI', () => {
  const lintJson = (...args: string[]) => {
    const run = runProcess(['lint', 'playbooks/*-0[0-2]*.yaml', '--format', 'json', ...args], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1); // the seeded defects
    return run.stdout;
  };

  it('is the same on one thread and on several, whichever thread checked which file', () => {
    const one = lintJson('--jobs', '1');
    expect(JSON.parse(one).length).toBeGreaterThan(250);
    expect(lintJson('--jobs', '2')).toBe(one);
    expect(lintJson('--jobs', '3')).toBe(one);
    expect(lintJson()).toBe(one);
  }, 120_000);

  it('is the same from a warm cache as from a cold one, threads or not', () => {
    const plain = lintJson('--jobs', '1');
    const cache = path.join(dir, 'cache.json');
    expect(lintJson('--cache', '--cache-location', cache)).toBe(plain);
    expect(lintJson('--cache', '--cache-location', cache, '--jobs', '2')).toBe(plain);
  }, 120_000);

  it('rejects a --jobs that is not a whole number of threads', () => {
    for (const jobs of ['0', 'two', '-1', '1.5']) {
      const run = runProcess(['lint', '--jobs', jobs], { cwd: dir });
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toMatch(/--jobs/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
