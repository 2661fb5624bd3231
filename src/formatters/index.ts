/** Every output format, by the name `--format` takes. */
import json from './json.js';
import stylish from './stylish.js';
import type { Formatter } from './types.js';

export const formatNames = ['stylish', 'json'] as const;
export type FormatName = (typeof formatNames)[number];

export const formatters: Record<FormatName, Formatter> = { stylish, json };
