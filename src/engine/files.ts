/** Paths, folders and globs → the YAML files to read, and reading them safely. The I/O edge of input. */
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { ProjectConfig } from '../model/config.js';
import type { Finding } from '../core/findings.js';
import type { SourceInput } from './lint.js';
import { usage } from '../core/messages.js';
import { findingMessage, type FindingMessageId } from '../model/messages.js';

export interface InputFile {
  /** As given on the command line or found under it (FORMAT.md §5). */
  filePath: string;
  absolutePath: string;
}

const YAML_FILES = '**/*.{yaml,yml}';

// The glob library is loaded only when a folder, a pattern or the config's include is given: `lint FILE`
// (the pre-commit case) starts without it.
const globber = () => import('tinyglobby');
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
    const { glob } = await globber();
    const matches = await glob(patterns, { cwd: options.cwd, ignore, dot: false, expandDirectories: false });
    if (matches.length === 0) {
      throw new UsageError(usage('noIncludeMatch', { include: options.include.join(', ') }));
    }
    matches.sort().forEach(add);
    return [...found.values()];
  }

  for (const given of paths) {
    const stats = statOrUndefined(path.resolve(options.cwd, given));
    if (stats?.isFile()) {
      add(given);
    } else if (stats?.isDirectory()) {
      // A folder holds playbooks and manuals; its servicebook.yaml is the config, not a document to lint.
      const { glob } = await globber();
      const matches = await glob(YAML_FILES, { cwd: path.resolve(options.cwd, given), ignore: [...ALWAYS_IGNORED, '**/servicebook.{yaml,yml}'], dot: false });
      if (matches.length === 0) throw new UsageError(usage('noYamlInFolder', { folder: given }));
      matches.sort().forEach((match) => add(underFolder(given, match)));
    } else if ((await globber()).isDynamicPattern(given)) {
      const { glob } = await globber();
      const matches = await glob(given, { cwd: options.cwd, ignore, dot: false, expandDirectories: false });
      if (matches.length === 0) throw new UsageError(usage('noGlobMatch', { pattern: given }));
      matches.sort().forEach(add);
    } else {
      throw new UsageError(usage('noSuchPath', { path: given }));
    }
  }
  return [...found.values()];
}

/** A file found under a folder, shown under the folder as the user wrote it (`./playbooks/a.yaml`). */
function underFolder(folder: string, file: string): string {
  const prefix = folder.replace(/[\\/]+$/, '');
  return prefix === '.' || prefix === '' ? file : `${prefix}/${file}`;
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

/**
 * The text of a file, or the one finding that says why it cannot be read as YAML text. The finding is in
 * English and carries its messageId and data: the engine words it in the run's language (model/messages.ts).
 */
export function readSourceText(file: InputFile, maxBytes: number): { text: string } | { finding: Finding } {
  const fail = (messageId: FindingMessageId, data: Record<string, string> = {}) => ({
    finding: {
      ruleId: 'yaml-syntax',
      severity: 'error',
      message: findingMessage('en', messageId, data),
      messageId,
      ...(Object.keys(data).length > 0 ? { data } : {}),
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    } satisfies Finding,
  });
  let bytes: Buffer;
  try {
    const read = readWhole(file.absolutePath, maxBytes);
    if ('size' in read) return fail('tooLarge', { size: formatBytes(read.size), limit: formatBytes(maxBytes) });
    bytes = read.bytes;
  } catch (error) {
    throw new UsageError(usage('cannotRead', { file: file.filePath, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  if (bytes.includes(0)) return fail('binary');
  if (!isUtf8(bytes)) return fail('notUtf8');
  // One leading BOM is not text, as TextDecoder has it (parseSource drops one more, as before).
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: decodeUtf8(hasBom ? bytes.subarray(3) : bytes) };
}

/**
 * Bytes already known to be UTF-8, as text. V8's UTF-8 decoder is slow on Hangul (70 ms over the 2,000-file
 * bench corpus); ICU's transcoder to UTF-16 and a copy give the same string in 16 ms. ASCII needs neither.
 */
function decodeUtf8(bytes: Buffer): string {
  if (isAscii(bytes)) return bytes.toString('latin1');
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return bytes.toString('utf8'); // a Node built without ICU has no transcode
  }
}

/**
 * Every file is read into one buffer, grown when a file needs more: a new buffer per file is memory outside
 * V8's heap, and thousands of them make V8 collect garbage more often. The bytes are valid until the next read.
 */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);

/** A file's bytes, valid until the next read; undefined when it is over maxBytes or cannot be read. */
export function readBytes(file: InputFile, maxBytes: number): Buffer | undefined {
  try {
    const read = readWhole(file.absolutePath, maxBytes);
    return 'bytes' in read ? read.bytes : undefined;
  } catch {
    return undefined;
  }
}

function readWhole(absolutePath: string, maxBytes: number): { bytes: Buffer } | { size: number } {
  const fd = openSync(absolutePath, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) return { size };
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        const larger = Buffer.allocUnsafeSlow(scratch.length * 2);
        scratch.copy(larger, 0, 0, length);
        scratch = larger;
      }
      const count = readSync(fd, scratch, length, scratch.length - length, null);
      if (count === 0) break;
      length += count;
      // A file that grew past the limit since fstat (or a device that never ends) stops here.
      if (length > maxBytes) return { size: length };
    }
    return { bytes: scratch.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/** One file's text, or the finding that says why it cannot be read as YAML text. */
export function readInput(file: InputFile, maxBytes: number): SourceInput {
  const read = readSourceText(file, maxBytes);
  return 'text' in read ? { filePath: file.filePath, text: read.text } : { filePath: file.filePath, finding: read.finding };
}

/** The files that paths (or the config's include) name. */
export function inputFiles(paths: readonly string[], config: ProjectConfig, cwd: string): Promise<InputFile[]> {
  return resolveInputs(paths, { cwd, include: config.include, exclude: config.exclude, baseDir: config.baseDir });
}

/**
 * Every file of the config's include (less its exclude), or none when the include selects nothing. What a run
 * given some files compares them with: `--only-included`, and the rest of the project for the rules across files.
 */
export async function includedFiles(config: ProjectConfig, cwd: string): Promise<InputFile[]> {
  try {
    return await inputFiles([], config, cwd);
  } catch (error) {
    if (error instanceof UsageError) return [];
    throw error;
  }
}

/** The given files that the include selects (a file reached through a symlink counts as the file it names). */
export function onlyIncluded(files: readonly InputFile[], included: readonly InputFile[]): InputFile[] {
  const selected = new Set(included.map(realPath));
  return files.filter((file) => selected.has(realPath(file)));
}

/**
 * The rest of the project, when a run is given some of its files (a pre-commit hook, `--changed-since`, an
 * editor): every file of the include that is not among them, read only for its documents' ids and manuals, so
 * that the rules across files (duplicate-id, unknown-playbook) see the whole project (FORMAT.md §4). None when
 * there is no config file: without one, the files given are the project.
 */
export async function projectContext(given: readonly InputFile[], config: ProjectConfig, cwd: string, included?: readonly InputFile[]): Promise<InputFile[]> {
  if (config.filePath === undefined) return [];
  const all = included ?? (await includedFiles(config, cwd));
  const taken = new Set(given.map(realPath));
  return all.filter((file) => !taken.has(realPath(file)));
}

/**
 * What `lint` and `validate` check: the files that paths (or the include) name, with `onlyIncluded` those of
 * them that the include selects; and, for `lint` given paths, the rest of the project (projectContext).
 */
export async function projectFiles(
  paths: readonly string[],
  config: ProjectConfig,
  cwd: string,
  options: { onlyIncluded: boolean; mode: 'lint' | 'validate' },
): Promise<{ files: InputFile[]; context: InputFile[] }> {
  const named = await inputFiles(paths, config, cwd);
  if (paths.length === 0) return { files: named, context: [] };
  const needContext = options.mode === 'lint' && config.filePath !== undefined;
  const included = options.onlyIncluded || needContext ? await includedFiles(config, cwd) : [];
  const files = options.onlyIncluded ? onlyIncluded(named, included) : named;
  return { files, context: needContext ? await projectContext(files, config, cwd, included) : [] };
}

function realPath(file: InputFile): string {
  try {
    return realpathSync.native(file.absolutePath);
  } catch {
    return file.absolutePath;
  }
}

/** The texts of the files that paths (or the config's include) name: what every command starts from. */
export async function readInputs(paths: readonly string[], config: ProjectConfig, cwd: string): Promise<SourceInput[]> {
  return (await inputFiles(paths, config, cwd)).map((file) => readInput(file, config.maxFileBytes));
}

/** The same texts read one at a time, as they are consumed: `lint` and `validate` keep no text. */
export function* readEach(files: readonly InputFile[], maxBytes: number): Generator<SourceInput> {
  for (const file of files) yield readInput(file, maxBytes);
}

/** Reads one of the files again, when a position in it is asked for after it was checked (LintOptions.readAgain). */
export function rereader(files: readonly InputFile[], maxBytes: number): (filePath: string) => string | undefined {
  const byPath = new Map(files.map((file) => [file.filePath, file]));
  return (filePath) => {
    const file = byPath.get(filePath);
    if (!file) return undefined;
    try {
      const read = readSourceText(file, maxBytes);
      return 'text' in read ? read.text : undefined;
    } catch {
      return undefined; // gone meanwhile: the finding keeps no position rather than failing the run
    }
  };
}
