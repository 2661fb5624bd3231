/**
 * A help desk's HTML → the Markdown of `say`, with turndown (its DOM in Node is domino, its own dependency).
 * The Markdown is written the way servicebook's Markdown reader renders back to the same HTML: `-` lists with
 * one space, `*` emphasis, a line break as a newline (the reader keeps `breaks`). Text is escaped only where
 * the unescaped Markdown would render otherwise, so "[한결몰] 안내" stays as written.
 */
import domino from '@mixmark-io/domino';
import TurndownService from 'turndown';
import { safeMarkdown } from '../model/markdown.js';

const markdown = safeMarkdown();

function turndownService(escape: boolean): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
    br: '',
  });
  if (!escape) service.escape = (text: string) => text;
  service.addRule('listItem', {
    filter: 'li',
    replacement(content, node) {
      const parent = node.parentNode as HTMLElement | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = parent.getAttribute('start');
        const index = Array.prototype.indexOf.call(parent.children, node);
        prefix = `${start ? Number(start) + index : index + 1}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n(?=.)/g, `\n${' '.repeat(prefix.length)}`);
      return prefix + body.replace(/\n$/, '') + (node.nextSibling ? '\n' : '');
    },
  });
  // Comments and scripts are not text a customer reads.
  service.remove(['script', 'style']);
  return service;
}

const plain = turndownService(false);
const escaped = turndownService(true);

/** One block of HTML (a step) as Markdown. */
export function htmlToMarkdown(html: string): string {
  const unescaped = plain.turndown(html).trim();
  if (sameHtml(markdown.render(unescaped), html)) return unescaped;
  return escaped.turndown(html).trim();
}

function sameHtml(a: string, b: string): boolean {
  const normal = (html: string) => html.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
  return normal(a) === normal(b);
}

/**
 * The steps of a reply's HTML: each top-level <div> is one (servicebook writes one per step); without any, each
 * top-level block (paragraph, list, quote…) is one, and loose text between blocks makes one of its own.
 */
export function htmlSteps(html: string): string[] {
  const body = domino.createDocument(`<!DOCTYPE html><html><body>${html}</body></html>`).body;
  const nodes = Array.from(body.childNodes);
  const hasDiv = nodes.some((node) => node.nodeName === 'DIV');
  const steps: string[] = [];
  let loose = '';
  const flush = () => {
    if (loose.trim() !== '') steps.push(`<p>${loose.trim()}</p>`);
    loose = '';
  };
  for (const node of nodes) {
    if (node.nodeType === 1 && (hasDiv ? node.nodeName === 'DIV' : BLOCKS.has(node.nodeName))) {
      flush();
      steps.push(hasDiv ? (node as Element).innerHTML : (node as Element).outerHTML);
    } else if (node.nodeType === 1 && node.nodeName !== 'BR') {
      loose += (node as Element).outerHTML;
    } else if (node.nodeType === 3) {
      loose += escapeText(node.textContent ?? '');
    }
  }
  flush();
  return steps;
}

const BLOCKS = new Set(['P', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'HR', 'DIV']);

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
