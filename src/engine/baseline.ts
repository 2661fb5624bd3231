/**
 * The baseline (FORMAT.md §4, as ESLint's bulk suppressions): how many findings of each rule each file had
 * when the team adopted the tool, kept in servicebook-suppressions.json. A file and rule within its recorded
 * count report nothing; past it, every finding of that rule in that file is reported, since which one is new
 * cannot be known. Pure functions over results, and the file's reading and writing at the end.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { FileResult, Finding } from '../core/findings.js';
import type { Lang } from '../core/language.js';
import { usage, type Text } from '../core/messages.js';
import { suggest } from '../core/suggest.js';
import { parseSource } from '../model/load.js';
import { findingMessage } from '../model/messages.js';
import { writeFileAtomic } from './io.js';

export const SUPPRESSIONS_FILE_NAME = 'servicebook-suppressions.json';

/** File (relative to the suppressions file's folder, with forward slashes) → rule id → how many findings. */
export type Baseline = Record<string, Record<string, { count: number }>>;

/** Where a run's findings sit in the baseline: the key of each result's file. */
export type BaselineKey = (filePath: string) => string;

export function baselineKey(suppressionsFile: string, cwd: string): BaselineKey {
  const folder = path.dirname(suppressionsFile);
  return (filePath) => path.relative(folder, path.resolve(cwd, filePath)).split(path.sep).join('/');
}

function countsByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  // An unused disable comment has no rule: it is never recorded, and deleting the comment is its fix.
  for (const { ruleId } of findings) if (ruleId !== null) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  return counts;
}

/** `--suppress-all` (no `only`) or `--suppress-rule`: records the current counts of the files linted; others stay. */
export function recordBaseline(baseline: Baseline, results: readonly FileResult[], keyOf: BaselineKey, only?: ReadonlySet<string>): Baseline {
  const next = copy(baseline);
  for (const result of results) {
    for (const [ruleId, count] of countsByRule(result.findings)) {
      if (only && !only.has(ruleId)) continue;
      (next[keyOf(result.filePath)] ??= table())[ruleId] = { count };
    }
  }
  return next;
}

/**
 * `--prune-suppressions`: each count of a linted file comes down to what still occurs (gone when nothing
 * does), and the files that no longer exist leave the baseline. Files not linted in this run stay as they are.
 */
export function pruneBaseline(baseline: Baseline, results: readonly FileResult[], keyOf: BaselineKey, exists: (key: string) => boolean): Baseline {
  const linted = new Map(results.map((result) => [keyOf(result.filePath), countsByRule(result.findings)]));
  const next: Baseline = table();
  for (const [file, entries] of Object.entries(baseline)) {
    const counts = linted.get(file);
    if (!counts && !exists(file)) continue;
    for (const [ruleId, { count }] of Object.entries(entries)) {
      const kept = counts ? Math.min(count, counts.get(ruleId) ?? 0) : count;
      if (kept > 0) (next[file] ??= table())[ruleId] = { count: kept };
    }
  }
  return next;
}

export interface BaselineOutcome {
  results: FileResult[];
  /** Findings left out because their file and rule were within the recorded count. */
  suppressed: number;
  /** Recorded counts of the files linted that are higher than what occurs now (what `--prune-suppressions` drops). */
  unused: number;
}

/** Leaves out what the baseline covers; with `reportUnused`, a recorded count that no longer occurs is a finding. */
export function applyBaseline(
  baseline: Baseline,
  results: readonly FileResult[],
  keyOf: BaselineKey,
  options: { reportUnused: boolean; lang: Lang; fileName: string; considered?: (ruleId: string) => boolean },
): BaselineOutcome {
  let suppressed = 0;
  let unused = 0;
  const kept = results.map((result): FileResult => {
    const entries = baseline[keyOf(result.filePath)];
    if (!entries) return result;
    const counts = countsByRule(result.findings);
    const covered = new Set<string>();
    const stale: Finding[] = [];
    for (const [ruleId, { count }] of Object.entries(entries)) {
      const found = counts.get(ruleId) ?? 0;
      if (found <= count) {
        covered.add(ruleId);
        suppressed += found;
      }
      if (found < count && (options.considered?.(ruleId) ?? true)) {
        unused++;
        if (options.reportUnused) stale.push(staleFinding(options, { rule: ruleId, recorded: count, found }));
      }
    }
    if (covered.size === 0 && stale.length === 0) return result;
    return { ...result, findings: [...stale, ...result.findings.filter((finding) => finding.ruleId === null || !covered.has(finding.ruleId))] };
  });
  return { results: kept, suppressed, unused };
}

function staleFinding(options: { lang: Lang; fileName: string }, data: { rule: string; recorded: number; found: number }): Finding {
  const message = findingMessage(options.lang, 'unusedSuppression', { ...data, file: options.fileName });
  return { ruleId: null, severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** Keys are file names and rule ids from a file anyone can edit: held without a prototype, so `__proto__` is a name. */
function table<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function copy(baseline: Baseline): Baseline {
  const next: Baseline = table();
  for (const [file, entries] of Object.entries(baseline)) next[file] = Object.assign(table<{ count: number }>(), entries);
  return next;
}

/** Sorted keys, two-space indents, one entry a line: diffs of the file review well. */
export function serializeBaseline(baseline: Baseline): string {
  const sorted = (keys: string[]) => keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files = sorted(Object.keys(baseline)).filter((file) => Object.keys(baseline[file]!).length > 0);
  const ordered = Object.fromEntries(
    files.map((file) => [file, Object.fromEntries(sorted(Object.keys(baseline[file]!)).map((ruleId) => [ruleId, { count: baseline[file]![ruleId]!.count }]))]),
  );
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileAtomic(file, serializeBaseline(baseline));
}

/**
 * The suppressions file, or an empty baseline when there is none. A file that is not JSON, or not of the
 * baseline's shape (a hand edit gone wrong), stops the run with its place: suppressing by a broken file
 * could hide anything.
 */
export function readBaseline(file: string, shown: string, ruleIds: readonly string[]): Baseline {
  if (!existsSync(file)) return table();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(usage('cannotReadSuppressions', { file: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const source = parseSource(shown, text);
  const at = (keys: readonly string[], target: 'key' | 'value' = 'key') => source.documents[0]?.locate(keys, target) ?? { line: 1, column: 1 };
  const fail = (place: { line: number; column: number }, problem: Text): never => {
    throw new UsageError(usage('suppressionsAt', { file: shown, line: place.line, column: place.column, problem }));
  };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const syntax = source.syntaxFindings[0];
    fail(syntax ?? jsonErrorPlace(text, error), usage('suppressionsNotJson', { reason: error instanceof Error ? error.message : String(error) }));
  }
  const duplicate = source.syntaxFindings[0];
  if (duplicate) fail(duplicate, usage('suppressionsNotJson', { reason: duplicate.message }));
  if (!isObject(value)) return fail({ line: 1, column: 1 }, usage('suppressionsNotObject'));
  const known = new Set(ruleIds);
  for (const [file, entries] of Object.entries(value)) {
    if (!isObject(entries)) fail(at([file], 'value'), usage('suppressionsFileEntry', { key: file }));
    for (const [ruleId, entry] of Object.entries(entries as Record<string, unknown>)) {
      if (!known.has(ruleId)) {
        const nearest = suggest(ruleId, ruleIds);
        const hint = nearest ? usage('didYouMean', { suggestion: nearest }) : { en: '', ko: '' };
        fail(at([file, ruleId]), usage('suppressionsUnknownRule', { rule: ruleId, hint }));
      }
      const count = isObject(entry) && Object.keys(entry).length === 1 ? entry.count : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) fail(at([file, ruleId], 'value'), usage('suppressionsCount', { rule: ruleId }));
    }
  }
  return copy(value as Baseline);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse names an offset ("at position 42"); the user wants a line and column. */
function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const offset = Number(/position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? 0);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The suppressions file of a run: `--suppressions-location`, else beside the config (else in the working folder). */
export function suppressionsPath(options: { cwd: string; location?: string; configDir: string }): string {
  return options.location ? path.resolve(options.cwd, options.location) : path.join(options.configDir, SUPPRESSIONS_FILE_NAME);
}
