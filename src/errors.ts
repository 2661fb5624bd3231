/** The only place that knows exit codes (FORMAT.md §6). */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The command could not do its job: bad option, missing file, unreadable config, missing Chromium, no TTY. */
export class UsageError extends Error {
  readonly exitCode: ExitCode = ExitCode.usage;
  override name = 'UsageError';
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
