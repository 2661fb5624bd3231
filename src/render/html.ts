/** Handbook → one self-contained HTML file: inline CSS, no script, nothing fetched. Pure. */
import { handbookCss } from './css.js';
import { escalationRows, labelsFor, targetText, type Labels } from './labels.js';
import { placeholderRows, type ChapterPart, type Handbook, type Heading, type PlaybookPart, type ScenarioPart, type ScriptPart, type StepPart, type TextContext } from './model.js';
import { escapeHtml as esc, plainWithSlots, proseBlock, proseInline } from './prose.js';

export interface HtmlOptions {
  /** Page of each anchor, for the table of contents of a PDF; an empty map reserves the room for them. */
  pages?: ReadonlyMap<string, number>;
}

interface Context {
  labels: Labels;
  locale: string;
  pages?: ReadonlyMap<string, number>;
}

export function renderHtml(handbook: Handbook, options: HtmlOptions = {}): string {
  const context: Context = { labels: labelsFor(handbook.lang), locale: handbook.locale, pages: options.pages };
  const body = [
    cover(handbook, context),
    contents(handbook, context),
    front(handbook, context),
    ...handbook.chapters.map((chapter) => chapterHtml(chapter, context)),
    glossary(handbook, context),
  ].join('');
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(handbook.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(handbook.title)}</title>`,
    `<style>${handbookCss(handbook.title)}</style>`,
    '</head>',
    `<body>\n${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}

function cover(handbook: Handbook, { labels }: Context): string {
  const rows: [string, string][] = [];
  if (handbook.audience) rows.push([labels.audience, handbook.audience]);
  if (handbook.edition) rows.push([labels.edition, handbook.edition]);
  rows.push([labels.locale, handbook.locale]);
  const list = rows.map(([term, value]) => `<dt>${esc(term)}</dt><dd>${esc(value)}</dd>`).join('');
  return `<header class="cover">\n<h1>${esc(handbook.title)}</h1>\n<dl>${list}</dl>\n</header>\n`;
}

function contents(handbook: Handbook, { labels, pages }: Context): string {
  const items = handbook.contents.map((entry) => {
    const number = entry.number ? `<span class="no">${esc(entry.number)}</span>` : '';
    const page = pages ? `<span class="toc-fill"></span><span class="toc-page">${pages.get(entry.anchor) ?? ''}</span>` : '';
    return `<li class="d${entry.depth}"><a href="#${entry.anchor}">${number}<span class="toc-title">${esc(entry.title)}</span>${page}</a></li>`;
  });
  return `<nav class="toc" aria-labelledby="toc">\n<h2 id="toc">${esc(labels.contents)}</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>\n`;
}

function front(handbook: Handbook, { labels }: Context): string {
  const parts: string[] = [];
  if (handbook.intro) parts.push(`<h2 id="intro">${esc(labels.intro)}</h2>\n${proseBlock(handbook.intro)}`);
  if (handbook.principles.length > 0) {
    const principles = handbook.principles.map(
      (principle, index) => `<div class="principle">\n<h3><span class="no">${index + 1}</span>${esc(principle.title)}</h3>\n${proseBlock(principle.body)}</div>`,
    );
    parts.push(`<h2 id="principles">${esc(labels.principles)}</h2>\n${principles.join('\n')}`);
  }
  return parts.length > 0 ? `<section class="front">\n${parts.join('\n')}\n</section>\n` : '';
}

function headingHtml(level: number, heading: Heading): string {
  return `<h${level} id="${heading.anchor}"><span class="no">${esc(heading.number)}</span>${esc(heading.title)}</h${level}>\n`;
}

function chapterHtml(chapter: ChapterPart, context: Context): string {
  const intro = chapter.intro ? `<div class="chapter-intro">${proseBlock(chapter.intro)}</div>\n` : '';
  const playbooks = chapter.playbooks.map((part) => playbookHtml(part, context)).join('');
  return `<section class="chapter">\n${headingHtml(2, chapter.heading)}${intro}${playbooks}</section>\n`;
}

function playbookHtml(part: PlaybookPart, context: Context): string {
  const { labels } = context;
  const { playbook } = part;
  const level = part.heading ? 3 : 2;
  const meta = [
    `<span class="id">${esc(playbook.id)}</span>`,
    playbook.owner ? `<span>${esc(labels.owner)}: ${esc(playbook.owner)}</span>` : '',
    playbook.revision ? `<span>${esc(labels.revision)} ${esc(playbook.revision)}</span>` : '',
    `<span>${esc(labels.channels)}: ${part.channels.map((channel) => esc(labels.channel(channel))).join(', ')}</span>`,
    playbook.tags?.length ? `<span>${esc(labels.tags)}: ${playbook.tags.map(esc).join(', ')}</span>` : '',
  ].join('');
  const lang = playbook.locale && playbook.locale !== context.locale ? ` lang="${esc(playbook.locale)}"` : '';
  return [
    `<section class="playbook"${lang}>\n`,
    part.heading ? headingHtml(3, part.heading) : '',
    `<p class="meta">${meta}</p>\n`,
    keyValueTable(labels.placeholders, placeholderRows(part.text, labels), labels),
    keyValueTable(labels.facts, Object.entries(part.text.facts).map(([name, value]) => [name, String(value)]), labels),
    part.scenarios.map((scenario) => scenarioHtml(scenario, level + 1, part.text, context)).join(''),
    coverageHtml(part, level + 1, context),
    `</section>\n`,
  ].join('');
}

/** A scenario's purpose as a badge after its title (nothing for a scenario without one). */
function purposeBadge(purpose: string | undefined, labels: Labels): string {
  return purpose === undefined ? '' : ` <span class="purpose" title="${esc(labels.purposeTitle)}">${esc(labels.purpose(purpose))}</span>`;
}

function keyValueTable(caption: string, rows: [string, string][], labels: Labels): string {
  if (rows.length === 0) return '';
  const body = rows.map(([name, value]) => `<tr><td><code>${esc(name)}</code></td><td>${esc(value)}</td></tr>`).join('\n');
  return `<table class="pairs">\n<caption>${esc(caption)}</caption>\n<thead><tr><th>${esc(labels.name)}</th><th>${esc(labels.value)}</th></tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n`;
}

function scenarioHtml(part: ScenarioPart, level: number, text: TextContext, context: Context): string {
  const { labels } = context;
  const { scenario } = part;
  const situation = [
    `<dt>${esc(labels.when)}</dt><dd>${proseInline(scenario.when, text)}</dd>`,
    scenario.goal ? `<dt>${esc(labels.goal)}</dt><dd>${proseInline(scenario.goal, text)}</dd>` : '',
  ].join('');
  return [
    `<section class="scenario">\n`,
    `<h${level} id="${part.heading.anchor}"><span class="no">${esc(part.heading.number)}</span>${esc(part.heading.title)} <span class="id">${esc(scenario.id)}</span>${purposeBadge(scenario.purpose, labels)}</h${level}>\n`,
    `<dl class="situation">${situation}</dl>\n`,
    escalationHtml(part, text, labels),
    part.scripts.map((script) => scriptHtml(script, level + 1, text, labels)).join(''),
    `</section>\n`,
  ].join('');
}

function escalationHtml({ scenario }: ScenarioPart, text: TextContext, labels: Labels): string {
  const escalation = scenario.escalation;
  if (!escalation) return '';
  const rows = escalationRows(escalation, labels)
    .map(([term, value]) => `<dt>${esc(term)}</dt><dd>${proseInline(value, text)}</dd>`)
    .join('');
  return `<aside class="escalation"><div class="box-title">${esc(labels.escalation)}</div><dl>${rows}</dl></aside>\n`;
}

function scriptHtml(script: ScriptPart, level: number, text: TextContext, labels: Labels): string {
  const subject = script.subject
    ? `<p class="subject"><span class="label">${esc(labels.subject)}</span>${plainWithSlots(script.subject, text)}</p>\n`
    : '';
  const steps = script.steps.map((step) => stepHtml(step, text, labels)).join('\n');
  return `<section class="script">\n<h${level}>${esc(labels.channel(script.channel))}</h${level}>\n${subject}<ol class="steps">\n${steps}\n</ol>\n</section>\n`;
}

function stepHtml(step: StepPart, text: TextContext, labels: Labels): string {
  const parts = [
    `<div class="step-head"><span class="step-no">${esc(labels.stepTitle(step.number))}</span>${step.kinds.map((kind) => `<span class="kind">${esc(labels.kind[kind])}</span>`).join('')}</div>`,
    `<div class="say">${proseBlock(step.say, text)}</div>`,
  ];
  if (step.replies.length > 0) {
    const replies = step.replies.map(
      (reply) => `<li><span class="who">${esc(labels.customer)}:</span> “${plainWithSlots(reply.customer, text)}” <span class="goto">→ ${esc(targetText(reply.to, labels))}</span></li>`,
    );
    parts.push(`<ul class="replies">${replies.join('')}</ul>`);
  }
  if (step.next) parts.push(`<p class="next">${esc(labels.then)}: <span class="goto">${esc(targetText(step.next, labels))}</span></p>`);
  if (step.ends) parts.push(`<p class="next">${esc(labels.endsHere)}</p>`);
  if (step.due !== undefined || step.via !== undefined) {
    const when = [step.due === undefined ? '' : labels.due(step.due), step.via === undefined ? '' : labels.via(step.via)].filter(Boolean);
    parts.push(`<p class="follow"><span class="label">${esc(labels.followUp)}:</span> ${esc(when.join(' · '))}</p>`);
  }
  if (step.note) parts.push(`<aside class="note"><span class="label">${esc(labels.trainerNote)}</span>${proseBlock(step.note, text)}</aside>`);
  return `<li class="step k-${step.kinds[0]}">\n${parts.join('\n')}\n</li>`;
}

function coverageHtml(part: PlaybookPart, level: number, { labels }: Context): string {
  const head = `<tr><th>${esc(labels.scenario)}</th>${part.channels.map((channel) => `<th>${esc(labels.channel(channel))}</th>`).join('')}</tr>`;
  const rows = part.coverage.map((row) => {
    const cells = row.cells.map((cell) => {
      if (!cell.kinds) return `<td class="missing">${esc(labels.noScript)}</td>`;
      const kinds = cell.kinds.map((kind) =>
        kind.covered
          ? `<li class="yes">✓ ${esc(labels.kind[kind.kind])}</li>`
          : `<li class="no-cover">✗ ${esc(labels.kind[kind.kind])}</li>`,
      );
      return `<td><ul>${kinds.join('')}</ul></td>`;
    });
    return `<tr><td>${esc(row.scenario.title)}${purposeBadge(row.scenario.purpose, labels)}</td>${cells.join('')}</tr>`;
  });
  return [
    `<section class="coverage">\n<h${level} id="${part.coverageAnchor}">${esc(labels.coverage)}</h${level}>\n`,
    `<table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`,
    `<p class="legend">${esc(labels.coverageLegend)}</p>\n</section>\n`,
  ].join('');
}

function glossary(handbook: Handbook, { labels }: Context): string {
  if (handbook.glossary.length === 0) return '';
  const entries = handbook.glossary.map((entry) => `<dt>${esc(entry.term)}</dt><dd>${proseBlock(entry.definition)}</dd>`).join('\n');
  return `<section class="glossary">\n<h2 id="glossary">${esc(labels.glossary)}</h2>\n<dl>\n${entries}\n</dl>\n</section>\n`;
}
