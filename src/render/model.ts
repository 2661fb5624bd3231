/**
 * Manual + playbooks → the handbook: what is printed, in which order, under which number and anchor.
 * Pure; the HTML and Markdown writers only lay it out. Anchors come from section numbers, never from text.
 */
import type { ProjectConfig } from '../model/config.js';
import { kindsOf, placeholderDescription, placeholderSpec, type Manual, type Playbook, type Scenario, type Script, type Step, type StepKind } from '../model/types.js';
import { idsNamedBy } from '../rules/playbook-pattern.js';
import { channelsOf, coverageOf, type CoverageRow } from './coverage.js';
import { docLangOf, labelsFor, type DocLang, type Labels, type Target } from './labels.js';

export type { Target } from './labels.js';

/** A line of the table of contents: front matter has no number. */
export interface ContentsEntry {
  /** 1 chapter (and front and back matter), 2 playbook, 3 scenario. */
  depth: 1 | 2 | 3;
  number?: string;
  title: string;
  anchor: string;
}

export interface Heading extends ContentsEntry {
  number: string;
}

export interface StepPart {
  number: number;
  /** Every kind the step counts as, in the order written. */
  kinds: readonly StepKind[];
  say: string;
  note?: string;
  replies: { customer: string; to: Target }[];
  /** The step's own goto, shown only when it does not simply lead to the next step. */
  next?: Target;
  ends: boolean;
  due?: string;
  via?: string;
}

export interface ScriptPart {
  channel: string;
  subject?: string;
  steps: StepPart[];
}

export interface ScenarioPart {
  heading: Heading;
  scenario: Scenario;
  scripts: ScriptPart[];
}

/** What placeholders stand for and what facts say: needed to mark them in the text. */
export interface TextContext {
  /** Each placeholder's description (either form of declaration). */
  placeholders: Readonly<Record<string, string>>;
  facts: Readonly<Record<string, string | number>>;
  /** Each placeholder's `example`, where it declares one: shown with the description in the handbook. */
  examples?: Readonly<Record<string, string>>;
}

export interface PlaybookPart {
  /** Undefined when the playbook is a chapter of its own (no manual): the chapter heading names it. */
  heading?: Heading;
  playbook: Playbook;
  text: TextContext;
  scenarios: ScenarioPart[];
  channels: string[];
  coverage: CoverageRow[];
  coverageAnchor: string;
}

export interface ChapterPart {
  heading: Heading;
  intro?: string;
  playbooks: PlaybookPart[];
}

export interface Handbook {
  title: string;
  locale: string;
  lang: DocLang;
  audience?: string;
  edition?: string;
  intro?: string;
  principles: { title: string; body: string }[];
  chapters: ChapterPart[];
  glossary: { term: string; definition: string }[];
  /** Every line of the table of contents, in order. */
  contents: ContentsEntry[];
  /** Playbooks that no chapter of the manual names: left out, and said so. */
  leftOut: string[];
}

export interface HandbookInput {
  playbooks: readonly Playbook[];
  manual?: Manual;
  config: ProjectConfig;
  /** The config in force for a playbook's file (its `overrides` applied: required kinds, channels); default `config`. */
  configFor?: (playbook: Playbook) => ProjectConfig;
}

export function buildHandbook(input: HandbookInput): Handbook {
  const manual = input.manual ? nfc(input.manual) : undefined;
  // Each playbook with its own config, paired before NFC copies the playbook.
  const configs = new Map<Playbook, ProjectConfig>();
  const playbooks = input.playbooks
    .map((playbook) => {
      const normalized = revisionAsText(nfc(playbook));
      configs.set(normalized, input.configFor?.(playbook) ?? input.config);
      return normalized;
    })
    .sort((a, b) => compareIds(a.id, b.id));
  const configOf = (playbook: Playbook) => configs.get(playbook) ?? input.config;
  const locale = manual?.locale ?? sharedLocale(playbooks) ?? input.config.locale;
  const lang = docLangOf(locale);
  const chapters = manual ? manualChapters(manual, playbooks, configOf) : playbookChapters(playbooks, configOf);
  const shown = new Set(chapters.flatMap((chapter) => chapter.playbooks.map((part) => part.playbook.id)));
  const labels = labelsFor(lang);
  return {
    title: manual?.title ?? labels.defaultTitle,
    locale,
    lang,
    audience: manual?.audience,
    edition: manual?.edition === undefined ? undefined : String(manual.edition),
    intro: manual?.intro,
    principles: manual?.principles ?? [],
    chapters,
    glossary: manual?.glossary ?? [],
    contents: [
      ...(manual?.intro ? [{ depth: 1 as const, title: labels.intro, anchor: 'intro' }] : []),
      ...(manual?.principles?.length ? [{ depth: 1 as const, title: labels.principles, anchor: 'principles' }] : []),
      ...chapters.flatMap((chapter) => [
        chapter.heading,
        ...chapter.playbooks.flatMap((part) => [...(part.heading ? [part.heading] : []), ...part.scenarios.map((s) => s.heading)]),
      ]),
      ...(manual?.glossary?.length ? [{ depth: 1 as const, title: labels.glossary, anchor: 'glossary' }] : []),
    ],
    leftOut: playbooks.map((playbook) => playbook.id).filter((id) => !shown.has(id)),
  };
}

function manualChapters(manual: Manual, playbooks: readonly Playbook[], configOf: (playbook: Playbook) => ProjectConfig): ChapterPart[] {
  const ids = playbooks.map((playbook) => playbook.id);
  return manual.chapters.map((chapter, chapterIndex) => {
    const number = `${chapterIndex + 1}`;
    const named = [...new Set(chapter.playbooks.flatMap((entry) => idsNamedBy(entry, ids)))];
    const members = named.flatMap((id) => playbooks.filter((playbook) => playbook.id === id));
    return {
      heading: heading(1, number, chapter.title),
      intro: chapter.intro,
      playbooks: members.map((playbook, index) => playbookPart(playbook, `${number}.${index + 1}`, configOf(playbook), true)),
    };
  });
}

/** Without a manual every playbook is a chapter, in id order. */
function playbookChapters(playbooks: readonly Playbook[], configOf: (playbook: Playbook) => ProjectConfig): ChapterPart[] {
  return playbooks.map((playbook, index) => {
    const number = `${index + 1}`;
    return { heading: heading(1, number, playbook.title), playbooks: [playbookPart(playbook, number, configOf(playbook), false)] };
  });
}

function playbookPart(playbook: Playbook, number: string, config: ProjectConfig, withHeading: boolean): PlaybookPart {
  const channels = channelsOf(playbook, config);
  return {
    heading: withHeading ? heading(2, number, playbook.title) : undefined,
    playbook,
    text: textContextOf(playbook),
    scenarios: playbook.scenarios.map((scenario, index) => ({
      heading: heading(withHeading ? 3 : 2, `${number}.${index + 1}`, scenario.title),
      scenario,
      scripts: channels.flatMap((channel) => {
        const script = Object.hasOwn(scenario.scripts, channel) ? scenario.scripts[channel] : undefined;
        return script ? [scriptPart(channel, script)] : [];
      }),
    })),
    channels,
    coverage: coverageOf(playbook, config),
    coverageAnchor: `sec-${number.replaceAll('.', '-')}-coverage`,
  };
}

/** Each placeholder with what it stands for, and its example where it declares one. */
export function placeholderRows(text: TextContext, labels: Labels): [string, string][] {
  return Object.entries(text.placeholders).map(([name, description]) => {
    const example = text.examples?.[name];
    return [name, example === undefined ? description : `${description} ${labels.example(example)}`];
  });
}

function textContextOf(playbook: Playbook): TextContext {
  const declared = Object.entries(playbook.placeholders ?? {});
  const examples: Record<string, string> = {};
  for (const [name, declaration] of declared) {
    const { example } = placeholderSpec(declaration);
    if (example !== undefined) examples[name] = example;
  }
  return {
    placeholders: Object.fromEntries(declared.map(([name, declaration]) => [name, placeholderDescription(declaration)])),
    facts: playbook.facts ?? {},
    examples,
  };
}

function scriptPart(channel: string, script: Script): ScriptPart {
  const numberById = new Map<string, number>();
  script.steps.forEach((step, index) => {
    if (step.id !== undefined && !numberById.has(step.id)) numberById.set(step.id, index + 1);
  });
  const target = (id: string): Target => {
    if (id === 'end') return { end: true };
    const number = numberById.get(id);
    return number === undefined ? { missing: id } : { step: number };
  };
  return {
    channel,
    subject: script.subject,
    steps: script.steps.map((step, index) => stepPart(step, index + 1, target)),
  };
}

function stepPart(step: Step, number: number, target: (id: string) => Target): StepPart {
  const next = step.goto === undefined ? undefined : target(step.goto);
  const leadsToNext = next !== undefined && 'step' in next && next.step === number + 1;
  return {
    number,
    kinds: kindsOf(step),
    say: step.say,
    note: step.note,
    replies: (step.replies ?? []).map((reply) => ({ customer: reply.customer, to: target(reply.goto) })),
    next: leadsToNext || (step.replies?.length ?? 0) > 0 ? undefined : next,
    ends: step.end === true,
    due: step.due,
    via: step.via,
  };
}

function heading(depth: Heading['depth'], number: string, title: string): Heading {
  return { depth, number, title, anchor: `sec-${number.replaceAll('.', '-')}` };
}

/** The locale every playbook states, when they agree on one. */
function sharedLocale(playbooks: readonly Playbook[]): string | undefined {
  const locales = new Set(playbooks.map((playbook) => playbook.locale));
  const [only] = locales;
  return locales.size === 1 ? only : undefined;
}

/** The schema takes `revision: 2` as well as `revision: 1.3.0`; the handbook prints it as text. */
function revisionAsText(playbook: Playbook): Playbook {
  const revision: unknown = playbook.revision;
  return typeof revision === 'number' ? { ...playbook, revision: String(revision) } : playbook;
}

/** Code-unit order, not locale order: the same on every machine. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Text normalised to NFC everywhere, so that the same words give the same bytes. */
function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => nfc(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.normalize('NFC'), nfc(item)])) as T;
  }
  return value;
}
