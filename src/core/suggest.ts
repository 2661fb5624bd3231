import { closest, distance } from 'fastest-levenshtein';

/** The nearest candidate, when it is near enough to be a typo of `given`. */
export function suggest(given: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const nearest = closest(given, [...candidates]);
  return distance(given.toLowerCase(), nearest.toLowerCase()) <= Math.max(2, Math.floor(given.length / 3)) ? nearest : undefined;
}
