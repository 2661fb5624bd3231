/**
 * A pure function of a text, remembered for up to `capacity` texts, then forgotten all at once (which bounds
 * its memory without an LRU's bookkeeping on every read). What it returns is shared: callers must not change it.
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
      memo.set(text, value);
    }
    return value as T;
  };
}
