/** The only place that knows exit codes (FORMAT.md §6). */
import type { Lang } from './language.js';

export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The command could not do its job: bad option, missing file, unreadable config, missing Chromium, no TTY.
 * Given its text in every language (src/messages.ts `usage(id, data)`), so that whoever throws needs no
 * language; `message` is the English one, `messageIn(lang)` the one main() prints.
 */
export class UsageError extends Error {
  readonly exitCode: ExitCode = ExitCode.usage;
  override name = 'UsageError';
  readonly text: Readonly<Record<Lang, string>>;

  constructor(text: string | Readonly<Record<Lang, string>>) {
    const texts = typeof text === 'string' ? { en: text, ko: text } : text;
    super(texts.en);
    this.text = texts;
  }

  messageIn(lang: Lang): string {
    return this.text[lang];
  }
}

/** The user pressed Ctrl-C; whatever was being written is left whole or not at all. */
export class Interrupted extends Error {
  readonly exitCode: ExitCode = ExitCode.interrupted;
  override name = 'Interrupted';
  constructor() {
    super('interrupted');
  }
}

/** Maps anything thrown to an exit code: our own errors carry one, everything else is a usage-level failure. */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof UsageError || error instanceof Interrupted) return error.exitCode;
  return ExitCode.usage;
}
