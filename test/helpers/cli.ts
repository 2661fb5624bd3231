/** Runs the CLI in-process (main with a captured Io) or as a real child process of the built binary. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const binPath = fileURLToPath(new URL('../../bin/servicebook.js', import.meta.url));

export async function runInProcess(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd,
    env: { NO_COLOR: '1', ...options.env },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
  });
  return { exitCode, stdout, stderr };
}

export function runProcess(args: string[], options: { cwd: string; env?: Record<string, string>; input?: string }): CliRun {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', SERVICEBOOK_LANG: '', NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
