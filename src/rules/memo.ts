/**
 * A pure function of a text, remembered: scripts repeat their stock lines (greetings, apologies, hotlines,
 * time frames, closings) across channels, scenarios and files, so most texts are read many times in one run.
 * The memo is cleared whole when full, which bounds its memory without an LRU's bookkeeping on every read.
 * What it returns is shared: callers must not change it.
 */
export function memoizedByText<T>(compute: (text: string) => T, capacity = MEMO_TEXTS): (text: string) => T {
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

/** About 1 MiB of short texts and their readings: more than the distinct lines of a library of thousands. */
export const MEMO_TEXTS = 16_384;
