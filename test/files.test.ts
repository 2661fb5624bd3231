/** Reading a file's text: the bytes are decoded exactly as UTF-8, whichever decoder is used. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readSourceText } from '../src/engine/files.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'servicebook-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function textOf(bytes: Buffer): string | undefined {
  const absolutePath = path.join(scratch, 'file.yaml');
  writeFileSync(absolutePath, bytes);
  const read = readSourceText({ filePath: 'file.yaml', absolutePath }, 1024 * 1024);
  return 'text' in read ? read.text : undefined;
}

describe('readSourceText', () => {
  it.each([
    ['ASCII', 'kind: playbook\nid: a\n'],
    ['Hangul', 'say: 불편을 드려 죄송합니다.\n'],
    ['emoji and other planes', 'say: "감사합니다 😊 \u{20000} é ∼"\n'],
    ['a BOM inside the text', 'say: "네\uFEFF"\n'],
    ['U+FFFE, U+FFFF and line separators', 'say: "\uFFFE\uFFFF\u2028\u0085"\n'],
  ])('gives %s exactly as written', (_name, text) => {
    expect(textOf(Buffer.from(text, 'utf8'))).toBe(text);
  });

  it('drops one leading BOM, and only one', () => {
    expect(textOf(Buffer.from('\uFEFFa: 가\n', 'utf8'))).toBe('a: 가\n');
    expect(textOf(Buffer.from('\uFEFF\uFEFFa: 가\n', 'utf8'))).toBe('\uFEFFa: 가\n');
  });

  it('gives any text without NUL back as it was written in UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        fc.pre(!text.includes('\0'));
        expect(textOf(Buffer.from(text, 'utf8'))).toBe(text);
      }),
      { seed: 1, numRuns: 300 },
    );
  });
});
