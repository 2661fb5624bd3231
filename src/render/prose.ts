/**
 * Field text (Markdown) → safe HTML: no raw HTML, links only to http, https and mailto, no images,
 * no headings inside a card; `{{placeholder}}` marked as a slot to fill, `{{facts.x}}` filled in and marked.
 */
import { safeMarkdown } from '../model/markdown.js';
import { placeholdersIn } from '../model/text.js';
import { resolveDoubleParticles } from '../rules/hangul.js';
import type { TextContext } from './model.js';

const markdown = safeMarkdown();

const NO_TEXT: TextContext = { placeholders: {}, facts: {} };

/** Block Markdown: say, note, intros, principles, definitions. */
export function proseBlock(text: string, context: TextContext = NO_TEXT): string {
  return withSlots(text, context, (source) => markdown.render(source));
}

/** One line of Markdown: when, goal, escalation. */
export function proseInline(text: string, context: TextContext = NO_TEXT): string {
  return withSlots(text, context, (source) => markdown.renderInline(source));
}

/** Plain text with placeholders marked: the email subject, a customer's reply. */
export function plainWithSlots(text: string, context: TextContext = NO_TEXT): string {
  return withSlots(text, context, escapeHtml);
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const TOKEN = /\uE000(\d+)\uE001/g;

/** Placeholders become private-use tokens that Markdown leaves alone, then marked-up spans. */
function withSlots(text: string, context: TextContext, render: (source: string) => string): string {
  const slots: string[] = [];
  let source = '';
  let last = 0;
  // A fact's value is known: {{facts.x}}을(를) reads as the one particle that fits it.
  const clean = resolveDoubleParticles(text.replace(/[\uE000\uE001]/g, ''), (name, isFact) =>
    isFact && Object.hasOwn(context.facts, name) ? String(context.facts[name]) : undefined,
  );
  for (const use of placeholdersIn(clean)) {
    source += clean.slice(last, use.index) + OPEN + slots.length + CLOSE;
    slots.push(slotHtml(use.name, use.isFact, context));
    last = use.index + use.raw.length;
  }
  source += clean.slice(last);
  return render(source).replace(TOKEN, (whole, index: string) => slots[Number(index)] ?? '');
}

function slotHtml(name: string, isFact: boolean, context: TextContext): string {
  if (isFact && Object.hasOwn(context.facts, name)) {
    return `<span class="fact" title="${escapeHtml(`facts.${name}`)}">${escapeHtml(String(context.facts[name]))}</span>`;
  }
  const shown = isFact ? `facts.${name}` : slotLabel(name, context);
  return `<span class="slot" title="${escapeHtml(isFact ? `facts.${name}` : name)}">${escapeHtml(shown)}</span>`;
}

/** What a placeholder stands for, short: "환불 금액 (원 단위까지…)" → "환불 금액"; the name when undeclared. */
export function slotLabel(name: string, context: TextContext): string {
  const described = Object.hasOwn(context.placeholders, name) ? context.placeholders[name] : undefined;
  const short = described?.split(/[(（,;]/)[0]?.trim();
  return short ? short : name;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For text and for attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
