/**
 * `--cache`: what each file's own checks found, kept with a hash of its text, under a key of the settings
 * (version, config, options). A file whose text is unchanged is not parsed again; the rules that look across
 * files (duplicate-id, unknown-playbook) and disable comments run every time, so a change anywhere is seen.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileResult } from '../core/findings.js';
import { writeFileAtomic } from './io.js';
import { checkFile, finishLint, type FileCheck, type LintOptions, type SourceInput } from './lint.js';
import { withoutBom } from '../model/load.js';
import { matchingOverrides } from '../model/overrides.js';
import { version } from '../core/version.js';

export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/servicebook/lint-cache.json';

interface CacheFile {
  settings: string;
  /** Each file's check without its text: the text is the file's own, read again each run. */
  files: Record<string, { hash: string; check: FileCheck }>;
}

/** Bumped when what a cache entry holds changes, so that an older cache is not read with the new meaning. */
const CACHE_FORMAT = 3;

export function lintWithCache(inputs: Iterable<SourceInput>, options: LintOptions, location: string, context: readonly FileCheck[] = []): FileResult[] {
  // The overrides are not in the run's key but in each file's: editing one re-checks only the files it matches.
  const { overrides, ...config } = options.config;
  const settings = hash(JSON.stringify({ version, format: CACHE_FORMAT, ...options, config }));
  const appliesTo = (filePath: string) =>
    overrides?.length ? '\0' + JSON.stringify(matchingOverrides(options.config, path.resolve(options.cwd ?? config.baseDir, filePath))) : '';
  const previous = readCache(location);
  const entries = previous?.settings === settings ? previous.files : {};
  const next: CacheFile = { settings, files: {} };
  const checks = Array.from(inputs, (input): FileCheck => {
    const inputHash = hash(('text' in input ? input.text : JSON.stringify(input.finding)) + appliesTo(input.filePath));
    const entry = entries[input.filePath];
    const check = entry?.hash === inputHash ? withText(entry.check, input, options) : checkFile(input, options);
    next.files[input.filePath] = { hash: inputHash, check: withoutText(check) };
    return check;
  });
  const results = finishLint(checks, options, context);
  writeCache(location, next);
  return results;
}

/** A cached check, given back its text when the run keeps texts (when it cannot read them again). */
function withText(check: FileCheck, input: SourceInput, options: LintOptions): FileCheck {
  if (!check.source || !('text' in input) || options.readAgain) return check;
  return { ...check, source: { ...check.source, text: withoutBom(input.text) } };
}

function withoutText(check: FileCheck): FileCheck {
  if (check.source?.text === undefined) return check;
  const { text: _text, ...source } = check.source;
  return { ...check, source };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function readCache(location: string): CacheFile | undefined {
  try {
    const cache = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
    return typeof cache.settings === 'string' && typeof cache.files === 'object' && cache.files !== null ? cache : undefined;
  } catch {
    return undefined; // no cache yet, or a broken one: check afresh and write a new one
  }
}

function writeCache(location: string, cache: CacheFile): void {
  try {
    mkdirSync(path.dirname(location), { recursive: true });
    writeFileAtomic(location, JSON.stringify(cache));
  } catch {
    // A cache that cannot be written only costs time next run; the lint result stands.
  }
}
