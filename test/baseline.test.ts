/** The baseline's pure parts (src/engine/baseline.ts): record, prune, apply, and the file's shape. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, pruneBaseline, readBaseline, recordBaseline, serializeBaseline, type Baseline } from '../src/engine/baseline.js';
import type { FileResult, Finding } from '../src/core/findings.js';

const finding = (ruleId: string | null, line = 1): Finding => ({ ruleId, severity: 'warn', message: `${ruleId}`, line, column: 1, endLine: line, endColumn: 2 });
const result = (filePath: string, ...ruleIds: (string | null)[]): FileResult => ({ filePath, findings: ruleIds.map((id, index) => finding(id, index + 1)) });
const keyOf = (filePath: string) => filePath;
const options = { reportUnused: false, lang: 'en' as const, fileName: 'servicebook-suppressions.json' };

describe('baseline', () => {
  it('records counts per file and rule, never an unused disable comment, and keeps files not linted', () => {
    const old: Baseline = { 'b.yaml': { 'step-order': { count: 4 } } };
    const recorded = recordBaseline(old, [result('a.yaml', 'risky-promise', 'risky-promise', null, 'step-order')], keyOf);
    expect(JSON.parse(serializeBaseline(recorded))).toEqual({
      'a.yaml': { 'risky-promise': { count: 2 }, 'step-order': { count: 1 } },
      'b.yaml': { 'step-order': { count: 4 } },
    });
    expect(old).toEqual({ 'b.yaml': { 'step-order': { count: 4 } } });
    const oneRule = recordBaseline({}, [result('a.yaml', 'risky-promise', 'step-order')], keyOf, new Set(['step-order']));
    expect(JSON.parse(serializeBaseline(oneRule))).toEqual({ 'a.yaml': { 'step-order': { count: 1 } } });
  });

  it('suppresses within the count, reports every finding of the rule past it, and counts what no longer occurs', () => {
    const baseline: Baseline = { 'a.yaml': { 'risky-promise': { count: 1 }, 'step-order': { count: 3 } } };
    const outcome = applyBaseline(baseline, [result('a.yaml', 'risky-promise', 'risky-promise', 'step-order', null)], keyOf, options);
    expect(outcome.results[0]!.findings.map((f) => f.ruleId)).toEqual(['risky-promise', 'risky-promise', null]);
    expect(outcome).toMatchObject({ suppressed: 1, unused: 1 });
    const reported = applyBaseline(baseline, [result('a.yaml', 'step-order')], keyOf, { ...options, reportUnused: true });
    expect(reported.results[0]!.findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([[null, 'error', 1], [null, 'error', 1]]);
    expect(reported.results[0]!.findings[1]!.message).toContain('step-order');
  });

  it('prunes linted files down to what occurs, drops gone files, keeps the rest', () => {
    const baseline: Baseline = { 'a.yaml': { 'risky-promise': { count: 3 }, 'step-order': { count: 1 } }, 'gone.yaml': { x: { count: 1 } }, 'c.yaml': { y: { count: 2 } } };
    const pruned = pruneBaseline(baseline, [result('a.yaml', 'risky-promise')], keyOf, (key) => key !== 'gone.yaml');
    expect(JSON.parse(serializeBaseline(pruned))).toEqual({ 'a.yaml': { 'risky-promise': { count: 1 } }, 'c.yaml': { y: { count: 2 } } });
  });

  it('reads `__proto__` in a hand-edited file as a file name, never as a prototype', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'servicebook-baseline-'));
    const file = path.join(dir, 'servicebook-suppressions.json');
    writeFileSync(file, '{"__proto__": {"step-order": {"count": 2}}, "constructor": {"step-order": {"count": 1}}}\n');
    const baseline = readBaseline(file, 'servicebook-suppressions.json', ['step-order']);
    const pruned = pruneBaseline(baseline, [result('__proto__', 'step-order')], keyOf, () => true);
    expect(({} as Record<string, unknown>)['step-order']).toBeUndefined();
    expect(serializeBaseline(pruned)).toBe(`${JSON.stringify(JSON.parse('{"__proto__": {"step-order": {"count": 1}}, "constructor": {"step-order": {"count": 1}}}'), null, 2)}\n`);
    expect(applyBaseline(baseline, [result('toString', 'step-order')], keyOf, options).suppressed).toBe(0);
  });
});
