import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { findChromium } from '../../src/render/pdf.js';

const bin = mkdtempSync(path.join(tmpdir(), 'servicebook-bin-'));
for (const name of ['chromium-browser', 'my-chrome']) {
  writeFileSync(path.join(bin, name), '#!/bin/sh\n');
  chmodSync(path.join(bin, name), 0o755);
}
writeFileSync(path.join(bin, 'not-executable'), '');

describe('findChromium', () => {
  it('finds a Chromium on PATH', () => {
    expect(findChromium(undefined, { PATH: `/nonexistent${path.delimiter}${bin}` }, '/')).toBe(path.join(bin, 'chromium-browser'));
  });

  it('prefers --chromium, then SERVICEBOOK_CHROMIUM; a path is taken as it is, a bare name looked up', () => {
    const env = { PATH: bin, SERVICEBOOK_CHROMIUM: 'my-chrome' };
    expect(findChromium(path.join(bin, 'my-chrome'), { PATH: '' }, '/')).toBe(path.join(bin, 'my-chrome'));
    expect(findChromium('./my-chrome', { PATH: '' }, bin)).toBe(path.join(bin, 'my-chrome'));
    expect(findChromium(undefined, env, '/')).toBe(path.join(bin, 'my-chrome'));
  });

  it('refuses what is not an executable file, saying how to get one', () => {
    expect(() => findChromium(path.join(bin, 'not-executable'), {}, '/')).toThrow(UsageError);
    expect(() => findChromium(undefined, { SERVICEBOOK_CHROMIUM: bin }, '/')).toThrow(/No Chromium at .* \(from SERVICEBOOK_CHROMIUM\)\. Install it with `apt-get install chromium/);
    expect(() => findChromium(undefined, { PATH: '/nonexistent' }, '/')).toThrow(/none was found on PATH.*--format html/);
  });
});
