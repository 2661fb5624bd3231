/** How many threads `lint` uses; that the answer is the same on any number of them is test/equivalence.test.ts. */
import { describe, expect, it } from 'vitest';
import { FILES_PER_THREAD, threadCount } from '../src/parallel.js';

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
