/** export → import gives back the same `say` texts in the same order: over the bundled library, for every target. */
import { describe, expect, it } from 'vitest';
import { buildExport, SPOKEN_CHANNELS } from '../../src/export/export.js';
import { bundledLibrary, draftSays, importBack, sourceSays, validators } from './support.js';

const library = await bundledLibrary();

describe('export of the bundled library', () => {
  it('reads every playbook of the library', () => {
    expect(library.sources.length).toBeGreaterThanOrEqual(9);
  });

  it('writes Zendesk macros that the macro schema takes, one per script or per step of a branching one', () => {
    const result = buildExport('zendesk', library.sources, library.config);
    const scripts = library.sources.flatMap(({ playbook }) => playbook.scenarios.flatMap((scenario) => Object.keys(scenario.scripts)));
    expect(result.files.length).toBeGreaterThanOrEqual(scripts.length);
    for (const file of result.files) {
      const valid = validators.zendesk(JSON.parse(file.content));
      expect(valid, `${file.path}: ${JSON.stringify(validators.zendesk.errors)}`).toBe(true);
    }
    expect(new Set(result.items.map((item) => item.key)).size).toBe(result.items.length);
  });

  it('writes Chatwoot canned responses that the schema takes, with unique short codes', () => {
    const result = buildExport('chatwoot', library.sources, library.config);
    const codes = result.files.map((file) => (JSON.parse(file.content) as { short_code: string }).short_code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const file of result.files) expect(validators.chatwoot(JSON.parse(file.content)), file.path).toBe(true);
    // Placeholders are the config's variables: none is left as {{name}} of servicebook's.
    expect(result.files.map((file) => file.content).join('')).not.toMatch(/\{\{(customer_name|agent_name|order_id)\}\}/);
  });

  it('gives back, from Zendesk macros, the same says in the same order', () => {
    const result = buildExport('zendesk', library.sources, library.config);
    const drafts = importBack(result, 'zendesk', library.config);
    expect(draftSays(drafts)).toEqual(sourceSays(library.sources, () => true));
  });

  it('gives back, from Chatwoot canned responses, the same says in the same order', () => {
    const result = buildExport('chatwoot', library.sources, library.config);
    const drafts = importBack(result, 'chatwoot', library.config);
    expect(draftSays(drafts)).toEqual(sourceSays(library.sources, (channel) => !SPOKEN_CHANNELS.includes(channel)));
  });

  it('gives the drafts the playbooks\' titles and every step the kind explanation', () => {
    const drafts = importBack(buildExport('zendesk', library.sources, library.config), 'zendesk', library.config);
    const titles = Object.fromEntries(library.sources.map(({ playbook }) => [playbook.id, playbook.title]));
    for (const draft of drafts) {
      expect(draft.title).toBe(titles[draft.id]);
      expect(new Set(draft.scenarios.flatMap((scenario) => Object.values(scenario.scripts).flatMap((script) => script.steps.map((step) => step.kind))))).toEqual(new Set(['explanation']));
    }
  });

  it('writes one CSV row per step, with facts filled in', () => {
    const result = buildExport('csv', library.sources, library.config);
    const steps = library.sources.flatMap(({ playbook }) => playbook.scenarios.flatMap((scenario) => Object.values(scenario.scripts).flatMap((script) => script.steps)));
    expect(result.items).toHaveLength(steps.length);
    expect(result.files[0]!.content.startsWith('\uFEFFname,playbook,scenario,channel,step,step_id,kind,subject,say\r\n')).toBe(true);
    expect(result.files[0]!.content).not.toContain('{{facts.');
  });
});
