/**
 * The coverage matrix of a playbook: for each scenario and channel, is every required kind on every path? The
 * required kinds are those of the scenario's purpose (else `required."*"`), plus the channel's own.
 */
import { requiredKinds, type ProjectConfig } from '../model/config.js';
import { buildGraph, pathSkipping } from '../model/flow.js';
import type { Playbook, Scenario, StepKind } from '../model/types.js';

export interface KindCoverage {
  kind: StepKind;
  /** Passed on every path from the first step to an end. */
  covered: boolean;
}

/** `kinds` is undefined when the scenario has no script for the channel. */
export interface CoverageCell {
  channel: string;
  kinds?: KindCoverage[];
}

export interface CoverageRow {
  scenario: Scenario;
  cells: CoverageCell[];
}

/** The playbook's channels, then those the config requires, then any other scripted channel, in order. */
export function channelsOf(playbook: Playbook, config: ProjectConfig): string[] {
  const scripted = playbook.scenarios.flatMap((scenario) => Object.keys(scenario.scripts));
  return [...new Set([...playbook.channels, ...config.channels, ...scripted])];
}

export function coverageOf(playbook: Playbook, config: ProjectConfig): CoverageRow[] {
  const channels = channelsOf(playbook, config);
  return playbook.scenarios.map((scenario) => ({
    scenario,
    cells: channels.map((channel): CoverageCell => {
      const script = Object.hasOwn(scenario.scripts, channel) ? scenario.scripts[channel] : undefined;
      if (!script) return { channel };
      const graph = buildGraph(script);
      const required = requiredKinds(config, channel, scenario.purpose);
      return { channel, kinds: required.map((kind) => ({ kind, covered: pathSkipping(graph, kind) === undefined })) };
    }),
  }));
}
