/** The step kinds a script must pass, looked up once per purpose and channel (rules ask for every script). */
import { requiredKinds, type ProjectConfig } from '../model/config.js';
import type { StepKind } from '../model/types.js';

type KindsByPurpose = Map<string | undefined, Map<string, readonly StepKind[]>>;

const kindsByConfig = new WeakMap<ProjectConfig, KindsByPurpose>();

/** requiredKinds(config, channel, purpose) as a lookup, its answers remembered for the config (never changed once loaded). */
export function requiredKindsFor(config: ProjectConfig): (channel: string, purpose: string | undefined) => readonly StepKind[] {
  let byPurpose = kindsByConfig.get(config);
  if (byPurpose === undefined) kindsByConfig.set(config, (byPurpose = new Map()));
  const known = byPurpose;
  return (channel, purpose) => {
    let byChannel = known.get(purpose);
    if (byChannel === undefined) known.set(purpose, (byChannel = new Map()));
    let kinds = byChannel.get(channel);
    if (kinds === undefined) byChannel.set(channel, (kinds = requiredKinds(config, channel, purpose)));
    return kinds;
  };
}
