/** How many threads `lint` uses; that the answer is the same on any number of them is also test/equivalence.test.ts. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FILES_PER_THREAD, threadCount } from '../src/engine/parallel.js';
import { runProcess } from './helpers/cli.js';

describe('threadCount', () => {
  it('leaves one core to V8 by default, and gives each thread enough files', () => {
    expect(threadCount(undefined, 2000, 2)).toBe(1);
    expect(threadCount(undefined, 2000, 4)).toBe(3);
    expect(threadCount(undefined, 2000, 64)).toBe(2000 / FILES_PER_THREAD);
    expect(threadCount(undefined, FILES_PER_THREAD * 2 - 1, 8)).toBe(1);
    expect(threadCount(undefined, 1, 1)).toBe(1);
    expect(threadCount(undefined, 0, 8)).toBe(1);
  });

  it('takes --jobs as given, but never more threads than files', () => {
    expect(threadCount(4, 1000, 2)).toBe(4);
    expect(threadCount(3, 2, 8)).toBe(2);
    expect(threadCount(1, 5000, 64)).toBe(1);
    expect(threadCount(2, 0, 8)).toBe(1);
  });
});

describe('a file nested too deeply to read', () => {
  it('gets the same finding on any thread, wherever the stack runs out', () => {
    const hostile = fileURLToPath(new URL('./hostile/', import.meta.url));
    const lint = (jobs: string) =>
      runProcess(['lint', 'deep-flow-sequence.yaml', 'deep-flow-mapping.yaml', '--jobs', jobs, '--format', 'json'], { cwd: hostile });
    const [one, two, three] = [lint('1'), lint('2'), lint('3')];
    expect([one.exitCode, two.exitCode, three.exitCode]).toEqual([1, 1, 1]);
    expect(one.stdout).toMatch(/nests too deeply/);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
  });
});
