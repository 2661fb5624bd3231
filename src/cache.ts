/**
 * `--cache`: the findings of the last run, kept with a hash of every file, the config and the version.
 * duplicate-id and unknown-playbook look across files, so the cache answers only when nothing changed;
 * any changed, added or removed file (or config, option, version) re-lints the whole run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileResult } from './findings.js';
import { writeFileAtomic } from './io.js';
import type { SourceInput } from './lint.js';

export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/servicebook/lint-cache.json';

interface CacheFile {
  key: string;
  results: readonly FileResult[];
}

/** One hash over everything the findings depend on: the settings and every input, in order. */
export function cacheKey(settings: unknown, inputs: readonly SourceInput[]): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const input of inputs) {
    hash.update(`\0${input.filePath}\0`);
    hash.update('text' in input ? input.text : JSON.stringify(input.finding));
  }
  return hash.digest('hex');
}

export function readCache(location: string, key: string): FileResult[] | undefined {
  try {
    const cached = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
    return cached.key === key && Array.isArray(cached.results) ? [...cached.results] : undefined;
  } catch {
    return undefined; // no cache yet, or a broken one: lint afresh and write a new one
  }
}

export function writeCache(location: string, key: string, results: readonly FileResult[]): void {
  try {
    mkdirSync(path.dirname(location), { recursive: true });
    writeFileAtomic(location, JSON.stringify({ key, results } satisfies CacheFile));
  } catch {
    // A cache that cannot be written only costs time next run; the lint result stands.
  }
}
