/** `servicebook walk`: to be written (issue 5). */
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

export interface WalkOptions {
  scenario?: string;
  channel?: string;
  var: string[];
  record?: string;
  practice?: boolean;
  seed?: string;
  answers?: string;
  config?: string;
  lang?: string;
}

export async function runWalk(_playbook: string | undefined, _options: WalkOptions, _io: Io): Promise<number> {
  throw new UsageError('walk is not available yet');
}
