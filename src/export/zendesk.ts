/**
 * Zendesk macros (POST /api/v2/macros bodies): one per scenario and channel, or per step of a branching script.
 * The reply is `comment_value_html` rendered from the steps' Markdown by the same safe Markdown reader as the
 * handbook; placeholders become the config's Liquid; each step is one <div>, so an import gets the steps back.
 */
import { safeMarkdown } from '../model/markdown.js';
import { fillFacts, placeholdersIn } from '../model/text.js';
import type { Playbook } from '../model/types.js';
import { fileSafe, jsonFile, type ExportResult } from './output.js';
import { targetText, type PlaceholderWriter, type DeskReply } from './scripts.js';

const markdown = safeMarkdown();

/** Channels where the agent speaks: their script goes in as an internal note for the agent, not a public reply. */
const SPOKEN_CHANNELS = new Set(['phone', 'in-person']);

export interface ZendeskMacro {
  title: string;
  active: boolean;
  description: string;
  restriction: null;
  actions: { field: string; value: string | boolean }[];
}

export function exportZendesk(replies: readonly DeskReply[], write: PlaceholderWriter): ExportResult {
  const files = replies.map((reply) => {
    const path = `${fileSafe(reply.source.playbook.id)}/${fileSafe(reply.scenario.id)}.${fileSafe(reply.channel)}${reply.stepNumber === undefined ? '' : `.${String(reply.stepNumber).padStart(2, '0')}`}.json`;
    return { path, content: jsonFile({ macro: zendeskMacro(reply, write) }) };
  });
  return {
    target: 'zendesk',
    files,
    items: replies.map((reply, index) => ({ key: reply.key, file: files[index]!.path, content: files[index]!.content })),
    problems: [],
  };
}

export function zendeskMacro(reply: DeskReply, write: PlaceholderWriter): ZendeskMacro {
  const { playbook } = reply.source;
  const actions: ZendeskMacro['actions'] = [];
  if (reply.script.subject !== undefined) actions.push({ field: 'subject', value: targetText(reply.script.subject, playbook, write) });
  actions.push({ field: 'comment_value_html', value: reply.steps.map((step) => stepHtml(step.say, playbook, write)).join('\n') });
  actions.push({ field: 'comment_mode_is_public', value: !SPOKEN_CHANNELS.has(reply.channel) });
  const title = [playbook.title, reply.scenario.title, reply.channel, ...(reply.stepName === undefined ? [] : [reply.stepName])].map(titlePart).join('::');
  return { title, active: true, description: `${reply.scenario.when.trim()}\n\nservicebook: ${reply.key}`, restriction: null, actions };
}

/** `::` nests titles in Zendesk's menu: inside one part it would make a level of its own. */
function titlePart(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/:{2,}/g, ':');
}

const TOKEN = /\uE000(\d+)\uE001/g;

/** One step: its Markdown as safe HTML, each placeholder as the target writes it (kept out of Markdown's reach). */
export function stepHtml(say: string, playbook: Playbook, write: PlaceholderWriter): string {
  const filled = fillFacts(say.replace(/[\uE000\uE001]/g, ''), playbook.facts);
  const slots: string[] = [];
  let source = '';
  let last = 0;
  for (const use of placeholdersIn(filled)) {
    if (use.isFact) continue;
    source += `${filled.slice(last, use.index)}\uE000${slots.length}\uE001`;
    slots.push(escapeText(targetText(use.raw, playbook, write)));
    last = use.index + use.raw.length;
  }
  source += filled.slice(last);
  const html = markdown.render(source).replace(TOKEN, (whole, index: string) => slots[Number(index)] ?? '');
  return `<div>\n${html}</div>`;
}

/** Text content of HTML: quotes stay as written, so Liquid's `"` reaches Zendesk as typed. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
