/**
 * Rendering is inert whatever the YAML says: playbooks and manuals with hostile text in every text field give
 * HTML with no script, no event handler, no javascript: or data: link, and a stylesheet nothing breaks out of;
 * the Markdown handbook stays as inert in any viewer.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config.js';
import { loadProject } from '../../src/engine/lint.js';
import { handbookCss } from '../../src/render/css.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { buildHandbook } from '../../src/render/model.js';
import { defaultPools, manualArbitrary, playbookArbitrary, SEED, toYaml, yamlStyleArbitrary } from './arbitraries.js';

fc.configureGlobal({ seed: SEED, numRuns: 150 });

/** What an attacker would write into a playbook that a trainer prints. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '<a href="javascript:alert(1)">클릭</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<style>body{display:none}</style>',
  '</style><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '*/ } </style> <script>alert(1)</script>',
  '\\"; } body { display: none } /*',
  '[클릭](javascript:alert(1))',
  '[클릭](JAVASCRIPT:alert(1))',
  '[클릭](  javascript:alert(1))',
  '[클릭](javascript&#58;alert(1))',
  '[클릭](&#x6A;avascript:alert(1))',
  '[클릭](java\tscript:alert(1))',
  '[클릭](<javascript:alert(1)>)',
  '[클릭](vbscript:msgbox(1))',
  '[클릭](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[클릭][bad]\n\n[bad]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '<data:text/html,<script>alert(1)</script>>',
  '![사진](javascript:alert(1))',
  '![사진](https://evil.example/track.png)',
  '[안내](https://example.com/help "제목\\" onmouseover=\\"alert(1)")',
  '[메일](mailto:cs@example.com?subject=<script>)',
  '<https://example.com/" onmouseover="alert(1)>',
  '```html\n<script>alert(1)</script>\n```',
  '```" onload="alert(1)\ncode\n```',
  '    <script>들여쓴 코드</script>',
  '`<script>`',
  '<!-- <script> -->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '{{<script>alert(1)</script>}}',
  '{{facts.<img src=x onerror=alert(1)>}}',
  '{{facts.refund_window}} {{customer_name}} {{ order_id }}',
  '{{"><script>}}',
  '\uE0000\uE001 \uE0001\uE001',
  '# 제목 <script>',
  '> 인용 <img src=x onerror=alert(1)>',
  '| a | b |\n|---|---|\n| <script> | onerror= |',
  'onerror=alert(1) onload=alert(1)',
  'javascript:alert(1)',
  '\u2028<script>\u2029',
  // Where a regex and a CommonMark viewer disagree on what is code.
  '```\n<script>alert(1)</script>\n```',
  '텍스트 ```html\n<script>alert(1)</script>\n```',
  '[x](`)<script>alert(1)</script>`',
  'a `b\n`<img src=x onerror=alert(1)>`',
  '\\`<script>alert(1)</script>`',
  '``<script>alert(1)</script>`',
  '`a {{customer_name}} b` `{{order_id}}`',
];

const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE), defaultPools().short, fc.constantFrom(...HOSTILE)).map((parts) => parts.join(' ')) },
);
const pools = { say: fc.oneof(hostile, defaultPools().say), short: hostile };

const config = defaultConfig('/');

const handbookInput = fc.record({
  playbooks: fc.array(playbookArbitrary({ pools, text: hostile }), { minLength: 1, maxLength: 3 }),
  manual: fc.option(manualArbitrary(hostile), { nil: undefined }),
  style: yamlStyleArbitrary,
});

/** Tags the renderer writes; any other tag came from the input. */
const TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'nav', 'section', 'aside', 'div', 'p', 'span', 'a', 'code', 'pre', 'strong', 'em', 's',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'ol', 'ul', 'li', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'br', 'hr',
]);

describe('rendering any valid playbook', () => {
  it('gives HTML with no script, no event handler, no script or data link, and an unbroken stylesheet', () => {
    fc.assert(
      fc.property(handbookInput, ({ playbooks, manual, style }) => {
        // Through the real loader: what render gets is what the YAML says, NFC-normalised and schema-checked.
        const inputs = [...playbooks, ...(manual ? [manual] : [])].map((document, index) => ({ filePath: `p${index}.yaml`, text: toYaml([document], style) }));
        const project = loadProject(inputs);
        expect([...project.findings.values()].flat()).toEqual([]);
        const handbook = buildHandbook({ playbooks: project.playbooks.map((ref) => ref.data), manual: project.manuals[0]?.data, config });
        const html = renderHtml(handbook);
        expectInert(html, handbook.title);
      }),
    );
  }, 120_000); // 150 generated handbooks: seconds alone, more on a shared machine
});

describe('rendering any valid playbook as Markdown', () => {
  // The most permissive viewer: raw HTML on, every link scheme let through. The handbook itself must be safe.
  const viewer = new MarkdownIt({ html: true, linkify: true });
  viewer.validateLink = () => true;

  it('gives Markdown that no viewer turns into a script, an event handler, a script link or an image', () => {
    fc.assert(
      fc.property(handbookInput, ({ playbooks, manual, style }) => {
        const inputs = [...playbooks, ...(manual ? [manual] : [])].map((document, index) => ({ filePath: `p${index}.yaml`, text: toYaml([document], style) }));
        const project = loadProject(inputs);
        const handbook = buildHandbook({ playbooks: project.playbooks.map((ref) => ref.data), manual: project.manuals[0]?.data, config });
        const html = viewer.render(renderMarkdown(handbook));
        const root = parseHtml(html);
        expect(root.querySelectorAll('script, img, iframe, object, embed, svg, style, link, meta, form')).toHaveLength(0);
        expect(html).not.toMatch(/<\s*\/?\s*(?:script|img|iframe|svg|style)/i);
        for (const element of root.querySelectorAll('*')) {
          expect(Object.keys(element.attributes).filter((name) => /^on/i.test(name)), element.outerHTML.slice(0, 200)).toEqual([]);
          const href = element.rawAttributes.href;
          if (href !== undefined) expect(schemeOf(href), href).toMatch(/^(?:https?|mailto|)$/);
        }
        expect(rawAttributeNames(html).filter((name) => /^on/i.test(name))).toEqual([]);
      }),
    );
  }, 120_000);
});

function expectInert(html: string, title: string): void {
  const root = parseHtml(html);
  const elements = root.querySelectorAll('*');

  expect(root.querySelectorAll('script')).toHaveLength(0);
  expect(html).not.toMatch(/<\s*\/?\s*script/i);
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((match) => match[1]!.toLowerCase());
  expect(tags.filter((tag) => !TAGS.has(tag))).toEqual([]);

  // No event handler, whether node-html-parser or a regex over the raw tags reads the attributes.
  for (const element of elements) {
    expect(Object.keys(element.attributes).filter((name) => /^on/i.test(name)), element.outerHTML.slice(0, 200)).toEqual([]);
  }
  expect(rawAttributeNames(html).filter((name) => /^on/i.test(name))).toEqual([]);

  // Links go to http, https, mailto or an anchor of the handbook (no javascript:, data:, vbscript:); nothing is loaded.
  for (const element of elements) {
    expect(element.rawAttributes.src).toBeUndefined();
    const href = element.rawAttributes.href;
    if (href === undefined) continue;
    expect(schemeOf(href), href).toMatch(/^(?:https?|mailto|)$/);
  }

  // One stylesheet, in the head, exactly as written: the title in the page header breaks nothing out.
  const styles = root.querySelectorAll('style');
  expect(styles).toHaveLength(1);
  expect((styles[0]!.parentNode as HTMLElement).tagName).toBe('HEAD');
  expect(styles[0]!.rawText).toBe(handbookCss(title));
  expect(html.match(/<\/style/gi)).toHaveLength(1);
  expect(root.querySelectorAll('title')).toHaveLength(1);

  // The hostile text is shown, not dropped: the cover title reads as written.
  expect(root.querySelector('header.cover h1')!.text).toBe(title);
}

const ATTRIBUTE = String.raw`\s+([^\s"'=<>\/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;

/** Attribute names as a browser's tokenizer reads them from the raw tags; every tag must be well formed. */
function rawAttributeNames(html: string): string[] {
  const names: string[] = [];
  for (const start of html.matchAll(/<(?=[a-zA-Z])/g)) {
    const tag = new RegExp(String.raw`^<[a-zA-Z][a-zA-Z0-9-]*((?:${ATTRIBUTE})*)\s*\/?>`).exec(html.slice(start.index));
    expect(tag, html.slice(start.index, start.index + 200)).not.toBeNull();
    for (const attribute of tag![1]!.matchAll(new RegExp(ATTRIBUTE, 'g'))) names.push(attribute[1]!);
  }
  return names;
}

/** The scheme a browser reads from a raw href ('' for a relative link or an anchor), as the URL standard parses it. */
function schemeOf(href: string): string {
  const url = decodeEntities(href).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
