/**
 * The handbook's stylesheet, inlined in the HTML: readable on screen, made for A4 paper.
 * Nanum faces come first: they are TrueType, so Chromium embeds them as real font subsets (Noto CJK, being CFF,
 * would end up as Type 3). DejaVu Sans carries ✓ ✗ and other symbols Nanum lacks.
 */

const SANS = '"NanumGothic", "Nanum Gothic", "NanumBarunGothic", "DejaVu Sans", "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';
const MONO = '"NanumGothicCoding", "DejaVu Sans Mono", "Noto Sans Mono CJK KR", monospace';

/** `title` runs in the page header; it is written as a CSS string that nothing can break out of. */
export function handbookCss(title: string): string {
  return `${BASE}
@page {
  size: A4;
  margin: 20mm 17mm 20mm 17mm;
  font-family: ${SANS};
  @top-left { content: ${cssString(title)}; font-family: ${SANS}; font-size: 8pt; color: #5b6472; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: counter(page); font-family: ${SANS}; font-size: 9pt; color: #5b6472; vertical-align: top; padding-top: 3mm; }
}
@page :first {
  @top-left { content: none; }
  @bottom-center { content: none; }
}
${PRINT}`;
}

/** Every character but letters, digits and spaces as a CSS escape: no quote, backslash or `</style>` survives. */
export function cssString(text: string): string {
  const escaped = [...text.replace(/[\r\n\t]+/g, ' ')]
    .map((char) => (/^[\p{L}\p{N} ]$/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16).padStart(6, '0')}`))
    .join('');
  return `"${escaped}"`;
}

const BASE = `
:root {
  --ink: #1d2330; --muted: #5b6472; --line: #d5dae1; --accent: #1f4e79; --soft: #eef3f8;
  --note: #fff8e1; --note-line: #d9a520; --slot: #fff0bf; --slot-line: #d9b64a; --warn: #b3261e; --ok: #1e7b3a;
}
html { font-family: ${SANS}; color: var(--ink); line-height: 1.65; word-break: keep-all; overflow-wrap: break-word; line-break: strict; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; font-size: 11pt; }
h1, h2, h3, h4, h5 { line-height: 1.35; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 1.6em; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: .2em; margin: 2.5rem 0 1rem; }
h3 { font-size: 1.3em; margin: 2rem 0 .6rem; }
h4 { font-size: 1.12em; margin: 1.8rem 0 .5rem; padding: .3em .6em; background: var(--soft); border-radius: 4px; }
h5 { font-size: 1em; margin: 1.2rem 0 .4rem; color: var(--accent); }
.no { color: var(--accent); margin-right: .5em; font-variant-numeric: tabular-nums; }
code, .id { font-family: ${MONO}; font-size: .9em; }
.id { color: var(--muted); }
a { color: var(--accent); }
p { margin: .4rem 0; }

.cover { min-height: 80vh; display: flex; flex-direction: column; justify-content: center; }
.cover h1 { font-size: 2.4em; margin: 0 0 1.5rem; color: var(--accent); border-left: 8px solid var(--accent); padding-left: .5em; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.2rem; margin: 0; font-size: 1.1em; }
.cover dt { color: var(--muted); }
.cover dd { margin: 0; }

.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: .15rem 0; break-inside: avoid; }
.toc a { display: flex; align-items: baseline; color: inherit; text-decoration: none; }
.toc .toc-fill { flex: 1; border-bottom: 1px dotted var(--muted); margin: 0 .4em; min-width: 1em; }
.toc .toc-page { min-width: 2.2em; text-align: right; font-variant-numeric: tabular-nums; }
.toc .d1 { font-weight: 700; margin-top: .7rem; }
.toc .d2 { padding-left: 1.6em; }
.toc .d3 { padding-left: 3.2em; font-size: .92em; color: #333a47; }

.principle { break-inside: avoid; border-left: 3px solid var(--accent); padding: .1rem 0 .1rem .9rem; margin: .9rem 0; }
.principle h3 { margin: 0 0 .2rem; font-size: 1.1em; }

.meta { color: var(--muted); font-size: .92em; }
.meta span + span::before { content: " · "; }
table { border-collapse: collapse; width: 100%; font-size: .92em; margin: .6rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 700; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
caption { caption-side: top; text-align: left; font-weight: 700; padding-bottom: .3rem; }

.situation { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0; }
.situation dt { font-weight: 700; color: var(--muted); }
.situation dd { margin: 0; }
.escalation { break-inside: avoid; border: 1.5px solid #c98a1b; background: #fff7ea; border-radius: 6px; padding: .5rem .8rem; margin: .8rem 0; }
.escalation .box-title { font-weight: 700; color: #8a5a00; }
.escalation dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .3rem 0 0; }
.escalation dt { font-weight: 700; }
.escalation dd { margin: 0; }

.subject { margin: .3rem 0 .5rem; }
.subject .label { color: var(--muted); margin-right: .5em; }
.steps { list-style: none; margin: .4rem 0 1rem; padding: 0; }
.step { break-inside: avoid; page-break-inside: avoid; border: 1px solid var(--line); border-left: 5px solid var(--kind, var(--accent)); border-radius: 6px; padding: .45rem .8rem .5rem; margin: .5rem 0; background: #fff; }
.step-head { display: flex; gap: .6rem; align-items: baseline; font-size: .86em; }
.step-no { font-weight: 700; }
.kind { font-weight: 700; color: var(--kind, var(--accent)); }
.kind + .kind::before { content: "+ "; color: var(--muted, #666); font-weight: 400; }
.purpose { display: inline-block; margin-left: .4em; padding: 0 .45em; border: 1px solid currentColor; border-radius: .6em; font-size: .7em; font-weight: 600; vertical-align: middle; color: var(--accent); }
.say > :first-child { margin-top: .2rem; }
.say > :last-child { margin-bottom: .1rem; }
.replies { list-style: none; margin: .35rem 0 0; padding: 0; font-size: .94em; }
.replies li { margin: .15rem 0; padding-left: 1.1em; text-indent: -1.1em; }
.replies li::before { content: "▸ "; color: var(--muted); }
.who { font-weight: 700; }
.goto { font-weight: 700; color: var(--accent); white-space: nowrap; }
.next, .follow { font-size: .92em; margin: .3rem 0 0; }
.follow .label { font-weight: 700; color: var(--kind, var(--accent)); }
.note { background: var(--note); border-left: 3px solid var(--note-line); padding: .3rem .6rem; margin: .45rem 0 0; font-size: .9em; }
.note .label { font-weight: 700; color: #7a5b00; display: block; font-size: .92em; }
.note p { margin: .1rem 0; }
.slot { background: var(--slot); border: 1px solid var(--slot-line); border-radius: 3px; padding: 0 .25em; font-size: .94em; }
.fact { border-bottom: 1.5px dotted var(--accent); }
.md-heading { font-weight: 700; }

.k-greeting, .k-closing { --kind: #55708f; }
.k-verification, .k-questioning { --kind: #6a5a8e; }
.k-empathy { --kind: #b0456a; }
.k-explanation { --kind: #1f4e79; }
.k-action { --kind: #2d7d6f; }
.k-escalation { --kind: #b8690f; }
.k-follow-up { --kind: #1e7b3a; }
.k-feedback { --kind: #7b6a1e; }

.coverage td, .coverage th { text-align: center; }
.coverage th:first-child, .coverage td:first-child { text-align: left; }
.coverage ul { list-style: none; margin: 0; padding: 0; text-align: left; font-size: .92em; }
.coverage .yes { color: var(--ok); }
.coverage .no-cover { color: var(--warn); font-weight: 700; }
.coverage .legend { font-size: .85em; color: var(--muted); }

.glossary dl { margin: 0; }
.glossary dt { font-weight: 700; margin-top: .6rem; break-after: avoid; }
.glossary dd { margin: .1rem 0 0 1.2rem; }
`;

const PRINT = `
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  .cover { min-height: 0; height: 240mm; break-after: page; }
  .toc, .front, .chapter, .glossary { break-before: page; }
  h2 { margin-top: 0; }
  a { text-decoration: none; }
}
`;
