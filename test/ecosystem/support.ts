/** Shared by the ecosystem tests: temp folders, and running a CI step's script with bash as a runner would. */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { binPath } from '../helpers/cli.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixturePath = (...parts: string[]): string => path.join(repoRoot, 'test', ...parts);

export function tempDir(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `servicebook-${name}-`));
}

/** Copies repository files into a folder: [from (relative to the repo), to (relative to dir)]. */
export function copyInto(dir: string, files: [string, string][]): void {
  for (const [from, to] of files) {
    mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    copyFileSync(path.join(repoRoot, from), path.join(dir, to));
  }
}

export interface NpxShim {
  /** Put first on PATH. */
  dir: string;
  /** Each call's package spec (servicebook, servicebook@0.1.0), one a line. */
  log: string;
}

/**
 * An `npx` that runs `npx --yes servicebook[@version] …` with this repository's built binary, and nothing else; the
 * version 0.0.0-unpublished fails as npm does for a version the registry does not have (exit 1).
 */
export function npxShim(): NpxShim {
  const dir = tempDir('npx-shim');
  const log = path.join(dir, 'calls.log');
  const script = `#!/usr/bin/env bash
[ "$1" = --yes ] && shift
case "$1" in
  servicebook@0.0.0-unpublished) echo "npm error code E404" >&2; echo "npm error 404 No match found for version 0.0.0-unpublished" >&2; exit 1 ;;
  servicebook|servicebook@*) printf '%s\\n' "$1" >> ${JSON.stringify(log)}; shift ;;
  *) echo "npx shim: unexpected package $1" >&2; exit 127 ;;
esac
exec ${JSON.stringify(process.execPath)} ${JSON.stringify(binPath)} "$@"
`;
  writeFileSync(path.join(dir, 'npx'), script);
  chmodSync(path.join(dir, 'npx'), 0o755);
  writeFileSync(log, '');
  return { dir, log };
}

export interface StepRun {
  name: string;
  script: string;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a GitHub-hosted runner, as far as servicebook can tell: English, no colour, CI. */
export function runnerEnv(shim: NpxShim, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${shim.dir}${path.delimiter}${process.env.PATH ?? ''}`, CI: 'true', GITHUB_ACTIONS: 'true', SERVICEBOOK_LANG: 'en', ...extra };
  delete env.FORCE_COLOR;
  return env;
}

/** Runs one step's `run:` script the way the runner does: written to a file, then `bash <shellArgs> file`. */
export function runScript(script: string, options: { name: string; cwd: string; env: NodeJS.ProcessEnv; shellArgs: string[] }): StepRun {
  const file = path.join(tempDir('step'), 'step.sh');
  writeFileSync(file, script);
  const result = spawnSync('bash', [...options.shellArgs, file], { cwd: options.cwd, env: options.env, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { name: options.name, script, exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}
