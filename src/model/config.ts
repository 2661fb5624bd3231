/** The project config, servicebook.yaml (FORMAT.md §2): found, validated and resolved once per run. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { usage } from '../core/messages.js';
import type { Severity } from '../core/findings.js';
import { parseSource } from './load.js';
import { schemaProblems } from './schema.js';
import type { StepKind } from './types.js';

export const CONFIG_FILE_NAME = 'servicebook.yaml';
export type RuleSetting = Severity | 'off';

export interface ProjectConfig {
  /** The config file, when there is one. */
  filePath?: string;
  /** Folder that `include` and `exclude` are relative to. */
  baseDir: string;
  extends: 'recommended' | 'strict';
  include: string[];
  exclude: string[];
  locale: string;
  channels: string[];
  required: Record<string, StepKind[]>;
  rules: Record<string, RuleSetting>;
  limits: Record<string, { maxBytes?: number }>;
  words: { riskyPromise: string[]; emptyMarkers: string[] };
  maxFileBytes: number;
  /** Settings for the files that globs match, laid over the rest in order (src/model/overrides.ts). */
  overrides?: ConfigOverride[];
}

/** One entry of `overrides`: its globs are relative to the config's folder. */
export interface ConfigOverride {
  files: string[];
  excludeFiles?: string[];
  rules?: Record<string, RuleSetting>;
  required?: Record<string, StepKind[]>;
  purposes?: Record<string, StepKind[]>;
  limits?: Record<string, Record<string, number>>;
  channels?: string[];
  locale?: string;
  publicChannels?: string[];
}

export const DEFAULT_REQUIRED: StepKind[] = ['empathy', 'explanation', 'follow-up'];

export function defaultConfig(baseDir: string): ProjectConfig {
  return {
    baseDir,
    extends: 'recommended',
    include: ['playbooks/**/*.yaml', 'playbooks/**/*.yml'],
    exclude: [],
    locale: 'ko-KR',
    channels: [],
    required: { '*': [...DEFAULT_REQUIRED] },
    rules: {},
    limits: {},
    words: { riskyPromise: [], emptyMarkers: [] },
    maxFileBytes: 5 * 1024 * 1024,
  };
}

/** servicebook.yaml in `dir` or the nearest folder above it. */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export function loadConfig(options: { cwd: string; configPath?: string }): ProjectConfig {
  const filePath = options.configPath ? path.resolve(options.cwd, options.configPath) : findConfigFile(options.cwd);
  if (!filePath) return defaultConfig(options.cwd);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new UsageError(usage('cannotReadConfig', { file: displayPath(options.cwd, filePath), reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  return parseConfig(displayPath(options.cwd, filePath), text, filePath);
}

/** Parses and validates config text; a bad config stops the run (exit 2) naming file, line and key. */
export function parseConfig(shownPath: string, text: string, absolutePath: string): ProjectConfig {
  const baseDir = path.dirname(absolutePath);
  const source = parseSource(shownPath, text);
  const syntax = source.syntaxFindings[0];
  if (syntax) {
    // Worded again in Korean only on this error path: the config is read before the language matters.
    const ko = parseSource(shownPath, text, 'fast', 'ko').syntaxFindings[0]?.message ?? syntax.message;
    throw new UsageError(usage('configAt', { file: shownPath, line: syntax.line, column: syntax.column, problem: { en: syntax.message, ko } }));
  }
  const document = source.documents[0];
  const value = document?.value ?? {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(usage('configNotMapping', { file: shownPath }));
  }
  const problem = schemaProblems(value, 'config')[0];
  if (problem && document) {
    const at = document.locate(problem.path, problem.target);
    throw new UsageError(usage('configAt', { file: shownPath, line: at.line, column: at.column, problem: problem.message }));
  }
  const raw = value as Partial<Omit<ProjectConfig, 'words'>> & { words?: Partial<ProjectConfig['words']> };
  const defaults = defaultConfig(baseDir);
  return {
    ...defaults,
    ...raw,
    filePath: absolutePath,
    baseDir,
    required: { ...defaults.required, ...raw.required },
    rules: { ...raw.rules },
    limits: { ...raw.limits },
    words: { ...defaults.words, ...raw.words },
  };
}

/** The severity a rule runs at: `--rule` over config `rules` over the preset. */
export function ruleSetting(
  rule: { id: string; severity: Severity },
  config: ProjectConfig,
  overrides: Readonly<Record<string, RuleSetting>> = {},
): RuleSetting {
  const explicit = overrides[rule.id] ?? config.rules[rule.id];
  if (explicit) return explicit;
  return config.extends === 'strict' ? 'error' : rule.severity;
}

/** Required step kinds of one channel: `*` plus the channel's own list. */
export function requiredKinds(config: ProjectConfig, channel: string): StepKind[] {
  const kinds = [...(config.required['*'] ?? []), ...(config.required[channel] ?? [])];
  return [...new Set(kinds)];
}

function displayPath(cwd: string, filePath: string): string {
  const relative = path.relative(cwd, filePath);
  return relative && !relative.startsWith('..') ? relative : filePath;
}
