/** Every output format, by the name `--format` takes; each is loaded only when chosen (start-up matters in CI). */
import type { Formatter } from './types.js';

export const formatNames = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab'] as const;
export type FormatName = (typeof formatNames)[number];

const loaders: Record<FormatName, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  junit: () => import('./junit.js'),
  github: () => import('./github.js'),
  gitlab: () => import('./gitlab.js'),
};

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  return (await loaders[name]()).default;
}
