/** Every output format, by the name `--format` takes. */
import github from './github.js';
import json from './json.js';
import junit from './junit.js';
import sarif from './sarif.js';
import stylish from './stylish.js';
import type { Formatter } from './types.js';

export const formatNames = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof formatNames)[number];

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, junit, github };
