/**
 * servicebook-export.lock.json: what the last export wrote to a folder, item by item, so that the next one can
 * tell what is new, changed or gone (a migration plan). Items keep the export's order; hashes are SHA-256.
 */
import { UsageError } from '../core/errors.js';
import { usage } from '../core/messages.js';
import { sha256, type ExportResult } from './output.js';
import type { ExportTarget } from './scripts.js';

export const LOCK_FILE = 'servicebook-export.lock.json';

export interface ExportLock {
  servicebook: 'export-lock';
  format: 1;
  target: ExportTarget;
  items: Record<string, { file: string; sha256: string }>;
}

export interface ExportPlan {
  new: string[];
  changed: string[];
  gone: string[];
}

export function lockOf(result: ExportResult): ExportLock {
  const items: ExportLock['items'] = {};
  for (const item of result.items) items[item.key] = { file: item.file, sha256: sha256(`${item.file}\n${item.content}`) };
  return { servicebook: 'export-lock', format: 1, target: result.target, items };
}

export function planOf(result: ExportResult, previous: ExportLock | undefined): ExportPlan {
  const next = lockOf(result).items;
  const before = previous?.items ?? {};
  const keys = Object.keys(next);
  return {
    new: keys.filter((key) => !Object.hasOwn(before, key)),
    changed: keys.filter((key) => Object.hasOwn(before, key) && before[key]!.sha256 !== next[key]!.sha256),
    gone: Object.keys(before).filter((key) => !Object.hasOwn(next, key)),
  };
}

/** Reads a lock file's text; a lock that is not ours, or of another target, stops the export (exit 2). */
export function parseLock(text: string, shownPath: string, target: ExportTarget): ExportLock {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(usage('exportBadLock', { file: shownPath, reason: (error as Error).message }));
  }
  const lock = value as Partial<ExportLock> | null;
  const itemsOk =
    typeof lock?.items === 'object' &&
    lock.items !== null &&
    Object.values(lock.items).every((item) => typeof item?.file === 'string' && typeof item.sha256 === 'string');
  if (lock?.servicebook !== 'export-lock' || lock.format !== 1 || typeof lock.target !== 'string' || !itemsOk) {
    throw new UsageError(usage('exportBadLock', { file: shownPath, reason: 'not a servicebook export lock' }));
  }
  if (lock.target !== target) throw new UsageError(usage('exportOtherTarget', { file: shownPath, found: lock.target, target }));
  return lock as ExportLock;
}
