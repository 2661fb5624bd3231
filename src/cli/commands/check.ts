/** `servicebook lint` and `servicebook validate`: files in, a report out, an exit code back. */
import path from 'node:path';
import { loadConfig, type RuleSetting } from '../../model/config.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import { projectFiles, readEach, rereader } from '../../engine/files.js';
import { countBySeverity, type FileResult } from '../../core/findings.js';
import { formatNames, loadFormatter, type FormatName } from '../../formatters/index.js';
import { resolveOutputPath, writeFileAtomic, type Io } from '../../engine/io.js';
import { chooseLang } from '../choose-lang.js';
import { finishLint } from '../../engine/lint.js';
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
}

export async function runCheck(mode: 'lint' | 'validate', paths: string[], options: CheckOptions, io: Io): Promise<number> {
  const format = parseFormat(options.format);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const jobs = parseJobs(options.jobs);
  const overrides = parseRuleOverrides(options.rule);
  const output = options.output ? resolveOutputPath(options.output, io.cwd) : undefined;
  const config = loadConfig({ cwd: io.cwd, configPath: options.config });
  const { files, context } = await projectFiles(paths, config, io.cwd, { onlyIncluded: options.onlyIncluded === true, mode });
  const lang = chooseLang(options.lang, io.env);
  const readAgain = rereader([...context, ...files], config.maxFileBytes);
  const lintOptions = { config, mode, overrides, reportUnusedDisables: options.reportUnusedDisables === true, lang, readAgain };
  const contextChecks = checkContext(context, config.maxFileBytes, lintOptions);
  const cache = options.cache ? await import('../../engine/cache.js') : undefined; // node:crypto only when asked for
  const results = cache
    ? cache.lintWithCache(readEach(files, config.maxFileBytes), lintOptions, path.resolve(io.cwd, options.cacheLocation ?? cache.DEFAULT_CACHE_LOCATION), contextChecks)
    : finishLint(await checkFiles(files, config.maxFileBytes, lintOptions, threadCount(jobs, files.length)), lintOptions, contextChecks);
  const shown: FileResult[] = options.quiet
    ? results.map((result) => ({ ...result, findings: result.findings.filter((f) => f.severity === 'error') }))
    : results;

  // NO_COLOR counts when set to anything but the empty string (no-color.org).
  const color = options.color && !options.output && io.stdoutIsTTY && !io.env.NO_COLOR;
  const formatter = await loadFormatter(format);
  const report = formatter(shown, { color, rules, version, lang, cwd: io.cwd });
  if (output) writeFileAtomic(output, report);
  else io.stdout(report);

  const { errors, warnings } = countBySeverity(shown.flatMap((result) => result.findings));
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? ExitCode.failure : ExitCode.ok;
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

