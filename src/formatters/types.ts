import type { FileResult } from '../core/findings.js';
import type { Rule } from '../rules/types.js';
import type { Lang } from '../core/language.js';

export interface FormatContext {
  /** Colour is decided by the CLI (TTY, NO_COLOR, --no-color) and handed in as data. */
  color: boolean;
  /** Every rule, for formats that list them (SARIF). */
  rules: readonly Rule[];
  version: string;
  lang: Lang;
  /** The working directory, for formats that want absolute or relative URIs. */
  cwd: string;
  /** What the baseline (servicebook-suppressions.json) left out of these results, when a run has one. */
  baseline?: { file: string; suppressed: number; unused: number };
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
