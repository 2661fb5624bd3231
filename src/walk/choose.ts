/**
 * What to walk: the playbook, scenario and channel — from the command line, else the only one there is,
 * else chosen from a list showing titles and `when` triggers — and the placeholder values, asked once.
 */
import { UsageError } from '../core/errors.js';
import { usage } from '../core/messages.js';
import { placeholderDescription, type Playbook, type Scenario, type Script } from '../model/types.js';
import type { DocumentRef } from '../rules/types.js';
import { suggest } from '../core/suggest.js';
import { placeholdersIn } from '../model/text.js';
import { channelLabel } from './labels.js';
import type { Prompter } from './prompts.js';
import { choiceName, wrap, type Look } from './view.js';

export interface WalkTarget {
  ref: DocumentRef<Playbook>;
  playbook: Playbook;
  scenario: Scenario;
  channel: string;
  script: Script;
  /** Placeholder values: from --var, then as answered. An empty value leaves a blank to fill in. */
  variables: Record<string, string>;
}

export interface ChooseOptions {
  playbooks: readonly DocumentRef<Playbook>[];
  scenario?: string;
  channel?: string;
  variables: Readonly<Record<string, string>>;
  /** Practice shows blanks instead of asking. */
  askPlaceholders: boolean;
  prompter: Prompter;
  look: Look;
}

export async function chooseTarget(options: ChooseOptions): Promise<WalkTarget> {
  const ref = await choosePlaybook(options);
  const playbook = ref.data;
  const scenario = await chooseScenario(playbook, options);
  const channel = await chooseChannel(playbook, scenario, options);
  const script = scenario.scripts[channel]!;
  const variables = { ...options.variables };
  if (options.askPlaceholders) {
    for (const [name, description] of Object.entries(placeholdersToAsk(playbook, script, variables))) {
      variables[name] = (await options.prompter.ask({ message: options.look.ui.placeholder(description, name), name })).trim();
    }
  }
  return { ref, playbook, scenario, channel, script, variables };
}

/** Declared placeholders the script uses and no value was given for, in the order the playbook declares them. */
export function placeholdersToAsk(playbook: Playbook, script: Script, given: Readonly<Record<string, string>>): Record<string, string> {
  const texts = [script.subject ?? '', ...script.steps.map((step) => step.say)];
  const used = new Set(texts.flatMap((text) => placeholdersIn(text).filter((use) => !use.isFact).map((use) => use.name)));
  return Object.fromEntries(
    Object.entries(playbook.placeholders ?? {})
      .filter(([name]) => used.has(name) && !Object.hasOwn(given, name))
      .map(([name, declaration]) => [name, placeholderDescription(declaration)]),
  );
}

async function choosePlaybook({ playbooks, prompter, look }: ChooseOptions): Promise<DocumentRef<Playbook>> {
  if (playbooks.length === 1) return playbooks[0]!;
  return prompter.choose({
    message: look.ui.choosePlaybook,
    searchable: true,
    choices: playbooks.map((ref) => ({
      value: ref,
      id: ref.data.id,
      name: choiceName(look, ref.data.title, ref.data.id),
      short: ref.data.title,
      description: wrap(`${ref.file.filePath} · ${look.ui.scenarios(ref.data.scenarios.length)}: ${ref.data.scenarios.map((s) => s.title).join(' · ')}`, look.width),
    })),
  });
}

async function chooseScenario(playbook: Playbook, { scenario: wanted, prompter, look }: ChooseOptions): Promise<Scenario> {
  if (wanted !== undefined) {
    const found = playbook.scenarios.find((scenario) => scenario.id === wanted);
    if (found) return found;
    throw notFound('unknownScenario', { wanted, playbook: playbook.id }, playbook.scenarios.map((scenario) => scenario.id));
  }
  if (playbook.scenarios.length === 1) return playbook.scenarios[0]!;
  return prompter.choose({
    message: look.ui.chooseScenario,
    searchable: true,
    choices: playbook.scenarios.map((scenario) => ({
      value: scenario,
      id: scenario.id,
      name: choiceName(look, scenario.title, scenario.id),
      short: scenario.title,
      description: [`${look.ui.when}: ${scenario.when}`, scenario.goal && `${look.ui.goal}: ${scenario.goal}`]
        .filter((line): line is string => Boolean(line))
        .map((line) => wrap(line, look.width))
        .join('\n'),
    })),
  });
}

async function chooseChannel(playbook: Playbook, scenario: Scenario, { channel: wanted, prompter, look }: ChooseOptions): Promise<string> {
  const channels = Object.keys(scenario.scripts);
  if (wanted !== undefined) {
    if (channels.includes(wanted)) return wanted;
    throw notFound('unknownChannel', { wanted, scenario: scenario.id, playbook: playbook.id }, channels);
  }
  if (channels.length === 1) return channels[0]!;
  return prompter.choose({
    message: look.ui.chooseChannel,
    choices: channels.map((channel) => {
      const steps = scenario.scripts[channel]!.steps;
      const branching = steps.filter((step) => (step.replies?.length ?? 0) > 0).length;
      const detail = [channel, look.ui.steps(steps.length), branching > 0 ? look.ui.branches(branching) : undefined].filter(Boolean).join(' · ');
      return { value: channel, id: channel, name: choiceName(look, channelLabel(channel, look.uiLang), detail), short: channelLabel(channel, look.uiLang) };
    }),
  });
}

function notFound(id: 'unknownScenario' | 'unknownChannel', data: { wanted: string } & Record<string, string>, known: readonly string[]): UsageError {
  const nearest = suggest(data.wanted, known);
  const hint = nearest ? usage('didYouMean', { suggestion: nearest }) : '';
  return new UsageError(usage(id, { ...data, hint, known: known.join(', ') }));
}
