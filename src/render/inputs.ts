/** What a handbook is made of: the inputs plus the chosen manual, then the valid playbooks and that manual. */
import path from 'node:path';
import type { ProjectConfig } from '../model/config.js';
import { UsageError } from '../core/errors.js';
import { readInputs } from '../engine/files.js';
import type { FileResult } from '../core/findings.js';
import { checkLoaded, fileConfig, finishLint, loadFile, type LintOptions, type Project, type SourceInput } from '../engine/lint.js';
import { usage } from '../core/messages.js';
import type { Manual, Playbook } from '../model/types.js';

/** The inputs, plus the manual's file when they do not already hold it. */
export async function withManual(inputs: readonly SourceInput[], manual: string | undefined, config: ProjectConfig, cwd: string): Promise<SourceInput[]> {
  if (manual === undefined) return [...inputs];
  const wanted = path.resolve(cwd, manual);
  if (inputs.some((input) => path.resolve(cwd, input.filePath) === wanted)) return [...inputs];
  return [...inputs, ...(await readInputs([manual], config, cwd))];
}

/** lint for a handbook: each file is parsed once, for its findings and for the documents of the handbook. */
export function lintForHandbook(inputs: readonly SourceInput[], options: LintOptions): { results: FileResult[]; loaded: Project[] } {
  const loaded = inputs.map((input) => loadFile(input, options));
  const results = finishLint(loaded.map((project, index) => checkLoaded(project, inputs[index]!.filePath, options)), options);
  return { results, loaded };
}

/**
 * The schema-valid playbooks, and the manual: the one named, else the only one among the inputs. `configFor`
 * gives each playbook the config in force for its file (the project's `overrides` laid over), as lint has it.
 */
export function chooseDocuments(
  loaded: readonly Project[],
  manualPath: string | undefined,
  { config, cwd }: { config: ProjectConfig; cwd: string },
): { playbooks: Playbook[]; manual?: Manual; configFor: (playbook: Playbook) => ProjectConfig } {
  const project = { playbooks: loaded.flatMap((one) => one.playbooks), manuals: loaded.flatMap((one) => one.manuals) };
  const playbooks = project.playbooks.map((ref) => ref.data);
  const configs = new Map(project.playbooks.map((ref) => [ref.data, fileConfig({ config, cwd }, ref.file.filePath)]));
  const configFor = (playbook: Playbook) => configs.get(playbook) ?? config;
  if (manualPath !== undefined) {
    const wanted = path.resolve(cwd, manualPath);
    const manual = project.manuals.find((ref) => path.resolve(cwd, ref.file.filePath) === wanted);
    if (!manual) throw new UsageError(usage('noValidManual', { file: manualPath }));
    return { playbooks, manual: manual.data, configFor };
  }
  if (project.manuals.length > 1) {
    const files = [...new Set(project.manuals.map((ref) => ref.file.filePath))].join(', ');
    throw new UsageError(usage('manyManuals', { count: project.manuals.length, files }));
  }
  return { playbooks, manual: project.manuals[0]?.data, configFor };
}
