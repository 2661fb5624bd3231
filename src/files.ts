/** Paths, folders and globs → the YAML files to read, and reading them safely. The I/O edge of input. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './errors.js';
import type { ProjectConfig } from './config.js';
import type { Finding } from './findings.js';

export interface InputFile {
  /** As given on the command line or found under it (FORMAT.md §5). */
  filePath: string;
  absolutePath: string;
}

const YAML_FILES = '**/*.{yaml,yml}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export async function resolveInputs(
  paths: readonly string[],
  options: { cwd: string; include: readonly string[]; exclude: readonly string[]; baseDir: string },
): Promise<InputFile[]> {
  const ignore = [...ALWAYS_IGNORED, ...options.exclude.map((pattern) => toCwdPattern(pattern, options))];
  const found = new Map<string, InputFile>();
  const add = (filePath: string) => {
    const absolutePath = path.resolve(options.cwd, filePath);
    if (!found.has(absolutePath)) found.set(absolutePath, { filePath, absolutePath });
  };

  if (paths.length === 0) {
    const patterns = options.include.map((pattern) => toCwdPattern(pattern, options));
    const matches = await glob(patterns, { cwd: options.cwd, ignore, dot: false, expandDirectories: false });
    if (matches.length === 0) {
      throw new UsageError(`No files match the config's include (${options.include.join(', ')}); name files or folders to lint.`);
    }
    matches.sort().forEach(add);
    return [...found.values()];
  }

  for (const given of paths) {
    const stats = statOrUndefined(path.resolve(options.cwd, given));
    if (stats?.isFile()) {
      add(given);
    } else if (stats?.isDirectory()) {
      const matches = await glob(YAML_FILES, { cwd: path.resolve(options.cwd, given), ignore: ALWAYS_IGNORED, dot: false });
      if (matches.length === 0) throw new UsageError(`No YAML files in folder ${given}`);
      matches.sort().forEach((match) => add(path.join(given, match)));
    } else if (isDynamicPattern(given)) {
      const matches = await glob(given, { cwd: options.cwd, ignore, dot: false, expandDirectories: false });
      if (matches.length === 0) throw new UsageError(`No files match ${given}`);
      matches.sort().forEach(add);
    } else {
      throw new UsageError(`No such file or folder: ${given}`);
    }
  }
  return [...found.values()];
}

function toCwdPattern(pattern: string, options: { cwd: string; baseDir: string }): string {
  const relativeBase = path.relative(options.cwd, options.baseDir).split(path.sep).join('/');
  return relativeBase ? `${relativeBase}/${pattern}` : pattern;
}

function statOrUndefined(absolutePath: string) {
  try {
    return statSync(absolutePath);
  } catch {
    return undefined;
  }
}

/** The text of a file, or the one finding that says why it cannot be read as YAML text. */
export function readSourceText(file: InputFile, maxBytes: number): { text: string } | { finding: Finding } {
  const fail = (message: string) => ({
    finding: { ruleId: 'yaml-syntax', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1 } satisfies Finding,
  });
  let bytes: Buffer;
  try {
    const size = statSync(file.absolutePath).size;
    if (size > maxBytes) {
      return fail(`The file is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} (maxFileBytes in servicebook.yaml).`);
    }
    bytes = readFileSync(file.absolutePath);
  } catch (error) {
    throw new UsageError(`Cannot read ${file.filePath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.includes(0)) return fail('The file is binary (it holds NUL bytes), not YAML text.');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail('The file is not UTF-8 text (Latin-1 or EUC-KR?): save it as UTF-8.');
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/** The texts of the files that paths (or the config's include) name: what every command starts from. */
export async function readInputs(
  paths: readonly string[],
  config: ProjectConfig,
  cwd: string,
): Promise<({ filePath: string; text: string } | { filePath: string; finding: Finding })[]> {
  const files = await resolveInputs(paths, { cwd, include: config.include, exclude: config.exclude, baseDir: config.baseDir });
  return files.map((file) => {
    const read = readSourceText(file, config.maxFileBytes);
    return 'text' in read ? { filePath: file.filePath, text: read.text } : { filePath: file.filePath, finding: read.finding };
  });
}
