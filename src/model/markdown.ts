/**
 * The one Markdown reader for the text of playbooks (`say`, `note`, intros): safe and inert. No raw HTML, no
 * images, links only to http, https and mailto, a heading inside a field a plain paragraph. The handbook and the
 * help-desk export both render with it, so a `say` reads the same wherever it goes.
 */
import MarkdownIt from 'markdown-it';

export function safeMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
  md.disable(['image']);
  md.validateLink = (url) => /^(https?:|mailto:)/i.test(url.trim());
  // A heading inside a step would land in the PDF outline (or a help desk's reply); it stays a paragraph.
  md.renderer.rules.heading_open = () => '<p class="md-heading">';
  md.renderer.rules.heading_close = () => '</p>\n';
  return md;
}
