/** Manual chapters name playbooks by id or by a glob pattern over ids ("billing-*"), matched with picomatch. */
import { closest, distance } from 'fastest-levenshtein';
import picomatch from 'picomatch';

export function isPattern(entry: string): boolean {
  return picomatch.scan(entry).isGlob;
}

/** The ids an entry names: the id itself, or every id its pattern matches. */
export function idsNamedBy(entry: string, ids: readonly string[]): string[] {
  const matches = picomatch(entry);
  return ids.filter((id) => matches(id));
}

/** The id nearest to what the entry spells; a pattern's wildcards may stand for any part of the id. */
export function closestId(entry: string, ids: readonly string[]): string | undefined {
  if (ids.length === 0) return undefined;
  if (!isPattern(entry)) return closest(entry, [...ids]);
  const literal = entry.replace(/[*?!@+()[\]{},|]/g, '');
  let nearest: { id?: string; distance: number } = { distance: Infinity };
  for (const id of ids) {
    const far = nearestStretch(literal, id);
    if (far < nearest.distance) nearest = { id, distance: far };
  }
  return nearest.id;
}

/** Edit distance from `literal` to the closest stretch of `id` as long as it ("biling-" ~ "billing-card-declined"). */
function nearestStretch(literal: string, id: string): number {
  if (id.length <= literal.length) return distance(literal, id);
  let nearest = Infinity;
  for (let start = 0; start + literal.length <= id.length; start++) {
    nearest = Math.min(nearest, distance(literal, id.slice(start, start + literal.length)));
  }
  return nearest;
}
