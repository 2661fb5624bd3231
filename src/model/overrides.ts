/**
 * `overrides` in servicebook.yaml (FORMAT.md §2): settings for the files that globs match, applied in order
 * after the rest of the config. What is in force for a file is its config's settings with every matching
 * override laid over them, key by key.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { ConfigOverride, ProjectConfig } from './config.js';

/** What an override may set; the keys that merge per entry, and those whose value replaces the config's. */
export const MERGED_PER_KEY = ['rules', 'required', 'purposes', 'limits'] as const;
export const REPLACED = ['channels', 'locale', 'publicChannels'] as const;

type Matcher = (relativePath: string) => boolean;
const matchers = new WeakMap<ConfigOverride, Matcher>();

function matcherOf(override: ConfigOverride): Matcher {
  let matcher = matchers.get(override);
  if (!matcher) {
    const options = { dot: true };
    const included = picomatch(override.files, options);
    const excluded = override.excludeFiles?.length ? picomatch(override.excludeFiles, options) : () => false;
    matcher = (relativePath) => included(relativePath) && !excluded(relativePath);
    matchers.set(override, matcher);
  }
  return matcher;
}

/** A file's path as override globs see it: relative to the config's folder, with forward slashes. */
export function pathForOverrides(config: Pick<ProjectConfig, 'baseDir'>, absolutePath: string): string {
  return path.relative(config.baseDir, absolutePath).split(path.sep).join('/');
}

/** The overrides that apply to a file, in the config's order (what the cache keys each file's entry on). */
export function matchingOverrides(config: ProjectConfig, absolutePath: string): ConfigOverride[] {
  const overrides = config.overrides ?? [];
  if (overrides.length === 0) return [];
  const relativePath = pathForOverrides(config, absolutePath);
  return overrides.filter((override) => matcherOf(override)(relativePath));
}

const resolved = new WeakMap<ProjectConfig, Map<string, ProjectConfig>>();

/**
 * The config in force for one file. The same object as `config` when no override matches, and one object per
 * set of matching overrides, so that a library of thousands of files builds only a few.
 */
export function configFor(config: ProjectConfig, absolutePath: string): ProjectConfig {
  const matching = matchingOverrides(config, absolutePath);
  if (matching.length === 0) return config;
  const key = matching.map((override) => config.overrides!.indexOf(override)).join(',');
  let byKey = resolved.get(config);
  if (!byKey) resolved.set(config, (byKey = new Map()));
  let merged = byKey.get(key);
  // What is in force for one file has no overrides left to apply.
  if (!merged) byKey.set(key, (merged = { ...matching.reduce(applyOverride, config), overrides: undefined }));
  return merged;
}

/** One override laid over a config: per key for rules, required, purposes and limits; a list replaces a list. */
export function applyOverride(config: ProjectConfig, override: ConfigOverride): ProjectConfig {
  const next: Record<string, unknown> = { ...config };
  const base = config as unknown as Record<string, unknown>;
  for (const key of MERGED_PER_KEY) {
    const value = override[key];
    if (value === undefined) continue;
    next[key] = key === 'limits' ? mergeLimits(config.limits, override.limits!) : { ...(base[key] as object | undefined), ...value };
  }
  for (const key of REPLACED) {
    const value = override[key];
    if (value !== undefined) next[key] = Array.isArray(value) ? [...value] : value;
  }
  return next as unknown as ProjectConfig;
}

/** Limits merge per channel and, within a channel, per limit (maxBytes, maxChars). */
function mergeLimits(base: ProjectConfig['limits'], over: ProjectConfig['limits']): ProjectConfig['limits'] {
  const merged: ProjectConfig['limits'] = { ...base };
  for (const [channel, limits] of Object.entries(over)) merged[channel] = { ...base[channel], ...limits };
  return merged;
}
