/**
 * `servicebook walk`: the edges of the walkthrough — options, files, the terminal check, the transcript on
 * disk (rewritten whole after every move, so Ctrl-C or a crash leaves the walk so far) and the exit code.
 */
import { randomInt } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import chalk, { Chalk } from 'chalk';
import { loadConfig, requiredKinds, type ProjectConfig } from '../../model/config.js';
import { ExitCode, Interrupted, UsageError } from '../../core/errors.js';
import { readInputs } from '../../engine/files.js';
import { writeFileAtomic, type Io } from '../../engine/io.js';
import { chooseLang } from '../choose-lang.js';
import { loadProject, type Project } from '../../engine/lint.js';
import { LINT_ADVICE, say, usage } from '../../core/messages.js';
import type { Playbook } from '../../model/types.js';
import type { DocumentRef } from '../../rules/types.js';
import type { Lang } from '../../core/language.js';
import { suggest } from '../../core/suggest.js';
import { AnswersPrompter, parseAnswers } from '../../walk/answers.js';
import { chooseTarget, type WalkTarget } from '../../walk/choose.js';
import { showText } from '../../walk/fill.js';
import { documentLang } from '../../walk/labels.js';
import { messages } from '../../walk/messages.js';
import { libraryLines } from '../../walk/practice.js';
import { terminalColumns, terminalPrompter, type Prompter } from '../../walk/prompts.js';
import type { Clock } from '../../walk/session.js';
import { buildTranscript, transcriptJson, transcriptMarkdown, type WalkInfo } from '../../walk/transcript.js';
import type { Look } from '../../walk/view.js';
import { walk } from '../../walk/walker.js';

export interface WalkOptions {
  scenario?: string;
  channel?: string;
  var: string[];
  record?: string;
  practice?: boolean;
  seed?: string;
  answers?: string;
  config?: string;
  lang?: string;
}

/** What tests replace: the clock, the prompts, the terminal width, the seed drawn when none is given. */
export interface WalkDeps {
  clock?: Clock;
  prompter?: Prompter;
  width?: number;
  randomSeed?: () => number;
}

export async function runWalk(playbookArg: string | undefined, options: WalkOptions, io: Io, deps: WalkDeps = {}): Promise<number> {
  const uiLang = chooseLang(options.lang, io.env);
  const ui = messages(uiLang);
  if (!io.stdinIsTTY && options.answers === undefined && !deps.prompter) throw new UsageError(ui.noTerminal);
  const given = parseVars(options.var ?? []);
  const seed = options.practice ? (parseSeed(options.seed) ?? (deps.randomSeed ?? (() => randomInt(0, 1_000_000)))()) : undefined;
  if (!options.practice && options.seed !== undefined) io.stderr(`servicebook: ${say(uiLang, 'seedIgnored')}\n`);
  const record = options.record === undefined ? undefined : recordTarget(io.cwd, options.record);
  const answers = options.answers === undefined ? undefined : new AnswersPrompter(readAnswers(io.cwd, options.answers), options.answers, io.stdout);
  const prompter = deps.prompter ?? answers ?? terminalPrompter(ui.inquirerKeys);
  const config = loadConfig({ cwd: io.cwd, configPath: options.config });
  const { choices, library } = await loadPlaybooks(playbookArg, config, io, uiLang);
  const look = lookFor(io, uiLang, deps.width);
  let wrote = false;
  try {
    const target = await chooseTarget({
      playbooks: choices,
      scenario: options.scenario,
      channel: options.channel,
      variables: given,
      askPlaceholders: !options.practice,
      prompter,
      look: look(uiLang),
    });
    const docLang = documentLang(target.playbook.locale, config.locale);
    const info = walkInfo(target, { mode: options.practice ? 'practice' : 'walk', uiLang, docLang, seed, required: requiredKinds(config, target.channel, target.scenario.purpose) });
    await walk({
      target,
      look: look(docLang),
      prompter,
      out: io.stdout,
      clock: deps.clock ?? Date.now,
      required: info.required,
      ...(options.record !== undefined && { transcript: options.record }),
      ...(seed !== undefined && {
        practice: { seed, lines: libraryLines(library.map((ref) => ({ playbook: ref.data, lang: documentLang(ref.data.locale, config.locale) }))) },
      }),
      onChange: (session, practice) => {
        if (!record) return;
        const transcript = buildTranscript(info, session, practice);
        writeFileAtomic(record.file, record.json ? transcriptJson(transcript) : transcriptMarkdown(transcript, uiLang, docLang));
        wrote = true;
      },
    });
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    io.stderr(`\n${ui.interrupted}${wrote ? ` ${ui.transcriptSaved(options.record!)}` : ''}\n`);
    return ExitCode.interrupted;
  }
  if (answers && answers.unused > 0) io.stderr(`servicebook: ${say(uiLang, 'answersUnused', { count: answers.unused, file: options.answers! })}\n`);
  return ExitCode.ok;
}

/** How the walk looks: colour only on a terminal without NO_COLOR, width from the terminal (else COLUMNS, else 80). */
function lookFor(io: Io, uiLang: Lang, fixedWidth: number | undefined): (docLang: Lang) => Look {
  const color = io.stdoutIsTTY && io.env.NO_COLOR === undefined;
  const width = fixedWidth !== undefined ? () => fixedWidth : io.stdoutIsTTY ? terminalColumns : () => Number(io.env.COLUMNS) || 80;
  // chalk's own level follows the terminal and FORCE_COLOR.
  const palette = new Chalk({ level: color ? chalk.level : 0 });
  return (docLang) => ({
    chalk: palette,
    get width() {
      return width();
    },
    ui: messages(uiLang),
    uiLang,
    docLang,
  });
}

/** What the transcript says about the walk besides the session: what was walked, with which values. */
function walkInfo(target: WalkTarget, about: Pick<WalkInfo, 'mode' | 'uiLang' | 'docLang' | 'required'> & { seed: number | undefined }): WalkInfo {
  const { seed, ...rest } = about;
  return {
    ...rest,
    playbook: { id: target.playbook.id, title: target.playbook.title, file: target.ref.file.filePath },
    scenario: target.scenario,
    channel: target.channel,
    ...(target.script.subject !== undefined && { subject: showText(target.playbook, target.script.subject, target.variables) }),
    variables: target.variables,
    ...(seed !== undefined && { seed }),
    textOf: (step) => showText(target.playbook, target.script.steps[step]!.say, target.variables),
  };
}

function parseVars(values: readonly string[]): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const value of values) {
    const match = /^\s*([^=\s]+)\s*=(.*)$/s.exec(value);
    if (!match) throw new UsageError(usage('varFormat', { value }));
    variables[match[1]!] = match[2]!.trim();
  }
  return variables;
}

function parseSeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value.trim())) throw new UsageError(usage('seedFormat', { value }));
  return Number(value);
}

/** The transcript's file, checked before the walk starts rather than failing at its first step. */
function recordTarget(cwd: string, file: string): { file: string; json: boolean } {
  const absolute = path.resolve(cwd, file);
  const folder = path.dirname(absolute);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(usage('noFolderForTranscript', { file, folder: path.dirname(file) }));
  if (existsSync(absolute) && statSync(absolute).isDirectory()) throw new UsageError(usage('transcriptIsFolder', { file }));
  return { file: absolute, json: /\.json$/i.test(file) };
}

function readAnswers(cwd: string, file: string) {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(usage('cannotReadAnswers', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  return parseAnswers(text, file);
}

/**
 * The playbooks to choose from (those in the file named, the one with the id named, else the whole library),
 * and the library, from which practice draws its distractors.
 */
async function loadPlaybooks(arg: string | undefined, config: ProjectConfig, io: Io, lang: Lang): Promise<{ choices: DocumentRef<Playbook>[]; library: DocumentRef<Playbook>[] }> {
  const looksLikePath = arg !== undefined && (/[\\/*?]|\.ya?ml$/i.test(arg) || existsSync(path.resolve(io.cwd, arg)));
  let library: Project | undefined;
  try {
    library = loadProject(await readInputs([], config, io.cwd));
  } catch (error) {
    // No library (no config, no playbooks/ folder) is fine when a file is named.
    if (!(error instanceof UsageError)) throw error;
    if (!looksLikePath) throw new UsageError(usage('walkNeedsFile', { reason: withoutLintAdvice(error.text) }));
  }
  if (arg === undefined || !looksLikePath) reportLeftOut(library!, io, lang);
  const libraryPlaybooks = library?.playbooks ?? [];

  if (arg === undefined) {
    if (libraryPlaybooks.length === 0) throw new UsageError(usage('noPlaybookToWalk'));
    return { choices: libraryPlaybooks, library: libraryPlaybooks };
  }
  if (looksLikePath) {
    const named = loadProject(await readInputs([arg], config, io.cwd));
    if (named.playbooks.length === 0) throw new UsageError(usage('noPlaybookIn', { file: arg }));
    const known = new Set(named.playbooks.map((ref) => path.resolve(io.cwd, ref.file.filePath)));
    const others = libraryPlaybooks.filter((ref) => !known.has(path.resolve(io.cwd, ref.file.filePath)));
    return { choices: named.playbooks, library: [...named.playbooks, ...others] };
  }
  const found = libraryPlaybooks.filter((ref) => ref.data.id === arg);
  if (found.length === 0) {
    const ids = libraryPlaybooks.map((ref) => ref.data.id);
    const nearest = suggest(arg, ids);
    const hint = nearest ? usage('didYouMeanPlaybook', { suggestion: nearest }) : usage('noPlaybookSuggestion');
    throw new UsageError(usage('unknownPlaybook', { id: arg, hint, ids: ids.join(', ') }));
  }
  return { choices: found, library: libraryPlaybooks };
}

/** Files whose playbooks cannot be walked (YAML or schema errors) are left out, with one line saying so. */
function reportLeftOut(project: Project, io: Io, lang: Lang): void {
  const broken = [...project.findings.entries()].filter(([, findings]) => findings.some((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax'));
  if (broken.length === 0) return;
  io.stderr(`servicebook: ${say(lang, 'leftOut', { files: broken.map(([file]) => file).join(', ') })}\n`);
}

/** The include error without its advice to name files: walk gives its own. */
function withoutLintAdvice(text: Readonly<Record<Lang, string>>): Readonly<Record<Lang, string>> {
  const trim = (lang: Lang) => (text[lang].endsWith(LINT_ADVICE[lang]) ? text[lang].slice(0, -LINT_ADVICE[lang].length) : text[lang]);
  return { en: trim('en'), ko: trim('ko') };
}
