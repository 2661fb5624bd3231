/** `servicebook render`: to be written (issue 4). */
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

export interface RenderOptions {
  format: string;
  out?: string;
  manual?: string;
  force?: boolean;
  chromium?: string;
  config?: string;
  lang?: string;
}

export async function runRender(_paths: string[], _options: RenderOptions, _io: Io): Promise<number> {
  throw new UsageError('render is not available yet');
}
