/** `servicebook lint` and `servicebook validate`: files in, a report out, an exit code back. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, ruleSetting, type ProjectConfig, type RuleSetting } from '../../model/config.js';
import { configFor } from '../../model/overrides.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import { projectFiles, readEach, rereader, type InputFile } from '../../engine/files.js';
import { countBySeverity, type FileResult } from '../../core/findings.js';
import { formatNames, loadFormatter, type FormatName } from '../../formatters/index.js';
import { checkWritable, resolveOutputPath, writeFilesAtomic, type Io } from '../../engine/io.js';
import {
  applyBaseline,
  baselineKey,
  pruneBaseline,
  readBaseline,
  recordBaseline,
  suppressionsPath,
  writeBaseline,
  type Baseline,
} from '../../engine/baseline.js';
import type { Lang } from '../../core/language.js';
import { suggest } from '../../core/suggest.js';
import { chooseLang } from '../choose-lang.js';
import { finishLint, lint, type FileCheck, type LintOptions, type SourceInput } from '../../engine/lint.js';
import { checkFiles, threadCount } from '../../engine/parallel.js';
import { checkContext } from '../../engine/heads.js';
import { usage } from '../../core/messages.js';
import { rules } from '../../rules/index.js';
import { version } from '../../core/version.js';

export interface CheckOptions {
  format: string;
  output?: string;
  maxWarnings?: string;
  quiet?: boolean;
  config?: string;
  rule: string[];
  color: boolean;
  reportUnusedDisables?: boolean;
  lang?: string;
  cache?: boolean;
  cacheLocation?: string;
  jobs?: string;
  /** Lint only the files given that the config's include selects (a pre-commit hook hands over every YAML file). */
  onlyIncluded?: boolean;
  printConfig?: string;
  report?: string[];
  changedSince?: string;
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

export async function runCheck(mode: 'lint' | 'validate', paths: string[], options: CheckOptions, io: Io): Promise<number> {
  const format = parseFormat(options.format);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const jobs = parseJobs(options.jobs);
  const overrides = parseRuleOverrides(options.rule);
  const output = options.output ? resolveOutputPath(options.output, io.cwd) : undefined;
  const reports = parseReports(options.report ?? [], io.cwd, output);
  const suppressRules = parseSuppressRules(options.suppressRule ?? []);
  const config = loadConfig({ cwd: io.cwd, configPath: options.config });
  if (options.printConfig !== undefined) {
    io.stdout(`${JSON.stringify(configInForce(config, path.resolve(io.cwd, options.printConfig), overrides), null, 2)}\n`);
    return ExitCode.ok;
  }
  const suppressions = openBaseline(config, options, suppressRules, io.cwd);
  let keep: ((file: { absolutePath: string }) => boolean) | undefined;
  if (options.changedSince !== undefined) {
    const { changedFiles, realPath } = await import('../../engine/changed.js'); // git is run only when asked for
    const changed = changedFiles(options.changedSince, io.cwd);
    keep = (file) => changed.has(realPath(file.absolutePath));
  }
  // Given some files of a project (paths, --changed-since), the rules across files read the rest too (context).
  const { files, context: rest } = await projectFiles(paths, config, io.cwd, { onlyIncluded: options.onlyIncluded === true, mode, keep });
  const lang = chooseLang(options.lang, io.env);
  const readAgain = rereader([...rest, ...files], config.maxFileBytes);
  const lintOptions = { config, mode, overrides, reportUnusedDisables: options.reportUnusedDisables === true, lang, readAgain, cwd: io.cwd };
  const contextChecks = checkContext(rest, config.maxFileBytes, lintOptions);
  const cache = options.cache ? await import('../../engine/cache.js') : undefined; // node:crypto only when asked for
  const fixing = mode === 'lint' && (options.fix === true || options.fixDryRun === true);
  const results = fixing
    ? await lintAndFix(files, { ...lintOptions, readAgain: undefined }, contextChecks, options.fixDryRun === true ? io : undefined)
    : cache
    ? cache.lintWithCache(readEach(files, config.maxFileBytes), lintOptions, path.resolve(io.cwd, options.cacheLocation ?? cache.DEFAULT_CACHE_LOCATION), contextChecks)
    : finishLint(await checkFiles(files, config.maxFileBytes, lintOptions, threadCount(jobs, files.length)), lintOptions, contextChecks);
  const outcome = settleBaseline(suppressions, results, { mode, lang, reportUnused: options.reportUnusedDisables === true });
  const shown: FileResult[] = options.quiet
    ? outcome.results.map((result) => ({ ...result, findings: result.findings.filter((f) => f.severity === 'error') }))
    : outcome.results;

  // NO_COLOR counts when set to anything but the empty string (no-color.org).
  const color = options.color && !options.output && io.stdoutIsTTY && !io.env.NO_COLOR;
  const context = { rules, version, lang, cwd: io.cwd, baseline: outcome.summary };
  const formatted = async (name: FormatName, inColor: boolean) => (await loadFormatter(name))(shown, { ...context, color: inColor });
  const written = [];
  if (output) written.push({ path: output, shown: options.output!, content: await formatted(format, false) });
  for (const report of reports) written.push({ path: report.path, shown: report.file, content: await formatted(report.format, false) });
  writeFilesAtomic(written);
  if (!output) io.stdout(await formatted(format, color));

  // The run that records the baseline exits 0 (FORMAT.md §4), even with an unused disable comment, which it cannot record.
  if (options.suppressAll) return ExitCode.ok;
  const { errors, warnings } = countBySeverity(shown.flatMap((result) => result.findings));
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? ExitCode.failure : ExitCode.ok;
}

/**
 * `--fix` and `--fix-dry-run`: lint, apply the fixes to each file's text (writing it, or printing a diff), and
 * lint the fixed texts again, so that what is reported is what remains, at its new place.
 */
async function lintAndFix(files: readonly InputFile[], lintOptions: LintOptions, context: readonly FileCheck[], dryRun: Io | undefined): Promise<FileResult[]> {
  const { applyFixes, fixDiff, sameShape, writeFixed } = await import('../../engine/fix.js');
  const inputs = [...readEach(files, lintOptions.config.maxFileBytes)];
  const first = lint(inputs, lintOptions, context);
  const findingsOf = new Map(first.map((result) => [result.filePath, result.findings]));
  let changed = false;
  const fixedInputs = inputs.map((input, index): SourceInput => {
    if (!('text' in input)) return input;
    const { text } = applyFixes(input.text, findingsOf.get(input.filePath) ?? []);
    if (text === input.text || !sameShape(input.text, text)) return input;
    changed = true;
    if (dryRun) dryRun.stdout(fixDiff(input.filePath, input.text, text));
    else writeFixed(files[index]!.absolutePath, text);
    return { filePath: input.filePath, text };
  });
  return changed ? lint(fixedInputs, lintOptions, context) : first;
}

interface OpenBaseline {
  file: string;
  shown: string;
  baseline: Baseline;
  cwd: string;
  suppressAll: boolean;
  suppressRules: ReadonlySet<string>;
  prune: boolean;
}

/** The suppressions file of the run, read (a broken one stops the run) and, if it is to be written, checked writable. */
function openBaseline(config: ProjectConfig, options: CheckOptions, suppressRules: ReadonlySet<string>, cwd: string): OpenBaseline {
  const file = suppressionsPath({ cwd, location: options.suppressionsLocation, configDir: config.baseDir });
  const shown = path.relative(cwd, file) || file;
  const baseline = readBaseline(file, shown, rules.map((rule) => rule.id));
  const open = { file, shown, baseline, cwd, suppressAll: options.suppressAll === true, suppressRules, prune: options.pruneSuppressions === true };
  if (open.suppressAll || suppressRules.size > 0 || open.prune) checkWritable(file, shown);
  return open;
}

/** The baseline recorded (--suppress-all, --suppress-rule), pruned and written as asked, then applied to the results. */
function settleBaseline(open: OpenBaseline, results: FileResult[], options: { mode: 'lint' | 'validate'; lang: Lang; reportUnused: boolean }) {
  const keyOf = baselineKey(open.file, open.cwd);
  let inForce = open.baseline;
  if (open.suppressAll) inForce = recordBaseline(inForce, results, keyOf);
  else if (open.suppressRules.size > 0) inForce = recordBaseline(inForce, results, keyOf, open.suppressRules);
  if (open.prune) inForce = pruneBaseline(inForce, results, keyOf, (key) => existsSync(path.join(path.dirname(open.file), key)));
  if (inForce !== open.baseline) writeBaseline(open.file, inForce);
  // validate runs no rule but yaml-syntax and schema: the counts of the others are not "no longer occurring".
  const ran = options.mode === 'lint' ? undefined : new Set(['yaml-syntax', 'schema']);
  const outcome = applyBaseline(inForce, results, keyOf, {
    reportUnused: options.reportUnused,
    lang: options.lang,
    fileName: path.basename(open.file),
    considered: ran ? (ruleId) => ran.has(ruleId) : undefined,
  });
  const summary = Object.keys(inForce).length > 0 ? { file: open.shown, suppressed: outcome.suppressed, unused: outcome.unused } : undefined;
  return { ...outcome, summary };
}

/** `--report FORMAT=FILE`, each checked before the work: a known format, a file that can be written, named once. */
function parseReports(values: readonly string[], cwd: string, output: string | undefined): { format: FormatName; file: string; path: string }[] {
  const taken = new Set(output ? [output] : []);
  return values.map((value) => {
    const match = /^([a-z]+)=(.+)$/.exec(value);
    if (!match) throw new UsageError(usage('reportFormat', { value }));
    const [, format, file] = match as unknown as [string, string, string];
    if (!(formatNames as readonly string[]).includes(format)) throw new UsageError(usage('reportUnknownFormat', { value, format, formats: formatNames.join(', ') }));
    const absolute = resolveOutputPath(file, cwd);
    checkWritable(absolute, file);
    if (taken.has(absolute)) throw new UsageError(usage('reportTwice', { file }));
    taken.add(absolute);
    return { format: format as FormatName, file, path: absolute };
  });
}

/** `--suppress-rule ID` (repeatable): known rule ids only, with the nearest one suggested. */
function parseSuppressRules(values: readonly string[]): Set<string> {
  const known = rules.map((rule) => rule.id);
  for (const id of values) {
    if (known.includes(id)) continue;
    const nearest = suggest(id, known);
    throw new UsageError(usage('unknownSuppressRule', { id, hint: nearest ? usage('didYouMean', { suggestion: nearest }) : { en: '', ko: '' } }));
  }
  return new Set(values);
}

/** `--print-config FILE`: the settings in force for that file (its overrides laid over), every rule's severity resolved. */
function configInForce(config: ProjectConfig, absolutePath: string, overrides: Readonly<Record<string, RuleSetting>>): Record<string, unknown> {
  const effective = configFor(config, absolutePath);
  const { filePath: _file, baseDir: _dir, overrides: _overrides, ...settings } = effective;
  return { ...settings, rules: Object.fromEntries(rules.map((rule) => [rule.id, ruleSetting(rule, effective, overrides)])) };
}

function parseFormat(format: string): FormatName {
  if ((formatNames as readonly string[]).includes(format)) return format as FormatName;
  throw new UsageError(usage('unknownFormat', { format, formats: formatNames.join(', ') }));
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(usage('jobs', { value }));
  return Number(value);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(usage('maxWarnings', { value }));
  return Number(value);
}

const SETTINGS: readonly RuleSetting[] = ['off', 'warn', 'error'];

function parseRuleOverrides(values: readonly string[]): Record<string, RuleSetting> {
  const overrides: Record<string, RuleSetting> = Object.create(null);
  const known = new Set(rules.map((rule) => rule.id));
  for (const value of values) {
    const match = /^([a-z0-9-]+)=(off|warn|error)$/.exec(value.trim());
    if (!match) throw new UsageError(usage('ruleOverride', { value }));
    const [, id, setting] = match as unknown as [string, string, RuleSetting];
    if (!known.has(id)) throw new UsageError(usage('unknownRule', { id }));
    if (!SETTINGS.includes(setting)) throw new UsageError(usage('unknownSeverity', { setting }));
    overrides[id] = setting;
  }
  return overrides;
}

