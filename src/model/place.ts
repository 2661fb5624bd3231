/** A data path in words a CS lead reads: `scenario "refund-late" › phone script › step 3`. */
import type { DataPath } from '../findings.js';

export function describePlace(value: unknown, path: DataPath): string {
  const words: string[] = [];
  let node: unknown = value;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const parent = path[i - 1];
    const child = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      words.push(itemWord(parent, segment, child));
    } else if (parent === 'scripts') {
      words.push(`${segment} script`);
    } else if (typeof path[i + 1] !== 'number' && !(segment === 'scripts' && path[i + 1] !== undefined)) {
      words.push(`\`${segment}\``);
    }
    node = child;
  }
  return words.length > 0 ? words.join(' › ') : 'the document';
}

function itemWord(list: string | number | undefined, index: number, item: unknown): string {
  const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
  switch (list) {
    case 'scenarios':
      return id ? `scenario "${id}"` : `scenario ${index + 1}`;
    case 'steps':
      return id ? `step ${index + 1} (${id})` : `step ${index + 1}`;
    case 'replies':
      return `reply ${index + 1}`;
    case 'chapters':
      return `chapter ${index + 1}`;
    case 'principles':
      return `principle ${index + 1}`;
    case 'glossary':
      return `glossary entry ${index + 1}`;
    default:
      return `item ${index + 1}`;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
