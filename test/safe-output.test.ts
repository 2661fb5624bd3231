/**
 * Killing `lint --output FILE` or `render --out FILE` at any moment never leaves a partial FILE (FORMAT.md §6):
 * FILE is absent, the old content, or the complete new one. After Ctrl-C (SIGINT) no temporary file is left
 * and the exit code is 130; after SIGKILL a temporary file may be left, but FILE is still never half-written.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath } from './helpers/cli.js';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
/** 15 copies of the 9 bundled playbooks: long enough to be killed mid-run (about a second), yet a fast suite. */
const COPIES = 15;

interface Command {
  name: string;
  file: string;
  args: (out: string) => string[];
  oldContent: string;
  /** The run's exit code when nothing interrupts it, and FILE as that run writes it. */
  normalExitCode?: number;
  complete?: string;
  durationMs?: number;
}

const commands: Command[] = [
  {
    name: 'lint --output',
    file: 'report.json',
    args: (out) => ['lint', 'playbooks', '--format', 'json', '--output', out],
    oldContent: '[{"filePath":"old.yaml","messages":[],"errorCount":0,"warningCount":0}]\n',
  },
  {
    name: 'render --out',
    file: 'handbook.html',
    args: (out) => ['render', 'playbooks', '--format', 'html', '--out', out],
    oldContent: '<!DOCTYPE html>\n<html><head><title>old</title></head><body></body></html>\n',
  },
];

let workDir: string;
let runNumber = 0;

/** A project of COPIES × the bundled playbooks, each copy with ids of its own so that the corpus lints clean. */
function writeCorpus(dir: string): void {
  const source = path.join(projectRoot, 'playbooks');
  mkdirSync(path.join(dir, 'playbooks'));
  copyFileSync(path.join(projectRoot, 'servicebook.yaml'), path.join(dir, 'servicebook.yaml'));
  const playbooks = readdirSync(source).filter((name) => name.endsWith('.yaml') && name !== 'manual.yaml');
  for (const name of playbooks) {
    const text = readFileSync(path.join(source, name), 'utf8');
    for (let copy = 1; copy <= COPIES; copy++) {
      writeFileSync(path.join(dir, 'playbooks', name.replace(/\.yaml$/, `-${copy}.yaml`)), text.replace(/^id: (.+)$/m, `id: $1-copy-${copy}`));
    }
  }
}

type Trigger = { signal: 'SIGINT' | 'SIGKILL'; afterMs: number } | { signal: 'SIGKILL'; onTemporaryFile: true; extraDelayMs: number };

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Whether the signal went to a process that was still running. */
  sent: boolean;
  outDir: string;
  out: string;
}

/** Runs the built binary in a folder of its own, with or without an old FILE, and signals it as told. */
function runInterrupted(command: Command, trigger: Trigger, withOldFile: boolean): Promise<Outcome> {
  const outDir = path.join(workDir, 'runs', String(runNumber++));
  mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, command.file);
  if (withOldFile) writeFileSync(out, command.oldContent);
  const child = spawn(process.execPath, [binPath, ...command.args(out)], {
    cwd: workDir,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
  let sent = false;
  let exited = false;
  const send = () => {
    if (!exited && !sent) sent = child.kill(trigger.signal);
  };
  const timer = 'afterMs' in trigger ? setTimeout(send, trigger.afterMs) : undefined;
  const watcher =
    'onTemporaryFile' in trigger
      ? watch(outDir, (_event, name) => {
          if (name && /\.tmp$/.test(String(name))) setTimeout(send, trigger.extraDelayMs);
        })
      : undefined;
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true;
      clearTimeout(timer);
      watcher?.close();
      resolve({ code, signal, stderr, sent, outDir, out });
    });
  });
}

/** FILE is absent (when there was none), the old content, or the complete new content: never anything else. */
function expectWholeOrNothing(command: Command, outcome: Outcome, withOldFile: boolean): void {
  const context = `${command.name}, ${JSON.stringify({ code: outcome.code, signal: outcome.signal, stderr: outcome.stderr.slice(0, 300) })}`;
  if (!existsSync(outcome.out)) {
    expect(withOldFile, `${context}: the old file is gone`).toBe(false);
    return;
  }
  const content = readFileSync(outcome.out, 'utf8');
  if (content === command.oldContent) return;
  expect(content.length, `${context}: a partial file`).toBe(command.complete!.length);
  expect(content === command.complete, `${context}: FILE is neither the old nor the complete new content`).toBe(true);
}

const temporaryFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

/** Runs with at most `limit` children at a time: enough to keep the suite short, not so many that timing is lost. */
async function inBatches<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit) results.push(...(await Promise.all(items.slice(i, i + limit).map(run))));
  return results;
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'servicebook-safe-output-'));
  writeCorpus(workDir);
  // One uninterrupted run per command: what a complete FILE looks like, and how long a run takes.
  for (const command of commands) {
    const started = performance.now();
    const outcome = await runInterrupted(command, { signal: 'SIGINT', afterMs: 10 * 60_000 }, false);
    command.durationMs = performance.now() - started;
    expect(outcome.stderr).toBe('');
    command.normalExitCode = outcome.code!;
    command.complete = readFileSync(outcome.out, 'utf8');
  }
  const bundled = readdirSync(path.join(projectRoot, 'playbooks')).filter((name) => name.endsWith('.yaml') && name !== 'manual.yaml');
  expect(JSON.parse(commands[0]!.complete!)).toHaveLength(bundled.length * COPIES);
  expect(commands[1]!.complete!.endsWith('</html>\n')).toBe(true);
}, 180_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Moments spread over the whole run, from process start-up to after the write. */
const FRACTIONS = [0, 0.04, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9, 1.05];
/** Until this share of a quiet run the process is surely still working, so the exit code must be 130. */
const SURELY_RUNNING = 0.5;

describe.each(commands)('$name', (command) => {
  it('after Ctrl-C at any moment: FILE whole or untouched, no temporary file left, exit code 130', async () => {
    const cases = FRACTIONS.map((fraction, index) => ({ fraction, withOldFile: index % 2 === 0 }));
    const outcomes = await inBatches(cases, 3, async ({ fraction, withOldFile }) => ({
      fraction,
      withOldFile,
      outcome: await runInterrupted(command, { signal: 'SIGINT', afterMs: Math.round(fraction * command.durationMs!) }, withOldFile),
    }));
    for (const { fraction, withOldFile, outcome } of outcomes) {
      expectWholeOrNothing(command, outcome, withOldFile);
      expect(temporaryFiles(outcome.outDir), `temporary files after SIGINT at ${fraction} of the run`).toEqual([]);
      expect(outcome.stderr, `no stack trace after SIGINT at ${fraction}`).not.toMatch(/\n\s+at /);
      if (!outcome.sent) continue;
      // Before bin/servicebook.js installs its handler, SIGINT ends node the default way: the shell reports 130 too.
      const interrupted = outcome.code === 130 || (outcome.code === null && outcome.signal === 'SIGINT');
      if (fraction <= SURELY_RUNNING) {
        expect(interrupted, `exit code after SIGINT at ${fraction} of the run: ${JSON.stringify({ code: outcome.code, signal: outcome.signal })}`).toBe(true);
      } else {
        expect(interrupted || outcome.code === command.normalExitCode, `exit code after SIGINT at ${fraction}`).toBe(true);
      }
    }
  }, 180_000);

  it('after SIGKILL at any moment: FILE whole or untouched (a temporary file may stay behind)', async () => {
    const cases = FRACTIONS.map((fraction, index) => ({ fraction, withOldFile: index % 2 === 1 }));
    const outcomes = await inBatches(cases, 3, async ({ fraction, withOldFile }) =>
      runInterrupted(command, { signal: 'SIGKILL', afterMs: Math.round(fraction * command.durationMs!) }, withOldFile).then((outcome) => ({ withOldFile, outcome })),
    );
    for (const { withOldFile, outcome } of outcomes) {
      expectWholeOrNothing(command, outcome, withOldFile);
      for (const name of temporaryFiles(outcome.outDir)) expect(name).toMatch(new RegExp(`^\\.${command.file.replace('.', '\\.')}\\.[0-9a-f]+\\.tmp$`));
    }
  }, 180_000);

  it('after SIGKILL the moment the temporary file appears: FILE whole or untouched', async () => {
    const cases = [0, 1, 3].map((extraDelayMs, index) => ({ extraDelayMs, withOldFile: index % 2 === 0 }));
    const outcomes = await inBatches(cases, 2, async ({ extraDelayMs, withOldFile }) =>
      runInterrupted(command, { signal: 'SIGKILL', onTemporaryFile: true, extraDelayMs }, withOldFile).then((outcome) => ({ withOldFile, outcome })),
    );
    for (const { withOldFile, outcome } of outcomes) expectWholeOrNothing(command, outcome, withOldFile);
  }, 180_000);
});
