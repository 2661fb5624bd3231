/** The shape every rule has (one rule per file, listed by hand in index.ts). */
import type { ProjectConfig } from '../model/config.js';
import type { DataPath, Severity } from '../core/findings.js';
import type { SourceDocument, SourceFile } from '../model/load.js';
import { buildGraph, type ScriptGraph } from '../model/flow.js';
import type { Manual, Playbook, Scenario, Script, Step } from '../model/types.js';
import type { Message } from '../core/language.js';

/** A schema-valid document of one kind, with the file it came from. */
export interface DocumentRef<T> {
  file: SourceFile;
  document: SourceDocument;
  data: T;
}

export interface FlowReport {
  path: DataPath;
  message: string;
}

export interface Report {
  at: DocumentRef<unknown>;
  /** Where in the document: the engine turns it into line and column. */
  path: DataPath;
  /** Point at the key rather than the value (a mapping key that is wrong). */
  target?: 'key' | 'value';
  messageId: string;
  data?: Record<string, string | number>;
  /** value[from, to) of the string at `path`: the finding points at those words, inside the scalar. */
  within?: readonly [number, number];
  /** A certain correction (FORMAT.md §3 "Fixes"): value[from, to) of the string at `path` becomes `text`. */
  fix?: { within: readonly [number, number]; text: string };
  /** The places on a path, in order (required-steps), for SARIF code flows. */
  flow?: FlowReport[];
}

/** What `check` sees: the documents of one file (rules that look within a document). */
export interface RuleContext {
  playbooks: readonly DocumentRef<Playbook>[];
  manuals: readonly DocumentRef<Manual>[];
  config: ProjectConfig;
  report(report: Report): void;
}

/** What a playbook is to rules that look across files: its head, not its scenarios (kept small for large libraries). */
export type PlaybookHead = Pick<Playbook, 'kind' | 'id' | 'title'>;

/** What `checkProject` sees: every document linted together, playbooks by their heads. */
export interface ProjectContext {
  playbooks: readonly DocumentRef<PlaybookHead>[];
  manuals: readonly DocumentRef<Manual>[];
  config: ProjectConfig;
  report(report: Report): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  /** Message templates with {{named}} placeholders, in English and Korean; rules report a messageId and data. */
  messages: Record<string, Message>;
  /** A bad and a good example, for `servicebook rules`, the docs and SARIF help. */
  examples: { bad: string; good: string };
  /** Runs on each file's documents, as the file is read. */
  check?(context: RuleContext): void;
  /** Runs once, after every file, for what only the whole run can tell (ids across files). */
  checkProject?(context: ProjectContext): void;
}

/** A script, where it is, and the data path to it. */
export interface ScriptRef {
  readonly scenario: Scenario;
  readonly scenarioIndex: number;
  readonly channel: string;
  readonly script: Script;
  readonly path: DataPath;
  /** The script's flow (FORMAT.md §1.1), built at the first rule that asks and shared by the others. */
  readonly graph: ScriptGraph;
}

class ListedScript implements ScriptRef {
  private built: ScriptGraph | undefined = undefined;
  constructor(
    readonly scenario: Scenario,
    readonly scenarioIndex: number,
    readonly channel: string,
    readonly script: Script,
    readonly path: DataPath,
  ) {}

  get graph(): ScriptGraph {
    return (this.built ??= buildGraph(this.script));
  }
}

// The scripts of the last few playbooks: the engine runs every rule on one file's documents before the next file.
// Comparing identities is cheaper than a WeakMap's hashing (measured); a file of more playbooks lists them again.
const RECENT = 8;
const recentPlaybooks: (Playbook | undefined)[] = new Array<undefined>(RECENT).fill(undefined);
const recentScripts: (readonly ScriptRef[])[] = new Array<readonly ScriptRef[]>(RECENT).fill([]);
let nextSlot = 0;

/** Every script of every scenario of a playbook, with the data path to it (listed once for all the rules that ask). */
export function scriptsOf(playbook: Playbook): readonly ScriptRef[] {
  for (let slot = 0; slot < RECENT; slot++) if (recentPlaybooks[slot] === playbook) return recentScripts[slot]!;
  const scripts: ScriptRef[] = [];
  for (let scenarioIndex = 0; scenarioIndex < playbook.scenarios.length; scenarioIndex++) {
    const scenario = playbook.scenarios[scenarioIndex]!;
    for (const channel in scenario.scripts) {
      if (!Object.hasOwn(scenario.scripts, channel)) continue;
      const path = ['scenarios', scenarioIndex, 'scripts', channel];
      scripts.push(new ListedScript(scenario, scenarioIndex, channel, scenario.scripts[channel]!, path));
    }
  }
  recentPlaybooks[nextSlot] = playbook;
  recentScripts[nextSlot] = scripts;
  nextSlot = (nextSlot + 1) % RECENT;
  return scripts;
}

/** One text the customer reads or hears: a step's `say`, or an e-mail's `subject` (FORMAT.md §3 "What the text rules read"). */
export interface AgentText {
  text: string;
  /** The data path of the string. */
  path: DataPath;
  scenario: Scenario;
  channel: string;
  script: Script;
  /** The path of the script. */
  scriptPath: DataPath;
  /** The step, and its index; absent for the subject. */
  step?: Step;
  stepIndex?: number;
}

/**
 * Calls `visit` with every `say` and `subject` of a playbook that `mayHold` matches, in order (the subject before
 * the steps). The test runs before anything is built for a text: most texts hold nothing a rule looks for.
 */
export function forEachAgentText(playbook: Playbook, mayHold: RegExp, visit: (text: AgentText) => void): void {
  const scripts = scriptsOf(playbook);
  for (let index = 0; index < scripts.length; index++) {
    const { scenario, channel, script, path: scriptPath } = scripts[index]!;
    const steps = script.steps;
    // The subject as step -1: one test and one object literal for both, so V8 has seen them before it optimizes
    // (a subject rarely matches) and the visited texts have one shape.
    for (let stepIndex = -1; stepIndex < steps.length; stepIndex++) {
      const step = stepIndex < 0 ? undefined : steps[stepIndex]!;
      const text = step === undefined ? script.subject : step.say;
      if (typeof text !== 'string' || !mayHold.test(text)) continue;
      const path = step === undefined ? [...scriptPath, 'subject'] : [...scriptPath, 'steps', stepIndex, 'say'];
      visit({ text, path, scenario, channel, script, scriptPath, step, stepIndex: step === undefined ? undefined : stepIndex });
    }
  }
}

/** The names of a playbook's declared placeholders (not its facts). */
export function declaredPlaceholders(playbook: Playbook): ReadonlySet<string> {
  return new Set(Object.keys(playbook.placeholders ?? {}));
}
