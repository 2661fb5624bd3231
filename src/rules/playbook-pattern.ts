/** Manual chapters name playbooks by id or by a glob pattern over ids ("billing-*"), matched with picomatch. */
import { createRequire } from 'node:module';

interface Picomatch {
  (pattern: string): (id: string) => boolean;
  scan(pattern: string): { isGlob: boolean };
}

// picomatch ships no type declarations; these are the two calls used here.
const picomatch = createRequire(import.meta.url)('picomatch') as Picomatch;

export function isPattern(entry: string): boolean {
  return picomatch.scan(entry).isGlob;
}

/** The ids an entry names: the id itself, or every id its pattern matches. */
export function idsNamedBy(entry: string, ids: readonly string[]): string[] {
  const matches = picomatch(entry);
  return ids.filter((id) => matches(id));
}
