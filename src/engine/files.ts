/** Paths, folders and globs → the YAML files to read, and reading them safely. The I/O edge of input. */
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
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
  const realPathOf = realPaths();
  // Keyed by real path: a file reached twice (a folder and a symlink to it) is linted once, under the name that
  // goes through no symlink when it has one (so that `overrides` see where it really is), else its first name.
  const add = (filePath: string) => {
    const absolutePath = path.resolve(options.cwd, filePath);
    const key = realPathOf(absolutePath);
    const known = found.get(key);
    if (!known || (known.absolutePath !== key && absolutePath === key)) found.set(key, { filePath, absolutePath });
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

/**
 * Real paths, asked of the file system once per folder (its real path, and which of its entries are links)
 * rather than once per file: a library of 2,000 files in 20 folders costs 40 calls, not 2,000.
 */
function realPaths(): (absolutePath: string) => string {
  const folders = new Map<string, { real: string; links: ReadonlySet<string> }>();
  const folderOf = (dir: string) => {
    let folder = folders.get(dir);
    if (!folder) {
      try {
        const links = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isSymbolicLink());
        folder = { real: realpathSync.native(dir), links: new Set(links.map((entry) => entry.name)) };
      } catch {
        folder = { real: dir, links: new Set() };
      }
      folders.set(dir, folder);
    }
    return folder;
  };
  return (absolutePath) => {
    const cut = absolutePath.lastIndexOf(path.sep);
    const dir = absolutePath.slice(0, cut) || path.sep;
    const folder = folderOf(dir);
    const name = absolutePath.slice(cut + 1);
    if (!folder.links.has(name)) return folder.real === dir ? absolutePath : path.join(folder.real, name);
    try {
      return realpathSync.native(absolutePath);
    } catch {
      return absolutePath; // a dangling link: reported when it is read
    }
  };
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
  if (isUtf16(bytes)) return fail('utf16');
  if (bytes.includes(0)) return fail('binary');
  if (!isUtf8(bytes)) return fail('notUtf8');
  // One leading BOM is not text, as TextDecoder has it (parseSource drops one more, as before).
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: decodeUtf8(hasBom ? bytes.subarray(3) : bytes) };
}

/**
 * Text saved as UTF-16 (Windows Notepad's "Unicode"): a UTF-16 byte-order mark, or, without one, NUL bytes
 * in every fifth place or more, nearly all on one side of each pair (the high byte of ASCII characters; Hangul
 * such as 가, U+AC00, has a NUL low byte), and text with no control character but tab and line breaks.
 */
function isUtf16(bytes: Buffer): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return !(bytes[2] === 0 && bytes[3] === 0); // FF FE 00 00 is UTF-32
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return true;
  if (bytes.length < 4 || bytes.length % 2 !== 0) return false;
  const zeros = [0, 0];
  for (let index = bytes.indexOf(0); index !== -1; index = bytes.indexOf(0, index + 1)) zeros[index % 2]!++;
  const [even, odd] = zeros as [number, number];
  const high = Math.max(even, odd);
  if (high < bytes.length / 10 || high < 4 * Math.min(even, odd)) return false;
  const units = Buffer.from(bytes);
  if (even > odd) units.swap16();
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(units.toString('utf16le'));
}

/**
 * Bytes already known to be UTF-8, as text. V8's UTF-8 decoder is slow on Hangul (70 ms over the 2,000-file
 * bench corpus); ICU's transcoder to UTF-16 and a copy give the same string in 16 ms. ASCII needs neither.
 * `transcoder` is Node's `buffer.transcode`; a Node built without ICU exports none (lib/buffer.js defines it only
 * with Intl), so calling it throws and the text is decoded by V8 instead: the test of that fallback passes none.
 */
export function decodeUtf8(bytes: Buffer, transcoder: typeof transcode = transcode): string {
  if (isAscii(bytes)) return bytes.toString('latin1');
  try {
    return transcoder(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return bytes.toString('utf8'); // a Node built without ICU
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
    // No fstat first: most files fit the buffer and are read to the end (one read and the empty one after it);
    // the size is asked only of a file that fills it, before the buffer grows (a syscall and a Stats object less a file).
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        const { size } = fstatSync(fd);
        if (size > maxBytes) return { size };
        const larger = Buffer.allocUnsafeSlow(scratch.length * 2);
        scratch.copy(larger, 0, 0, length);
        scratch = larger;
      }
      const count = readSync(fd, scratch, length, scratch.length - length, null);
      if (count === 0) break;
      length += count;
      // A file over the limit (or a device that never ends) stops here.
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
  const realPath = realPaths();
  const selected = new Set(included.map((file) => realPath(file.absolutePath)));
  return files.filter((file) => selected.has(realPath(file.absolutePath)));
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
  const realPath = realPaths();
  const taken = new Set(given.map((file) => realPath(file.absolutePath)));
  return all.filter((file) => !taken.has(realPath(file.absolutePath)));
}

/**
 * What `lint` and `validate` check: the files that paths (or the include) name; with `onlyIncluded`, those of
 * them that the include selects; with `keep` (`--changed-since`), those it keeps. When that is a subset of the
 * project, `lint` also gets the rest of the project (projectContext) for the rules across files.
 */
export async function projectFiles(
  paths: readonly string[],
  config: ProjectConfig,
  cwd: string,
  options: { onlyIncluded: boolean; mode: 'lint' | 'validate'; keep?: (file: InputFile) => boolean },
): Promise<{ files: InputFile[]; context: InputFile[] }> {
  const named = await inputFiles(paths, config, cwd);
  if (paths.length === 0 && options.keep === undefined) return { files: named, context: [] };
  const needContext = options.mode === 'lint' && config.filePath !== undefined;
  const included = paths.length === 0 ? named : options.onlyIncluded || needContext ? await includedFiles(config, cwd) : [];
  let files = options.onlyIncluded && paths.length > 0 ? onlyIncluded(named, included) : named;
  if (options.keep) files = files.filter(options.keep);
  return { files, context: needContext ? await projectContext(files, config, cwd, included) : [] };
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
