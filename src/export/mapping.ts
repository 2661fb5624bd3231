/** The config's `export` section (FORMAT.md §2): how each placeholder is written in a target, checked before any write. */
import { UsageError } from '../core/errors.js';
import { usage } from '../core/messages.js';
import type { ProjectConfig } from '../model/config.js';
import { placeholderUses, type ExportTarget, type PlaceholderWriter, type DeskReply } from './scripts.js';

/** The target's mapping; a CSV without one keeps `{{name}}` as written (no tool reads it). */
export function mappingOf(config: ProjectConfig, target: ExportTarget): Readonly<Record<string, string>> | undefined {
  const section = config.export?.[target]?.placeholders;
  if (section) return section;
  return target === 'csv' ? undefined : {};
}

/** A writer for the target, after checking that every placeholder the replies use is mapped (exit 2 otherwise). */
export function placeholderWriter(config: ProjectConfig, target: ExportTarget, replies: readonly DeskReply[]): PlaceholderWriter {
  const mapping = mappingOf(config, target);
  if (!mapping) return () => undefined;
  const missing = [...placeholderUses(replies)].filter(([name]) => !Object.hasOwn(mapping, name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (missing.length > 0) {
    const list = missing.map(([name, scripts]) => `{{${name}}} (${scripts.join(', ')})`).join('; ');
    throw new UsageError(usage('exportNoMapping', { target, list, section: `export.${target}.placeholders` }));
  }
  return (name) => mapping[name];
}

/** The mapping read backwards, for import: the target's text → the placeholder's name; the longest text first. */
export function reverseMapping(config: ProjectConfig, target: ExportTarget): [text: string, name: string][] {
  const mapping = mappingOf(config, target) ?? {};
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (const [name, text] of Object.entries(mapping)) {
    if (seen.has(text)) continue;
    seen.add(text);
    pairs.push([text, name]);
  }
  return pairs.sort(([a], [b]) => b.length - a.length);
}
