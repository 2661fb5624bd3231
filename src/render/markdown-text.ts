/**
 * Field text into the Markdown handbook. Authors' Markdown passes through, made safe for any viewer: no raw
 * HTML, no entity tricks, no images, links only to http, https and mailto. Plain text is escaped.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { placeholdersIn } from '../model/text.js';
import { resolveDoubleParticles } from '../rules/hangul.js';
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

/**
 * Authors' Markdown, as blocks. With continuesLine the first line follows other text on its line
 * (`- **용어**: …`), where a fence cannot open.
 */
export function mdBlock(text: string, context: TextContext = NO_TEXT, options: { continuesLine?: boolean } = {}): string {
  return inertOr(
    [() => withSlots(text.trim(), context, sanitizeMarkdown), () => withSlots(text.trim(), context, sanitizeProse, escapedSlot), () => mdText(text)],
    options.continuesLine ?? false,
  );
}

/** Authors' Markdown on one line (or, with plain, text shown as written), placeholders marked. */
export function mdInline(text: string, context: TextContext = NO_TEXT, options: { plain?: boolean } = {}): string {
  const oneLine = text.trim().replace(/\s*[\r\n]+\s*/g, ' ');
  if (options.plain) return inertOr([() => withSlots(oneLine, context, mdText), () => withSlots(oneLine, context, mdText, escapedSlot)], true);
  return inertOr([() => withSlots(oneLine, context, sanitizeMarkdown), () => withSlots(oneLine, context, sanitizeProse, escapedSlot), () => mdText(oneLine)], true);
}

const TOKEN = /\uE000(\d+)\uE001/g;

type SlotWriter = (name: string, isFact: boolean, context: TextContext) => string;

function withSlots(text: string, context: TextContext, write: (source: string) => string, slot: SlotWriter = slotMarkdown): string {
  // A fact's value is known: {{facts.x}}을(를) reads as the one particle that fits it.
  const clean = resolveDoubleParticles(text.replace(/[\uE000\uE001]/g, ''), (name, isFact) =>
    isFact && Object.hasOwn(context.facts, name) ? String(context.facts[name]) : undefined,
  );
  const slots: string[] = [];
  let source = '';
  let last = 0;
  for (const use of placeholdersIn(clean)) {
    source += `${clean.slice(last, use.index)}\uE000${slots.length}\uE001`;
    slots.push(slot(use.name, use.isFact, context));
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

/** A placeholder as escaped text in brackets: no code span for the author's backticks to pair with. */
function escapedSlot(name: string, isFact: boolean, context: TextContext): string {
  if (isFact && Object.hasOwn(context.facts, name)) return mdText(String(context.facts[name]));
  return mdText(`[${isFact ? `facts.${name}` : slotLabel(name, context)}]`);
}

/**
 * The first of the writings that a CommonMark parser finds inert and closed. What a viewer reads as code is
 * its call, not a regex's (a fence that does not start a line, a backtick a link destination takes, a code
 * span over two lines): when anything would come through live, code loses its exemption, and at last
 * everything is plain text. Closed: a fence left open would run on into the fields after it.
 */
function inertOr(writings: readonly (() => string)[], continuesLine: boolean): string {
  for (const write of writings.slice(0, -1)) {
    const markdown = write();
    if (isInert(markdown, continuesLine)) return markdown;
  }
  return writings.at(-1)!();
}

/** The most permissive viewer: raw HTML on and every link let through, so that the check misses nothing. */
const viewer = new MarkdownIt({ html: true });
viewer.validateLink = () => true;

const END_OF_FIELD = 'servicebook-end-of-field';

function isInert(markdown: string, continuesLine: boolean): boolean {
  // Link reference definitions count for the whole document, so theirs must be safe too.
  const env: { references?: Record<string, { href: string }> } = {};
  const tokens = viewer.parse(`${continuesLine ? 'x ' : ''}${markdown}\n\n${END_OF_FIELD}`, env);
  const [open, last] = [tokens.at(-3), tokens.at(-2)];
  const closed = open?.type === 'paragraph_open' && open.level === 0 && last?.type === 'inline' && last.content === END_OF_FIELD;
  return closed && tokens.every(isInertToken) && Object.values(env.references ?? {}).every((reference) => isSafeHref(reference.href));
}

function isInertToken(token: Token): boolean {
  if (token.type === 'html_block' || token.type === 'html_inline' || token.type === 'image') return false;
  if (token.type === 'link_open' && !isSafeHref(token.attrGet('href') ?? '')) return false;
  return (token.children ?? []).every(isInertToken);
}

/** The scheme as a browser reads it: tabs and line breaks dropped, leading controls and spaces trimmed. */
function isSafeHref(href: string): boolean {
  const url = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || ['http', 'https', 'mailto'].includes(scheme);
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
