/** The pure core: source texts → parsed documents → schema + rules → findings per file. No I/O here. */
import path from 'node:path';
import { knownPurposes, ruleSetting, type ProjectConfig, type RuleSetting } from '../model/config.js';
import { configFor } from '../model/overrides.js';
import { compareFindings, type FileResult, type Finding } from '../core/findings.js';
import type { Directive } from '../model/directives.js';
import { parseSource, withoutBom, type Parser, type SourceDocument, type SourceFile } from '../model/load.js';
import { findingMessage, inLang } from '../model/messages.js';
import { interpolate } from '../core/messages.js';
import { ownCopy } from '../model/text.js';
import { checkDocument } from '../model/schema.js';
import { canWriteIn, locateInValue } from '../model/scalar-text.js';
import type { Manual, Playbook } from '../model/types.js';
import { rules as allRules } from '../rules/index.js';
import type { DocumentRef, PlaybookHead, Report, Rule } from '../rules/types.js';
import type { Lang } from '../core/language.js';

/** Kept exported from here: the one filler of {{named}} templates now lives with the catalogs. */
export { interpolate };

export type SourceInput = { filePath: string; text: string } | { filePath: string; finding: Finding };

export interface LintOptions {
  config: ProjectConfig;
  /** validate: YAML syntax and schema only; lint: every rule. */
  mode: 'validate' | 'lint';
  overrides?: Readonly<Record<string, RuleSetting>>;
  reportUnusedDisables?: boolean;
  rules?: readonly Rule[];
  /** Language of the findings' messages (rules, schema, YAML syntax). */
  lang?: Lang;
  /** Which parser reads the values (the findings are the same; `fast` is the default). */
  parser?: Parser;
  /**
   * Reads a file's text again, for the rare position that a rule across files or a whole-document disable
   * comment asks for after the file was checked. When given, texts are not kept between the two phases, so a
   * large library is never held whole.
   */
  readAgain?: (filePath: string) => string | undefined;
  /** The folder that the files' paths are relative to, to match them to the config's `overrides` (default: the config's folder). */
  cwd?: string;
}

/** The config in force for one file: the project's, with the `overrides` that match the file laid over it. */
export function fileConfig(options: Pick<LintOptions, 'config' | 'cwd'>, filePath: string): ProjectConfig {
  if (!options.config.overrides?.length) return options.config;
  return configFor(options.config, path.resolve(options.cwd ?? options.config.baseDir, filePath));
}

/** Files parsed and checked against their schemas: what every command starts from. */
export interface Project {
  files: SourceFile[];
  playbooks: DocumentRef<Playbook>[];
  manuals: DocumentRef<Manual>[];
  findings: Map<string, Finding[]>;
}

export function loadProject(
  inputs: readonly SourceInput[],
  options: { parser?: Parser; lang?: Lang; channels?: readonly string[]; purposes?: readonly string[] } = {},
): Project {
  const { parser = 'fast', lang = 'en', channels, purposes } = options;
  const project: Project = { files: [], playbooks: [], manuals: [], findings: new Map() };
  for (const input of inputs) {
    const found: Finding[] = [];
    project.findings.set(input.filePath, found);
    if ('finding' in input) {
      found.push(inLang(input.finding, lang));
      continue;
    }
    const file = parseSource(input.filePath, input.text, parser, lang);
    project.files.push(file);
    found.push(...file.syntaxFindings);
    if (file.documents.length === 0 && file.syntaxFindings.length === 0) {
      found.push({ ruleId: 'schema', severity: 'error', message: findingMessage(lang, 'noDocument'), line: 1, column: 1, endLine: 1, endColumn: 1 });
    }
    for (const document of file.documents) {
      const { kind, findings } = checkDocument(document, lang, channels, purposes);
      found.push(...findings);
      if (kind === 'playbook') project.playbooks.push({ file, document, data: document.value as Playbook });
      if (kind === 'manual') project.manuals.push({ file, document, data: document.value as Manual });
    }
  }
  return project;
}

/**
 * Files are checked one at a time (and, given an iterator that reads them, read one at a time), so that a large
 * library never has to be held whole: only the findings, the disable comments and each document's head stay
 * for the rules that look across files (and the texts, unless `readAgain` can read them again).
 */
export function lint(inputs: Iterable<SourceInput>, options: LintOptions, context: readonly FileCheck[] = []): FileResult[] {
  return finishLint(Array.from(inputs, (input) => checkFile(input, options)), options, context);
}

/** What checking one file leaves for the rest of the run, as plain data (nothing of the parsed values). */
export interface FileCheck {
  filePath: string;
  findings: Finding[];
  /** Absent when the file could not be parsed at all. `text` is left out when `readAgain` can read it again. */
  source?: { text?: string; length: number; directives: Directive[]; documents: number[]; byteLength?: number };
  playbooks: { index: number; head: PlaybookHead }[];
  manuals: { index: number; data: Manual }[];
}

/** Parse, schema and every rule that looks within a document, for one file. */
export function checkFile(input: SourceInput, options: LintOptions): FileCheck {
  const own = ownOptions(options, input.filePath);
  const check = checkLoaded(loadFile(input, own), input.filePath, own);
  // Fixes are offsets in the file as read: the BOM that parsing leaves out is one code unit before them.
  if ('text' in input && input.text.startsWith('\uFEFF')) {
    for (const finding of check.findings) if (finding.fix) finding.fix.range = [finding.fix.range[0] + 1, finding.fix.range[1] + 1];
  }
  return check;
}

/** The options of one file: the config in force for it (its overrides laid over), which has none left to apply. */
function ownOptions<T extends Pick<LintOptions, 'config' | 'cwd'>>(options: T, filePath: string): T {
  const config = fileConfig(options, filePath);
  return config === options.config ? options : { ...options, config };
}

/** One file parsed and checked against its schemas, as `checkLoaded` (and a handbook) start from it. */
export function loadFile(input: SourceInput, options: Pick<LintOptions, 'config' | 'lang' | 'parser' | 'cwd'>): Project {
  const { config } = ownOptions(options, input.filePath);
  return loadProject([input], { parser: options.parser, lang: options.lang ?? 'en', channels: config.channels, purposes: knownPurposes(config) });
}

/** checkFile once the file is loaded: severities as set, then every rule that looks within a document. */
export function checkLoaded(one: Project, filePath: string, fileOptions: LintOptions): FileCheck {
  const options = ownOptions(fileOptions, filePath);
  const { settings, active, severity, lang } = ruleSetup(options);
  const findings = new Map([[filePath, one.findings.get(filePath) ?? []]]);
  for (const finding of findings.get(filePath)!) finding.severity = severityOf(settings.get(finding.ruleId ?? '') ?? finding.severity);
  const [file] = one.files;
  if (!file) return { filePath, findings: findings.get(filePath)!, playbooks: [], manuals: [] };
  for (const rule of active) {
    if (!rule.check) continue;
    const check = rule.check.bind(rule);
    runRule(rule, () => severity(rule), (report) => check({ playbooks: one.playbooks, manuals: one.manuals, config: options.config, report }), findings, file, lang);
  }
  return {
    filePath,
    findings: findings.get(filePath)!,
    source: {
      ...(options.readAgain ? {} : { text: file.text }),
      length: file.text.length,
      directives: file.directives,
      documents: file.documents.map((document) => document.index),
    },
    playbooks: one.playbooks.map(({ document, data }) => ({ index: document.index, head: detachedHead(data) })),
    manuals: one.manuals.map(({ document, data }) => ({ index: document.index, data })),
  };
}

/**
 * The rules that look across files, then disable comments, over the checks of every file. `context`: the checks
 * of the rest of the project when the run was given some of its files (files.ts projectContext, heads.ts). The
 * rules across files see their documents before the files given, so that an id that a file given shares with
 * one of them is reported in the file given; nothing is reported in them, and they are not in the results.
 */
export function finishLint(checks: readonly FileCheck[], options: LintOptions, context: readonly FileCheck[] = []): FileResult[] {
  const { settings, severity, lang } = ruleSetup(options);
  // With overrides, each file has its settings; a rule across files runs when it is on for any file.
  const settingsOf = settingsByFile(checks, options, settings);
  const active = (options.mode === 'lint' ? (options.rules ?? allRules) : []).filter((rule) =>
    [...new Set(settingsOf.values())].some((fileSettings) => fileSettings.get(rule.id) !== 'off'),
  );
  const findings = new Map(checks.map((check) => [check.filePath, [...check.findings]]));
  const files = new Map<string, SourceFile>();
  const heads: { playbooks: DocumentRef<PlaybookHead>[]; manuals: DocumentRef<Manual>[] } = { playbooks: [], manuals: [] };
  for (const check of [...context, ...checks]) {
    if (!check.source) continue;
    const file = lightFile({ filePath: check.filePath, ...check.source }, options.readAgain, lang);
    files.set(check.filePath, file);
    const documentAt = (index: number) => file.documents.find((document) => document.index === index)!;
    for (const { index, head } of check.playbooks) heads.playbooks.push({ file, document: documentAt(index), data: head });
    for (const { index, data } of check.manuals) heads.manuals.push({ file, document: documentAt(index), data });
  }
  // A rule that throws is reported in the first file given that could be parsed.
  const first = checks.map((check) => files.get(check.filePath)).find((file) => file !== undefined);
  for (const rule of active) {
    if (!rule.checkProject || !first) continue;
    const checkProject = rule.checkProject.bind(rule);
    const severityIn = (filePath: string) => severityOf(settingsOf.get(filePath)?.get(rule.id) ?? severity(rule));
    runRule(rule, severityIn, (report) => checkProject({ ...heads, config: options.config, report }), findings, first, lang);
  }
  return [...findings.entries()].map(([filePath, found]) => {
    const fileSettings = settingsOf.get(filePath) ?? settings;
    const kept = found.filter((finding) => fileSettings.get(finding.ruleId ?? '') !== 'off');
    const file = files.get(filePath);
    const result = applyDirectives(kept, file?.directives ?? [], file, { reportUnused: options.reportUnusedDisables ?? false, lang });
    return { filePath, findings: result.sort(compareFindings) };
  });
}

/** Each file's rule settings: the project's, or those of the overrides that match it (one map per config). */
function settingsByFile(checks: readonly FileCheck[], options: LintOptions, settings: Map<string, RuleSetting>): Map<string, Map<string, RuleSetting>> {
  const byConfig = new Map<ProjectConfig, Map<string, RuleSetting>>([[options.config, settings]]);
  const byFile = new Map<string, Map<string, RuleSetting>>();
  for (const { filePath } of checks) {
    const config = fileConfig(options, filePath);
    let own = byConfig.get(config);
    if (!own) byConfig.set(config, (own = ruleSetup({ ...options, config }).settings));
    byFile.set(filePath, own);
  }
  return byFile;
}

function ruleSetup(options: LintOptions) {
  const rules = options.rules ?? allRules;
  const settings = new Map(rules.map((rule) => [rule.id, ruleSetting(rule, options.config, options.overrides)]));
  const active = options.mode === 'lint' ? rules.filter((rule) => settings.get(rule.id) !== 'off') : [];
  const severity = (rule: Rule) => severityOf(settings.get(rule.id) ?? rule.severity);
  return { settings, active, severity, lang: options.lang ?? 'en' };
}

/**
 * The file without its parsed values or composed nodes, for the rules that look across files and for
 * disable comments: the text is parsed again in the rare case a position is asked for (a text read again that
 * is not the one checked, as when the file changed meanwhile, gives no positions).
 */
function lightFile(
  source: { filePath: string; text?: string; length: number; directives: Directive[]; documents: number[]; byteLength?: number },
  readAgain: LintOptions['readAgain'],
  lang: Lang,
): SourceFile {
  const { filePath, directives, documents: indexes } = source;
  let again: SourceFile | undefined;
  const positioned = (index: number) => {
    if (!again) {
      const read = source.text ?? readAgain?.(filePath);
      const text = read === undefined ? undefined : withoutBom(read);
      // A file read for its heads only (heads.ts) was measured in UTF-8 bytes, without being decoded.
      const same = text !== undefined && (source.byteLength === undefined ? text.length === source.length : Buffer.byteLength(text) === source.byteLength);
      again = same ? parseSource(filePath, text, 'fast', lang) : { filePath, text: '', directives, syntaxFindings: [], documents: [] };
    }
    return again.documents.find((d) => d.index === index);
  };
  const documents = indexes.map((index): SourceDocument => ({
    index,
    value: undefined,
    locate: (path, target) => positioned(index)?.locate(path, target) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
    contentLine: () => positioned(index)?.contentLine() ?? 1,
  }));
  return { filePath, text: source.text ?? '', directives, syntaxFindings: [], documents };
}

/**
 * A playbook's head that holds none of the file's text: the parser's strings are slices of it, and a head kept
 * for the whole run would keep every file's text alive with it.
 */
function detachedHead({ kind, id, title }: PlaybookHead): PlaybookHead {
  return { kind, id: ownCopy(id), title: ownCopy(title) };
}

function severityOf(setting: RuleSetting): 'error' | 'warn' {
  return setting === 'off' ? 'warn' : setting;
}

/** The engine does not trust rules: a rule that throws becomes a finding in the file it was checking, not a crash. */
function runRule(
  rule: Rule,
  severityIn: (filePath: string) => 'error' | 'warn',
  run: (report: (report: Report) => void) => void,
  findings: Map<string, Finding[]>,
  file: SourceFile,
  lang: Lang,
): void {
  const report = (report: Report) => {
    const template = rule.messages[report.messageId];
    if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId "${report.messageId}"`);
    const { text } = report.at.file;
    const place = report.within && locateInValue(text, report.at.document, report.path, report.within[0], report.within[1]);
    const finding: Finding = {
      ruleId: rule.id,
      severity: severityIn(report.at.file.filePath),
      message: interpolate(template[lang], report.data),
      messageId: report.messageId,
      ...(report.data ? { data: report.data } : {}),
      ...(place ? place.range : report.at.document.locate(report.path, report.target)),
    };
    const fixAt = report.fix && locateInValue(text, report.at.document, report.path, report.fix.within[0], report.fix.within[1]);
    if (report.fix && fixAt && canWriteIn(fixAt, report.fix.text, text)) finding.fix = { range: [fixAt.start, fixAt.end], text: report.fix.text };
    if (report.flow) {
      finding.flow = report.flow.map((place) => ({ message: place.message, ...report.at.document.locate(place.path) }));
    }
    findings.get(report.at.file.filePath)?.push(finding);
  };
  try {
    run(report);
  } catch (error) {
    findings.get(file.filePath)?.push({
      ruleId: rule.id,
      severity: 'error',
      message: findingMessage(lang, 'ruleFailed', { rule: rule.id, error: error instanceof Error ? error.message : String(error) }),
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    });
  }
}

/** Drops findings that a disable comment covers; with reportUnused, reports comments that covered nothing. */
function applyDirectives(
  findings: Finding[],
  directives: readonly Directive[],
  file: SourceFile | undefined,
  { reportUnused, lang }: { reportUnused: boolean; lang: Lang },
): Finding[] {
  if (directives.length === 0) return findings;
  const used = new Set<Directive>();
  const kept = findings.filter((finding) => {
    const directive = directives.find((d) => covers(d, finding, file));
    if (directive) used.add(directive);
    return !directive;
  });
  if (reportUnused) {
    for (const directive of directives) {
      if (used.has(directive)) continue;
      const { line, column, endLine, endColumn } = directive;
      const message = directive.ruleIds.length > 0
        ? findingMessage(lang, 'unusedDirective', { rules: directive.ruleIds.join(', ') })
        : findingMessage(lang, 'unusedDirectiveNoRule');
      kept.push({ ruleId: null, severity: 'error', message, line, column, endLine, endColumn });
    }
  }
  return kept;
}

function covers(directive: Directive, finding: Finding, file: SourceFile | undefined): boolean {
  if (finding.ruleId === null || !directive.ruleIds.includes(finding.ruleId)) return false;
  if (directive.scope === 'next-line') return finding.line === directive.targetLine;
  // A whole-document directive covers the first document that starts after it.
  const document = file?.documents.find((d) => d.contentLine() > directive.line);
  if (!document) return false;
  const next = file?.documents.find((d) => d.index > document.index);
  return finding.line >= document.contentLine() && (!next || finding.line < next.contentLine());
}
