/**
 * Field text into the Markdown handbook. Authors' Markdown passes through, made safe for any viewer: no raw
 * HTML, no entity tricks, no images, links only to http, https and mailto. Plain text is escaped.
 */
import { placeholdersIn } from '../text.js';
import type { TextContext } from './model.js';
import { slotLabel } from './prose.js';

const NO_TEXT: TextContext = { placeholders: {}, facts: {} };

/** Plain text, on one line, shown as written. */
export function mdText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~#$]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;');
}

/** A table cell: plain text on one line (the pipe is escaped by mdText). */
export function mdCell(text: string): string {
  return mdText(text);
}

/** Authors' Markdown, as blocks. */
export function mdBlock(text: string, context: TextContext = NO_TEXT): string {
  return withSlots(text.trim(), context, sanitizeMarkdown);
}

/** Authors' Markdown on one line (or, with plain, text shown as written), placeholders marked. */
export function mdInline(text: string, context: TextContext = NO_TEXT, options: { plain?: boolean } = {}): string {
  const oneLine = text.trim().replace(/\s*[\r\n]+\s*/g, ' ');
  return withSlots(oneLine, context, options.plain ? mdText : sanitizeMarkdown);
}

const TOKEN = /\uE000(\d+)\uE001/g;

function withSlots(text: string, context: TextContext, write: (source: string) => string): string {
  const clean = text.replace(/[\uE000\uE001]/g, '');
  const slots: string[] = [];
  let source = '';
  let last = 0;
  for (const use of placeholdersIn(clean)) {
    source += `${clean.slice(last, use.index)}\uE000${slots.length}\uE001`;
    slots.push(slotMarkdown(use.name, use.isFact, context));
    last = use.index + use.raw.length;
  }
  source += clean.slice(last);
  return write(source).replace(TOKEN, (whole, index: string) => slots[Number(index)] ?? '');
}

/** A fact filled in; a placeholder as inline code, so a reader sees the slot to fill. */
function slotMarkdown(name: string, isFact: boolean, context: TextContext): string {
  if (isFact && Object.hasOwn(context.facts, name)) return mdText(String(context.facts[name]));
  const label = isFact ? `facts.${name}` : slotLabel(name, context);
  return `\`${label.replace(/[`\r\n]/g, '')}\``;
}

const CODE = /(```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]+`)/;

/** Code stays as written (nothing in it is live); everything else loses HTML, images and unsafe links. */
export function sanitizeMarkdown(source: string): string {
  return source
    .split(CODE)
    .map((part, index) => (index % 2 === 1 ? part : sanitizeProse(part)))
    .join('');
}

function sanitizeProse(text: string): string {
  return text
    .replace(/&(?=#?[0-9a-z]+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/!\[/g, '!\\[')
    // GitHub reads a single ~ as strikethrough and $…$ as math: 3~5영업일 and $5 must stay as written.
    .replace(/[~$]/g, (char) => `\\${char}`)
    // A link target may hold balanced parentheses: javascript:alert(1) is one target.
    .replace(/(\]\(\s*)([^\s()]*(?:\([^\s()]*\)[^\s()]*)*)/g, (whole, open: string, target: string) => open + safeTarget(target))
    .replace(/^( {0,3}\[[^\]]+\]:\s*)(\S+)/gm, (whole, open: string, target: string) => open + safeTarget(target));
}

/** Backslash escapes count in link targets (`javascript\:`), so the scheme is judged without them. */
function safeTarget(target: string): string {
  const bare = target.replace(/\\/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
  return scheme === undefined || ['http', 'https', 'mailto'].includes(scheme) ? target : '#';
}
