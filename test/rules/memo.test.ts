import { describe, expect, it } from 'vitest';
import { memoizedByText } from '../../src/rules/memo.js';

describe('memoizedByText', () => {
  it('reads each text once, even when the reading is undefined', () => {
    const read: string[] = [];
    const lengthOrNothing = memoizedByText((text) => {
      read.push(text);
      return text.length > 3 ? text.length : undefined;
    }, 16);
    const texts = ['안녕하세요', 'ok', '안녕하세요', 'ok', 'ok'];
    expect(texts.map(lengthOrNothing)).toEqual([5, undefined, 5, undefined, undefined]);
    expect(read).toEqual(['안녕하세요', 'ok']);
  });

  it('gives the same answer for an equal text built another way (texts, not string objects, are the keys)', () => {
    const calls: string[] = [];
    const upper = memoizedByText((text) => (calls.push(text), { upper: text.toUpperCase() }), 16);
    const first = upper('refund');
    expect(upper(['re', 'fund'].join(''))).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it('forgets everything when full, and reads again what it forgot', () => {
    const read: string[] = [];
    const echo = memoizedByText((text) => (read.push(text), text), 2);
    for (const text of ['a', 'b', 'a', 'c', 'a']) echo(text);
    // a and b fill it; c clears it; a is read again.
    expect(read).toEqual(['a', 'b', 'c', 'a']);
  });
});
