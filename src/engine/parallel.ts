/**
 * `--jobs`: the files of a large library checked on several threads. Each thread takes the next file from a
 * shared counter, reads it, checks it (parse, schema, the rules within a file) and keeps only the plain-data
 * result; the main thread, which checks files too, then runs the rules across files over all of them in
 * the files' order. The answer is the same as on one thread (test/equivalence.test.ts).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { UsageError } from '../core/errors.js';
import { readInput, type InputFile } from './files.js';
import { checkFile, type FileCheck, type LintOptions } from './lint.js';
import type { Text } from '../core/messages.js';

/** Below this many files a thread costs more to start (about 80 ms of loading) than it saves. */
export const FILES_PER_THREAD = 100;

/** What a worker is given: everything but functions, which do not cross threads. */
export interface WorkerTask {
  files: readonly InputFile[];
  maxBytes: number;
  options: Omit<LintOptions, 'rules' | 'readAgain'>;
  next: Int32Array;
}

export type WorkerReply = { checks: [number, FileCheck][] } | { usageError: Text } | { error: string };

/**
 * How many threads to use: `--jobs` as given, or else one per core but one, while each has enough files.
 * The core left free is V8's: its optimising compiler and garbage collector run on threads of their own and
 * take about a quarter of a lint's CPU time, so on 2 cores a second lint thread measured no faster, with
 * 50 MiB more memory (bench/README.md).
 */
export function threadCount(jobs: number | undefined, files: number, cores = availableParallelism()): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, files));
  return Math.max(1, Math.min(cores - 1, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Checks every file, on `threads` threads (this one included); the checks come back in the files' order.
 * Each helper thread reads its files itself and reads them again for `readAgain`.
 */
export async function checkFiles(files: readonly InputFile[], maxBytes: number, options: LintOptions, threads: number): Promise<FileCheck[]> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const { rules, readAgain: _readAgain, ...plain } = options;
  const task: WorkerTask = { files, maxBytes, options: plain, next };
  // Rules given as functions (the API's `rules`) cannot cross to another thread: they run on this one.
  const helpers = rules ? 0 : threads - 1;
  const workers = helpers > 0 ? await startHelpers(helpers, task) : [];
  const replies = workers.map(replyOf);
  for (const reply of replies) reply.catch(() => undefined); // awaited below, unless this thread fails first
  try {
    const checks: FileCheck[] = new Array(files.length);
    const place = (taken: [number, FileCheck][]) => taken.forEach(([index, check]) => (checks[index] = check));
    place(takeFiles(task, options));
    for (const reply of await Promise.all(replies)) {
      if ('usageError' in reply) throw new UsageError(reply.usageError);
      if ('error' in reply) throw new Error(reply.error);
      place(reply.checks);
    }
    return checks;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The loop every thread runs: take the next file nobody has taken, until none is left. */
export function takeFiles(task: WorkerTask, options: LintOptions): [number, FileCheck][] {
  const checks: [number, FileCheck][] = [];
  for (let index = Atomics.add(task.next, 0, 1); index < task.files.length; index = Atomics.add(task.next, 0, 1)) {
    checks.push([index, checkFile(readInput(task.files[index]!, task.maxBytes), options)]);
  }
  return checks;
}

async function startHelpers(count: number, task: WorkerTask): Promise<Worker[]> {
  const { Worker } = await import('node:worker_threads'); // loaded only when there are helper threads
  return Array.from({ length: count }, () => new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: task }));
}

function replyOf(worker: Worker): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a lint thread stopped (exit code ${code}) before it had checked its files`)));
  });
}
