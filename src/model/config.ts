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
  /** Required kinds per scenario purpose: the preset's, with the project's entries over them (FORMAT.md §2). */
  purposes: Record<string, StepKind[]>;
  /** Channels whose replies everyone can read (default: [social]). */
  publicChannels: string[];
  rules: Record<string, RuleSetting>;
  limits: Record<string, { maxBytes?: number; maxChars?: number }>;
  words: { riskyPromise: string[]; emptyMarkers: string[] };
  maxFileBytes: number;
  /** Per help-desk target, how each placeholder is written there (FORMAT.md §2 `export`). */
  export?: Record<string, { placeholders?: Record<string, string> }>;
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

/** The required kinds of the built-in purposes, as `recommended` and `strict` set them (FORMAT.md §2). */
export const DEFAULT_PURPOSES: Readonly<Record<string, readonly StepKind[]>> = {
  complaint: ['empathy', 'explanation', 'follow-up'],
  inquiry: ['explanation'],
  request: ['explanation', 'follow-up'],
  notice: ['explanation'],
  transfer: ['escalation'],
};

export const DEFAULT_PUBLIC_CHANNELS: readonly string[] = ['social'];

function defaultPurposes(): Record<string, StepKind[]> {
  return Object.fromEntries(Object.entries(DEFAULT_PURPOSES).map(([purpose, kinds]) => [purpose, [...kinds]]));
}

export function defaultConfig(baseDir: string): ProjectConfig {
  return {
    baseDir,
    extends: 'recommended',
    include: ['playbooks/**/*.yaml', 'playbooks/**/*.yml'],
    exclude: [],
    locale: 'ko-KR',
    channels: [],
    required: { '*': [...DEFAULT_REQUIRED] },
    purposes: defaultPurposes(),
    publicChannels: [...DEFAULT_PUBLIC_CHANNELS],
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
    purposes: { ...defaults.purposes, ...raw.purposes },
    publicChannels: raw.publicChannels ?? defaults.publicChannels,
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

/**
 * Required step kinds of one script: its scenario's purpose's kinds (or `*` for a scenario without one), plus
 * the channel's own list, which is added whatever the purpose.
 */
export function requiredKinds(config: ProjectConfig, channel: string, purpose?: string): StepKind[] {
  const base = purpose !== undefined && Object.hasOwn(config.purposes, purpose) ? config.purposes[purpose] : config.required['*'];
  const kinds = [...(base ?? []), ...(Object.hasOwn(config.required, channel) ? config.required[channel] ?? [] : [])];
  return [...new Set(kinds)];
}

/** Every purpose a scenario may name: the built-in ones and those the config declares. */
export function knownPurposes(config: Pick<ProjectConfig, 'purposes'>): string[] {
  return Object.keys(config.purposes);
}

export function isPublicChannel(config: Pick<ProjectConfig, 'publicChannels'>, channel: string): boolean {
  return config.publicChannels.includes(channel);
}

function displayPath(cwd: string, filePath: string): string {
  const relative = path.relative(cwd, filePath);
  return relative && !relative.startsWith('..') ? relative : filePath;
}
