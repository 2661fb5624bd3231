/** What a command may touch of the process: handed in, so the whole CLI runs in-process in tests. */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { usage } from '../core/messages.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
}

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
  };
}

/** An output file as given (--output, --out), checked before the work: it must not be a folder. */
export function resolveOutputPath(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  if (existsSync(absolute) && statSync(absolute).isDirectory()) throw new UsageError(usage('outIsFolder', { file }));
  return absolute;
}

/** Writes to a temporary file in the same folder (made if missing), then renames: readers see the old file or the new one. */
export function writeFileAtomic(filePath: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(filePath), { recursive: true });
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  pendingTemporaryFiles.add(temporary);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, filePath);
  } finally {
    pendingTemporaryFiles.delete(temporary);
    rmSync(temporary, { force: true });
  }
}

/**
 * Checks before the work that a file can be written where it is named: not a folder, and its nearest existing
 * folder is a folder this process may write in (the file's missing folders are made when it is written).
 */
export function checkWritable(absolute: string, shown: string): void {
  if (existsSync(absolute) && statSync(absolute).isDirectory()) throw new UsageError(usage('outIsFolder', { file: shown }));
  let folder = path.dirname(absolute);
  while (!existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  try {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new UsageError(usage('cannotWrite', { file: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
}

/**
 * Several files written as one: each to a temporary file first, then all renamed. A file that cannot be
 * written stops the run (exit 2) before any is renamed, so that no report is left half-written or stale beside new ones.
 */
export function writeFilesAtomic(files: readonly { path: string; shown: string; content: string }[]): void {
  const temporaries: { temporary: string; target: string }[] = [];
  try {
    for (const file of files) {
      const temporary = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${randomBytes(6).toString('hex')}.tmp`);
      pendingTemporaryFiles.add(temporary);
      temporaries.push({ temporary, target: file.path });
      try {
        mkdirSync(path.dirname(file.path), { recursive: true });
        writeFileSync(temporary, file.content);
      } catch (error) {
        throw new UsageError(usage('cannotWrite', { file: file.shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
      }
    }
    for (const { temporary, target } of temporaries) renameSync(temporary, target);
  } finally {
    for (const { temporary } of temporaries) {
      pendingTemporaryFiles.delete(temporary);
      rmSync(temporary, { force: true });
    }
  }
}

/** Temporary files being written now; removed on Ctrl-C so that nothing half-written is left. */
export const pendingTemporaryFiles = new Set<string>();

export function removePendingTemporaryFiles(): void {
  for (const file of pendingTemporaryFiles) rmSync(file, { force: true });
  pendingTemporaryFiles.clear();
}
