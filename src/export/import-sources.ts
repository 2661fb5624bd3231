/**
 * A help desk's own export → replies to draft from. Zendesk: `{"macros": [...]}` as its API lists them, or the
 * `{"macro": {...}}` files that `export` wrote; Chatwoot: the canned responses list (an array), or the files that
 * `export` wrote. What servicebook does not read is kept, to land under `x-import`.
 */
import { UsageError } from '../core/errors.js';
import { usage } from '../core/messages.js';
import { htmlSteps, htmlToMarkdown } from './html-to-markdown.js';

export type ImportSource = 'zendesk' | 'chatwoot';

/** One macro or canned response, read. */
export interface ImportedReply {
  /** The tool's title path: Zendesk's title split at `::`; Chatwoot's short code. */
  titlePath: string[];
  /** What `export` wrote in it: `playbook/scenario/channel` and, for one step of a branching script, its number. */
  origin?: { playbook: string; scenario: string; channel: string; step?: number };
  when?: string;
  subject?: string;
  /** Markdown, the target's placeholders still as the target writes them. */
  says: string[];
  /** Everything else, kept under `x-import`. */
  kept: Record<string, unknown>;
}

/** A JSON document and the file it came from. */
export interface ImportFile {
  filePath: string;
  value: unknown;
}

const ORIGIN = /\n*servicebook: ([a-z0-9-]+)\/([a-z0-9-]+)\/([a-z0-9-]+)(?:\/(\d+))?\s*$/;

export function zendeskReplies(files: readonly ImportFile[]): ImportedReply[] {
  return files.flatMap(({ filePath, value }) => macrosIn(value, filePath).map((macro) => zendeskReply(macro)));
}

function macrosIn(value: unknown, filePath: string): Record<string, unknown>[] {
  const macros = !isRecord(value)
    ? undefined
    : Array.isArray(value.macros)
      ? value.macros
      : isRecord(value.macro)
        ? [value.macro]
        : typeof value.title === 'string' && Array.isArray(value.actions)
          ? [value] // a bare macro object, as the API shows one
          : undefined;
  if (!macros) throw new UsageError(usage('importNotMacros', { file: filePath }));
  macros.forEach((macro, index) => {
    if (!isRecord(macro) || typeof macro.title !== 'string' || !Array.isArray(macro.actions) || !macro.actions.every((action) => isRecord(action) && typeof action.field === 'string')) {
      throw new UsageError(usage('importBadMacro', { file: filePath, index: index + 1 }));
    }
  });
  return macros as Record<string, unknown>[];
}

function zendeskReply(macro: Record<string, unknown>): ImportedReply {
  const actions = macro.actions as { field: string; value: unknown }[];
  const { actions: _actions, title, description, ...rest } = macro;
  const html = actions.find((action) => action.field === 'comment_value_html' && typeof action.value === 'string');
  const text = actions.find((action) => action.field === 'comment_value' && typeof action.value === 'string');
  const subject = actions.find((action) => action.field === 'subject' && typeof action.value === 'string');
  const used = new Set([html, html ? undefined : text, subject].filter(Boolean));
  const unread = actions.filter((action) => !used.has(action));
  const says = html ? htmlSays(html.value as string) : text ? textSays(text.value as string) : [];
  const { when, origin } = readDescription(description);
  const kept: Record<string, unknown> = { from: 'zendesk', title, ...(description === undefined ? {} : { description }), ...rest };
  if (unread.length > 0) kept.actions = unread;
  if (html && text) kept.comment_value = text.value;
  return { titlePath: (title as string).split('::').map((part) => part.trim()), origin, when, subject: subject?.value as string | undefined, says, kept };
}

/** Liquid (`{{…}}`, `{%…%}`) is set aside while HTML becomes Markdown, so that nothing in it is escaped. */
function htmlSays(html: string): string[] {
  return htmlSteps(html).map((step) => {
    const liquid: string[] = [];
    const guarded = step.replace(/\{\{[^{}]*\}\}|\{%[^{}]*%\}/g, (raw) => `\uE000${liquid.push(unescapeText(raw)) - 1}\uE001`);
    return htmlToMarkdown(guarded).replace(/\uE000(\d+)\uE001/g, (whole, index: string) => liquid[Number(index)] ?? '');
  });
}

/** A plain-text comment: paragraphs (blank lines) are steps. */
function textSays(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function readDescription(description: unknown): { when?: string; origin?: ImportedReply['origin'] } {
  if (typeof description !== 'string') return {};
  const match = ORIGIN.exec(description);
  const when = (match ? description.slice(0, match.index) : description).trim();
  if (!match) return { when: when || undefined };
  const [, playbook, scenario, channel, step] = match as unknown as [string, string, string, string, string | undefined];
  return { when: when || undefined, origin: { playbook, scenario, channel, ...(step === undefined ? {} : { step: Number(step) }) } };
}

const SHORT_CODE = /^([a-z0-9-]+)\.([a-z0-9-]+)\.([a-z0-9-]+)\.(\d+)$/;

export function chatwootReplies(files: readonly ImportFile[]): ImportedReply[] {
  return files.flatMap(({ filePath, value }) => cannedResponsesIn(value, filePath).map(chatwootReply));
}

function cannedResponsesIn(value: unknown, filePath: string): Record<string, unknown>[] {
  const list = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.payload) ? value.payload : isRecord(value) && 'short_code' in value ? [value] : undefined;
  if (!list) throw new UsageError(usage('importNotCanned', { file: filePath }));
  list.forEach((response, index) => {
    if (!isRecord(response) || typeof response.short_code !== 'string' || typeof response.content !== 'string') {
      throw new UsageError(usage('importBadCanned', { file: filePath, index: index + 1 }));
    }
  });
  return list as Record<string, unknown>[];
}

function chatwootReply(response: Record<string, unknown>): ImportedReply {
  const { short_code: shortCode, content, ...rest } = response as { short_code: string; content: string } & Record<string, unknown>;
  const match = SHORT_CODE.exec(shortCode);
  const origin = match ? { playbook: match[1]!, scenario: match[2]!, channel: match[3]!, step: Number(match[4]) } : undefined;
  return { titlePath: [shortCode], origin, says: [content.trim()], kept: { from: 'chatwoot', short_code: shortCode, ...rest } };
}

function unescapeText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
