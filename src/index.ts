/**
 * The programmatic API: the same findings as the CLI, on files or on strings.
 *
 *   import { lint } from 'servicebook';
 *   const results = await lint({ files: ['playbooks/'] });
 */
import { loadConfig, type ProjectConfig, type RuleSetting } from './config.js';
import { readInputs } from './files.js';
import type { FileResult } from './findings.js';
import { lint as lintSources, type SourceInput } from './lint.js';
import type { Lang } from './rules/types.js';

export type { FileResult, Finding, Range, Severity } from './findings.js';
export type { Manual, Playbook, Scenario, Script, Step, StepKind } from './model/types.js';
export type { ProjectConfig, RuleSetting } from './config.js';
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
  lang?: Lang;
}

export async function lint(input: ApiInput = {}, options: ApiOptions = {}): Promise<FileResult[]> {
  return check('lint', input, options);
}

export async function validate(input: ApiInput = {}, options: ApiOptions = {}): Promise<FileResult[]> {
  return check('validate', input, options);
}

async function check(mode: 'lint' | 'validate', input: ApiInput, options: ApiOptions): Promise<FileResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const config: ProjectConfig = loadConfig({ cwd, configPath: options.configFile });
  const inputs: SourceInput[] = [...(input.sources ?? [])];
  if (input.files || inputs.length === 0) inputs.unshift(...(await readInputs(input.files ?? [], config, cwd)));
  return lintSources(inputs, { config, mode, overrides: options.rules, reportUnusedDisables: options.reportUnusedDisables, lang: options.lang });
}
