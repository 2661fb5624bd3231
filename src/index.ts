/**
 * The programmatic API: the same findings as the CLI, on files or on strings, and the handbook as text.
 *
 *   import { lint } from 'servicebook';
 *   const results = await lint({ files: ['playbooks/'] });
 */
import { loadConfig, type ProjectConfig, type RuleSetting } from './model/config.js';
import { inputFiles, projectContext, readInputs } from './engine/files.js';
import { checkContext } from './engine/heads.js';
import type { FileResult } from './core/findings.js';
import { lint as lintSources, type SourceInput } from './engine/lint.js';
import { renderHtml } from './render/html.js';
import { chooseDocuments, lintForHandbook, withManual } from './render/inputs.js';
import { renderMarkdown } from './render/markdown.js';
import { buildHandbook } from './render/model.js';
import type { Lang } from './core/language.js';

export type { FileResult, Finding, Range, Severity } from './core/findings.js';
export type { Manual, Playbook, Scenario, Script, Step, StepKind } from './model/types.js';
export type { ProjectConfig, RuleSetting } from './model/config.js';
export type { Rule } from './rules/types.js';
export type { Lang, Message } from './core/language.js';
export { UsageError } from './core/errors.js';
export { rules } from './rules/index.js';

export interface ApiInput {
  /** Files, folders or globs, as on the command line; with neither files nor sources, the config's include. */
  files?: string[];
  /** Texts to check as if they were files of these names. */
  sources?: { filePath: string; text: string }[];
}

export interface ApiOptions {
  /** Where paths, the config and include are resolved from (default: process.cwd()). */
  cwd?: string;
  /** A config file to use instead of the nearest servicebook.yaml. */
  configFile?: string;
  /** Rule severities over the config's, like --rule. */
  rules?: Record<string, RuleSetting>;
  reportUnusedDisables?: boolean;
  /** Language of the messages (default: en; the CLI's --lang). */
  lang?: Lang;
}

export async function lint(input: ApiInput = {}, options: ApiOptions = {}): Promise<FileResult[]> {
  return check('lint', input, options);
}

/** YAML syntax and JSON Schema only: no rule runs. */
export async function validate(input: ApiInput = {}, options: ApiOptions = {}): Promise<FileResult[]> {
  return check('validate', input, options);
}

async function check(mode: 'lint' | 'validate', input: ApiInput, options: ApiOptions): Promise<FileResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const config: ProjectConfig = loadConfig({ cwd, configPath: options.configFile });
  const inputs = await gather(input, config, cwd);
  // Files given inside a project with a config: the rules across files read the rest of its include too (FORMAT.md §4).
  const given = mode === 'lint' && input.files?.length ? await inputFiles(input.files, config, cwd) : [];
  const lintOptions = { config, mode, overrides: options.rules, reportUnusedDisables: options.reportUnusedDisables, lang: options.lang, cwd };
  const context = checkContext(given.length > 0 ? await projectContext(given, config, cwd) : [], config.maxFileBytes, lintOptions);
  return lintSources(inputs, lintOptions, context);
}

async function gather(input: ApiInput, config: ProjectConfig, cwd: string): Promise<SourceInput[]> {
  const inputs: SourceInput[] = [...(input.sources ?? [])];
  if (input.files || inputs.length === 0) inputs.unshift(...(await readInputs(input.files ?? [], config, cwd)));
  return inputs;
}

export type RenderFormat = 'html' | 'md';

export interface RenderInput extends ApiInput {
  /** The manual whose chapters give the order (like --manual): a file, or the filePath of one of the sources. */
  manual?: string;
}

export interface RenderOptions extends Pick<ApiOptions, 'cwd' | 'configFile' | 'lang'> {
  /** html (default): one self-contained file with print CSS; md: GitHub-flavoured Markdown. */
  format?: RenderFormat;
  /** Render even when lint finds errors (like --force). */
  force?: boolean;
}

/** `text` is what `servicebook render` writes; input with lint errors gives `ok: false` unless `force`. */
export type RenderResult =
  | { ok: true; text: string; results: FileResult[]; leftOut: string[] }
  | { ok: false; results: FileResult[] };

export async function render(input: RenderInput = {}, options: RenderOptions = {}): Promise<RenderResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = loadConfig({ cwd, configPath: options.configFile });
  const inputs = await withManual(await gather(input, config, cwd), input.manual, config, cwd);
  const { results, loaded } = lintForHandbook(inputs, { config, mode: 'lint', lang: options.lang, cwd });
  const failed = results.some((result) => result.findings.some((finding) => finding.severity === 'error'));
  if (failed && !options.force) return { ok: false, results };
  const handbook = buildHandbook({ ...chooseDocuments(loaded, input.manual, { config, cwd }), config });
  const text = options.format === 'md' ? renderMarkdown(handbook) : renderHtml(handbook);
  return { ok: true, text, results, leftOut: handbook.leftOut };
}

