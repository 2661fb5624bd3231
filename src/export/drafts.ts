/**
 * Imported replies → draft playbooks, one per group of titles. Every step is an `explanation` (lint then shows
 * what the old macros lack: empathy, follow-up, blanks); the target's placeholders go back to `{{name}}` through
 * the config; what servicebook does not read stays under `x-import`. Replies that `export` wrote come back to
 * their playbook, scenario and channel ids, their steps in their order.
 */
import { stringify } from 'yaml';
import { KNOWN_CHANNELS } from '../model/types.js';
import type { ImportedReply, ImportSource } from './import-sources.js';

export interface DraftStep {
  kind: 'explanation';
  say: string;
  'x-import'?: Record<string, unknown>;
}

export interface DraftPlaybook {
  kind: 'playbook';
  format: 1;
  id: string;
  title: string;
  channels: string[];
  placeholders?: Record<string, string>;
  scenarios: {
    id: string;
    title: string;
    when: string;
    scripts: Record<string, { subject?: string; steps: DraftStep[] }>;
  }[];
}

/** Default channel of a reply whose title names none: Zendesk tickets are e-mail-like, Chatwoot is chat. */
const DEFAULT_CHANNEL: Record<ImportSource, string> = { zendesk: 'email', chatwoot: 'chat' };
const SOURCE_NAME: Record<ImportSource, string> = { zendesk: 'Zendesk', chatwoot: 'Chatwoot' };

interface Placed {
  playbookKey: string;
  playbookTitle: string;
  playbookId?: string;
  scenarioTitle: string;
  scenarioId?: string;
  channel: string;
  step?: number;
  reply: ImportedReply;
}

/** `reverse`: the target's placeholder texts → names, longest first (mapping.ts `reverseMapping`). */
export function draftPlaybooks(replies: readonly ImportedReply[], source: ImportSource, reverse: readonly [string, string][]): DraftPlaybook[] {
  const placed = replies.map((reply) => place(reply, source));
  const groups = new Map<string, Placed[]>();
  for (const one of placed) groups.set(one.playbookKey, [...(groups.get(one.playbookKey) ?? []), one]);
  const usedIds = new Set<string>();
  return [...groups.values()].map((group, index) => draftOf(group, source, reverse, uniqueId(group[0]!.playbookId ?? slug(group[0]!.playbookTitle) ?? `${source}-import-${index + 1}`, usedIds)));
}

function place(reply: ImportedReply, source: ImportSource): Placed {
  const path = reply.titlePath.filter((part) => part !== '');
  if (reply.origin) {
    const [playbookTitle = reply.origin.playbook, scenarioTitle = reply.origin.scenario] = source === 'zendesk' ? path : [];
    return {
      playbookKey: `id:${reply.origin.playbook}`,
      playbookId: reply.origin.playbook,
      playbookTitle,
      scenarioId: reply.origin.scenario,
      scenarioTitle,
      channel: reply.origin.channel,
      step: reply.origin.step,
      reply,
    };
  }
  const last = path.at(-1);
  const named = last !== undefined && path.length > 1 && (KNOWN_CHANNELS as readonly string[]).includes(last);
  const channel = named ? last : DEFAULT_CHANNEL[source];
  const rest = named ? path.slice(0, -1) : path;
  const scenarioTitle = rest.at(-1) ?? SOURCE_NAME[source];
  const playbookTitle = rest.length > 1 ? rest.slice(0, -1).join(' › ') : SOURCE_NAME[source];
  return { playbookKey: `title:${playbookTitle}`, playbookTitle, scenarioTitle, channel, reply };
}

function draftOf(group: readonly Placed[], source: ImportSource, reverse: readonly [string, string][], id: string): DraftPlaybook {
  const placeholders = new Map<string, string>();
  const mapBack = (text: string) => {
    let result = text;
    for (const [written, name] of reverse) {
      if (!result.includes(written)) continue;
      result = result.split(written).join(`{{${name}}}`);
      placeholders.set(name, `${SOURCE_NAME[source]}: ${written}`);
    }
    return result;
  };
  const scenarios: DraftPlaybook['scenarios'] = [];
  const scenarioIds = new Set<string>();
  const byScenario = new Map<string, DraftPlaybook['scenarios'][number]>();
  for (const one of group) {
    const scenarioKey = one.scenarioId ?? `title:${one.scenarioTitle}`;
    let scenario = byScenario.get(scenarioKey);
    if (!scenario) {
      const scenarioId = uniqueId(one.scenarioId ?? slug(one.scenarioTitle) ?? `scenario-${scenarios.length + 1}`, scenarioIds);
      scenario = { id: scenarioId, title: one.scenarioTitle, when: one.reply.when ?? one.scenarioTitle, scripts: {} };
      byScenario.set(scenarioKey, scenario);
      scenarios.push(scenario);
    }
    const script = (scenario.scripts[one.channel] ??= { steps: [] });
    if (one.reply.subject !== undefined && script.subject === undefined) script.subject = mapBack(one.reply.subject);
    const steps: DraftStep[] = one.reply.says.map((say) => ({ kind: 'explanation', say: mapBack(say) }));
    if (steps.length === 0) steps.push({ kind: 'explanation', say: '' });
    steps[0]!['x-import'] = one.reply.kept;
    insertSteps(script.steps, steps, one.step);
  }
  const channels = [...new Set(scenarios.flatMap((scenario) => Object.keys(scenario.scripts)))];
  return {
    kind: 'playbook',
    format: 1,
    id,
    title: group[0]!.playbookTitle,
    channels,
    ...(placeholders.size > 0 ? { placeholders: Object.fromEntries(placeholders) } : {}),
    scenarios,
  };
}

const STEP_NUMBER = Symbol('step');

/** Steps of a branching script come back in their numbers' order, whatever order the tool listed them in. */
function insertSteps(into: DraftStep[], steps: DraftStep[], number: number | undefined): void {
  if (number === undefined) {
    into.push(...steps);
    return;
  }
  for (const step of steps) Object.defineProperty(step, STEP_NUMBER, { value: number, enumerable: false });
  const at = into.findIndex((existing) => ((existing as unknown as Record<symbol, number>)[STEP_NUMBER] ?? Infinity) > number);
  into.splice(at === -1 ? into.length : at, 0, ...steps);
}

/** A kebab-case id from a title, when the title has ASCII letters or digits; Korean titles get numbered ids. */
function slug(title: string): string | undefined {
  const id = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id === '' ? undefined : id;
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

/** The draft as YAML, with a first line that says where it came from and what to do next. */
export function draftYaml(draft: DraftPlaybook, source: ImportSource, from: string): string {
  const head = `# Drafted by \`servicebook import --from ${source}\` from ${from}: give each step its kind, then run \`servicebook lint\`.\n`;
  return head + stringify(draft, { lineWidth: 0, aliasDuplicateObjects: false });
}
