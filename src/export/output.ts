/** What an export produces before anything is written: files, and the items the lock file tracks. */
import { createHash } from 'node:crypto';
import type { ExportTarget } from './scripts.js';

/** One thing the help desk keeps, as the lock file tracks it. */
export interface ExportedItem {
  /** Stable name: `playbook/scenario/channel`, or `…/channel/3` for one step of a branching script. */
  key: string;
  /** The file (relative to --out, with /) that holds it. */
  file: string;
  /** The text that tells a change: the file's content, or the item's row. */
  content: string;
}

export interface ExportFile {
  path: string;
  content: string;
}

/** A rule of the target that a draft breaks (알림톡: length, advertising): refused like a lint error. */
export interface ExportProblem {
  filePath: string;
  key: string;
  message: { en: string; ko: string };
}

export interface ExportResult {
  target: ExportTarget;
  items: ExportedItem[];
  files: ExportFile[];
  problems: ExportProblem[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Pretty JSON with a final newline: what the files hold, so that their diffs review well. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A file name part from an id (ids are kebab-case already; anything else is made safe). */
export function fileSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '_');
}
