/**
 * `servicebook export --to TARGET --out DIR`: lint, refuse on errors (unless --force), build the target's files,
 * check every placeholder is mapped (exit 2 before any write), then --plan prints new / changed / gone, or the
 * files are written one by one atomically, the files of gone items removed, and the lock file written last.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import type { FileResult } from '../../core/findings.js';
import type { Lang } from '../../core/language.js';
import { say, usage } from '../../core/messages.js';
import { version } from '../../core/version.js';
import { readInputs } from '../../engine/files.js';
import { writeFileAtomic, type Io } from '../../engine/io.js';
import { buildExport } from '../../export/export.js';
import { LOCK_FILE, lockOf, parseLock, planOf, type ExportPlan } from '../../export/lock.js';
import { jsonFile } from '../../export/output.js';
import { isExportTarget, type ExportTarget } from '../../export/scripts.js';
import { loadFormatter } from '../../formatters/index.js';
import { loadConfig } from '../../model/config.js';
import { lintForHandbook } from '../../render/inputs.js';
import { rules } from '../../rules/index.js';
import { chooseLang } from '../choose-lang.js';

export interface ExportOptions {
  to?: string;
  out?: string;
  plan?: boolean;
  format?: string;
  force?: boolean;
  config?: string;
  lang?: string;
}

export async function runExport(paths: string[], options: ExportOptions, io: Io): Promise<number> {
  const target = options.to ?? '';
  if (!isExportTarget(target)) throw new UsageError(usage('unknownExportTarget', { target }));
  if (!options.out) throw new UsageError(usage('needOutFolder'));
  if (options.format !== undefined && options.format !== 'stylish' && options.format !== 'json') {
    throw new UsageError(usage('unknownFormat', { format: options.format, formats: 'stylish, json' }));
  }
  const out = outFolder(options.out, io.cwd);
  const lang = chooseLang(options.lang, io.env);
  const config = loadConfig({ cwd: io.cwd, configPath: options.config });
  const { results, loaded } = lintForHandbook(await readInputs(paths, config, io.cwd), { config, mode: 'lint', lang, cwd: io.cwd });
  if (!(await allowed(errorsOf(results), options.force, lang, io))) return ExitCode.failure;

  const sources = loaded.flatMap((one) => one.playbooks.map((ref) => ({ filePath: ref.file.filePath, playbook: ref.data })));
  const result = buildExport(target, sources, config);
  const problems = result.problems.map((problem) => ({ filePath: problem.filePath, message: problem.message[lang] }));
  if (problems.length > 0) {
    for (const problem of problems) io.stderr(`${problem.filePath}: ${problem.message}\n`);
    if (!options.force) {
      io.stderr(`${say(lang, 'exportRefused')}\n`);
      return ExitCode.failure;
    }
  }

  const lockPath = path.join(out, LOCK_FILE);
  const previous = existsSync(lockPath) ? parseLock(readFileSync(lockPath, 'utf8'), shown(lockPath, io.cwd), target) : undefined;
  const plan = planOf(result, previous);
  if (options.plan) {
    io.stdout(options.format === 'json' ? jsonFile(plan) : stylishPlan(plan, target, options.out, lang));
    return ExitCode.ok;
  }
  for (const file of result.files) writeFileAtomic(inside(out, file.path), file.content);
  const written = new Set(result.files.map((file) => file.path));
  for (const key of plan.gone) {
    const file = previous!.items[key]!.file;
    if (written.has(file)) continue;
    rmSync(inside(out, file), { force: true });
    removeEmptyFolders(path.dirname(inside(out, file)), out);
  }
  writeFileAtomic(lockPath, jsonFile(lockOf(result)));
  const counts = { new: plan.new.length, changed: plan.changed.length, gone: plan.gone.length };
  io.stderr(`${say(lang, 'exportWrote', { count: result.files.length, target, folder: options.out, ...counts })}\n`);
  return ExitCode.ok;
}

/** The --out folder: made if missing; a file there is an error before any work. */
export function outFolder(out: string, cwd: string): string {
  const absolute = path.resolve(cwd, out);
  if (existsSync(absolute) && !statSync(absolute).isDirectory()) throw new UsageError(usage('outIsFile', { folder: out }));
  return absolute;
}

/** A path the lock or the export names, kept inside the folder (a lock edited by hand cannot reach out of it). */
function inside(folder: string, file: string): string {
  const absolute = path.resolve(folder, file);
  const relative = path.relative(folder, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) throw new UsageError(usage('exportBadLock', { file, reason: 'a path outside the folder' }));
  return absolute;
}

/** The folders a gone item leaves empty, up to --out (never --out itself). */
function removeEmptyFolders(folder: string, out: string): void {
  for (let current = folder; current !== out && current.startsWith(out + path.sep); current = path.dirname(current)) {
    if (!existsSync(current) || readdirSync(current).length > 0) return;
    rmdirSync(current);
  }
}

function errorsOf(results: FileResult[]): FileResult[] {
  return results.map((result) => ({ ...result, findings: result.findings.filter((finding) => finding.severity === 'error') }));
}

async function allowed(errors: FileResult[], force: boolean | undefined, lang: Lang, io: Io): Promise<boolean> {
  if (errors.every((result) => result.findings.length === 0)) return true;
  const stylish = await loadFormatter('stylish');
  io.stderr(stylish(errors, { color: false, rules, version, lang, cwd: io.cwd }));
  if (force) return true;
  io.stderr(`${say(lang, 'exportRefused')}\n`);
  return false;
}

export function stylishPlan(plan: ExportPlan, target: ExportTarget, folder: string, lang: Lang): string {
  const head = say(lang, 'exportPlanHead', { target, folder, new: plan.new.length, changed: plan.changed.length, gone: plan.gone.length });
  const labels = [say(lang, 'exportPlanNew'), say(lang, 'exportPlanChanged'), say(lang, 'exportPlanGone')];
  const width = Math.max(...labels.map((label) => label.length));
  const lines = ([plan.new, plan.changed, plan.gone] as const).flatMap((keys, index) => keys.map((key) => `  ${'+~-'[index]} ${labels[index]!.padEnd(width)}  ${key}`));
  return `${[head, ...lines].join('\n')}\n`;
}

function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') ? relative : file;
}
