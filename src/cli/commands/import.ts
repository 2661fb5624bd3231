/**
 * `servicebook import --from zendesk|chatwoot FILE --out DIR`: the help desk's own export (or a folder that
 * `export` wrote) → one draft playbook per group of titles. Everything is read and drafted before the first
 * write; an existing draft is kept unless --force.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { say, usage } from '../../core/messages.js';
import { writeFileAtomic, type Io } from '../../engine/io.js';
import { draftPlaybooks, draftYaml } from '../../export/drafts.js';
import { chatwootReplies, zendeskReplies, type ImportFile, type ImportSource } from '../../export/import-sources.js';
import { LOCK_FILE } from '../../export/lock.js';
import { reverseMapping } from '../../export/mapping.js';
import { loadConfig } from '../../model/config.js';
import { chooseLang } from '../choose-lang.js';
import { outFolder } from './export.js';

export interface ImportOptions {
  from?: string;
  out?: string;
  force?: boolean;
  config?: string;
  lang?: string;
}

export async function runImport(file: string, options: ImportOptions, io: Io): Promise<number> {
  const source = options.from ?? '';
  if (source !== 'zendesk' && source !== 'chatwoot') throw new UsageError(usage('unknownImportSource', { source }));
  if (!options.out) throw new UsageError(usage('needOutFolder'));
  const out = outFolder(options.out, io.cwd);
  const lang = chooseLang(options.lang, io.env);
  const config = loadConfig({ cwd: io.cwd, configPath: options.config });
  const files = readImportFiles(file, io.cwd);
  const replies = source === 'zendesk' ? zendeskReplies(files) : chatwootReplies(files);
  const drafts = draftPlaybooks(replies, source as ImportSource, reverseMapping(config, source));
  const writes = drafts.map((draft) => ({ path: path.join(out, `${draft.id}.yaml`), content: draftYaml(draft, source, path.basename(file)) }));
  const existing = writes.find((write) => existsSync(write.path));
  if (existing && !options.force) throw new UsageError(usage('importExists', { file: path.relative(io.cwd, existing.path) || existing.path }));
  for (const write of writes) writeFileAtomic(write.path, write.content);
  io.stderr(`${say(lang, 'importWrote', { count: writes.length, folder: options.out })}\n`);
  return ExitCode.ok;
}

/** The file, or every .json of the folder (the lock's order first, as `export` wrote them; then by path). */
function readImportFiles(file: string, cwd: string): ImportFile[] {
  const absolute = path.resolve(cwd, file);
  if (!existsSync(absolute)) throw new UsageError(usage('noSuchPath', { path: file }));
  if (!statSync(absolute).isDirectory()) return [readJson(absolute, file)];
  const found = jsonFilesUnder(absolute);
  const order = lockOrder(absolute);
  found.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  if (found.length === 0) throw new UsageError(usage('importNothing', { file }));
  return found.map((relative) => readJson(path.join(absolute, relative), path.join(file, relative)));
}

function jsonFilesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(path.join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return jsonFilesUnder(folder, relative);
    return entry.isFile() && entry.name.endsWith('.json') && relative !== LOCK_FILE ? [relative] : [];
  });
}

function lockOrder(folder: string): Map<string, number> {
  const order = new Map<string, number>();
  try {
    const lock = JSON.parse(readFileSync(path.join(folder, LOCK_FILE), 'utf8')) as { items?: Record<string, { file?: unknown }> };
    for (const item of Object.values(lock.items ?? {})) if (typeof item?.file === 'string' && !order.has(item.file)) order.set(item.file, order.size);
  } catch {
    // No lock, or not one: the files' paths give the order.
  }
  return order;
}

function readJson(absolute: string, shownPath: string): ImportFile {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(usage('cannotRead', { file: shownPath, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  try {
    return { filePath: shownPath, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const reason = (error as Error).message;
    const { line, column } = positionOf(text, reason);
    throw new UsageError(usage('importNotJson', { file: shownPath, line, column, reason: reason.split('\n')[0]! }));
  }
}

/** V8 names the offset ("at position 12") for most errors; the end of input for a cut-off file. */
function positionOf(text: string, reason: string): { line: number; column: number } {
  const offset = /at position (\d+)/.exec(reason)?.[1];
  const at = offset !== undefined ? Number(offset) : /end of JSON input/.test(reason) ? text.length : 0;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: [...before.at(-1)!].length + 1 };
}
