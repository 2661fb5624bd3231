import { ownCopy } from '../model/text.js';

/**
 * A pure function of a text, remembered for up to `capacity` texts, then forgotten all at once (which bounds
 * its memory without an LRU's bookkeeping on every read). What it returns is shared: callers must not change it.
 *
 * Keys are copies: a parser's strings are slices of the whole file, and a slice kept as a key would keep its
 * file's text alive as long as the memo does (a 4,096-text memo held 5 MiB of a 2,000-file library's texts).
 *
 * Keep memos small and few: on a library whose lines repeat little, every text missed costs a lookup and an
 * entry kept alive, and larger memos measured slower there (bench/README.md, third pass).
 */
export function memoizedByText<T>(compute: (text: string) => T, capacity: number): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      value = compute(text);
      if (memo.size >= capacity) memo.clear();
      memo.set(ownCopy(text), value);
    }
    return value as T;
  };
}
