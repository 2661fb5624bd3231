import { transcode } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../src/engine/files.js';

// What a Node built without ICU exports as `buffer.transcode`: nothing (lib/buffer.js defines it only with Intl).
const noIcu = undefined as unknown as typeof transcode;
const withoutIcu = (bytes: Buffer) => decodeUtf8(bytes, null as unknown as typeof transcode);

describe('decodeUtf8', () => {
  it('gives the same text with ICU and without it, for any UTF-8 (Hangul, emoji, astral planes, ASCII)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const bytes = Buffer.from(text, 'utf8');
        const expected = bytes.toString('utf8');
        expect(decodeUtf8(bytes)).toBe(expected);
        expect(withoutIcu(bytes)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to V8 when transcode is missing or throws, keeping every character', () => {
    const bytes = Buffer.from('환불은 3~5영업일 🙇 걸립니다.\r\n', 'utf8');
    const throwing = (() => {
      throw Object.assign(new Error('Node.js is not compiled with ICU'), { code: 'ERR_NO_ICU' });
    }) as unknown as typeof transcode;
    expect(withoutIcu(bytes)).toBe('환불은 3~5영업일 🙇 걸립니다.\r\n');
    expect(decodeUtf8(bytes, throwing)).toBe('환불은 3~5영업일 🙇 걸립니다.\r\n');
    expect(decodeUtf8(bytes, noIcu)).toBe('환불은 3~5영업일 🙇 걸립니다.\r\n'); // undefined: the default, ICU's
  });

  it('reads ASCII without either decoder', () => {
    const failing = (() => {
      throw new Error('must not be called for ASCII');
    }) as unknown as typeof transcode;
    expect(decodeUtf8(Buffer.from('kind: playbook\nid: refund\n'), failing)).toBe('kind: playbook\nid: refund\n');
  });
});
