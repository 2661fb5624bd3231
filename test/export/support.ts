/** The bundled library, loaded as the export reads it, and the way back (import) in-process. */
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readInputs } from '../../src/engine/files.js';
import { loadProject } from '../../src/engine/lint.js';
import { draftPlaybooks, type DraftPlaybook } from '../../src/export/drafts.js';
import { chatwootReplies, zendeskReplies, type ImportSource } from '../../src/export/import-sources.js';
import { reverseMapping } from '../../src/export/mapping.js';
import type { ExportResult } from '../../src/export/output.js';
import type { SourcePlaybook } from '../../src/export/scripts.js';
import { loadConfig, type ProjectConfig } from '../../src/model/config.js';
import { fillFacts } from '../../src/model/text.js';
import zendeskSchema from './schemas/zendesk-macro.schema.json' with { type: 'json' };
import chatwootSchema from './schemas/chatwoot-canned-response.schema.json' with { type: 'json' };
import alimtalkSchema from './schemas/alimtalk-template.schema.json' with { type: 'json' };

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export async function bundledLibrary(): Promise<{ config: ProjectConfig; sources: SourcePlaybook[] }> {
  const config = loadConfig({ cwd: projectRoot });
  const project = loadProject(await readInputs([], config, projectRoot), { channels: config.channels });
  return { config, sources: project.playbooks.map((ref) => ({ filePath: ref.file.filePath, playbook: ref.data })) };
}

/** What `import` makes of what `export` wrote, without the file system. */
export function importBack(result: ExportResult, source: ImportSource, config: ProjectConfig): DraftPlaybook[] {
  const files = result.files.map((file) => ({ filePath: file.path, value: JSON.parse(file.content) as unknown }));
  const replies = source === 'zendesk' ? zendeskReplies(files) : chatwootReplies(files);
  return draftPlaybooks(replies, source, reverseMapping(config, source));
}

/** `playbook/scenario/channel` → the says, in order: of the drafts. */
export function draftSays(drafts: readonly { id: string; scenarios: readonly { id: string; scripts: Record<string, { steps: readonly { say: string }[] }> }[] }[]): [string, string[]][] {
  return drafts.flatMap((draft) =>
    draft.scenarios.flatMap((scenario) => Object.entries(scenario.scripts).map(([channel, script]) => [`${draft.id}/${scenario.id}/${channel}`, script.steps.map((step) => step.say)] as [string, string[]])),
  );
}

/** The same, of the sources: what the customer reads (facts filled in), for the channels the target carries. */
export function sourceSays(sources: readonly SourcePlaybook[], carries: (channel: string) => boolean): [string, string[]][] {
  return sources.flatMap(({ playbook }) =>
    playbook.scenarios.flatMap((scenario) =>
      Object.entries(scenario.scripts)
        .filter(([channel]) => carries(channel))
        .map(([channel, script]) => [`${playbook.id}/${scenario.id}/${channel}`, script.steps.map((step) => fillFacts(step.say, playbook.facts).trim())] as [string, string[]]),
    ),
  );
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
export const validators = {
  zendesk: ajv.compile(zendeskSchema),
  chatwoot: ajv.compile(chatwootSchema),
  alimtalk: ajv.compile(alimtalkSchema),
};
