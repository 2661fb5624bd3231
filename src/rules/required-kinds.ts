/** The step kinds a script must pass, looked up once per channel and purpose (rules ask for every script). */
import { requiredKinds, type ProjectConfig } from '../model/config.js';
import type { StepKind } from '../model/types.js';

const kindsByConfig = new WeakMap<ProjectConfig, Map<string, readonly StepKind[]>>();

/** requiredKinds(config, channel, purpose), remembered for the config (a config is never changed once loaded). */
export function requiredKindsOf(config: ProjectConfig, channel: string, purpose: string | undefined): readonly StepKind[] {
  let byKey = kindsByConfig.get(config);
  if (byKey === undefined) kindsByConfig.set(config, (byKey = new Map()));
  // A channel name never holds a newline: the key tells "no purpose" from every purpose.
  const key = purpose === undefined ? channel : `${channel}\n${purpose}`;
  let kinds = byKey.get(key);
  if (kinds === undefined) byKey.set(key, (kinds = requiredKinds(config, channel, purpose)));
  return kinds;
}
