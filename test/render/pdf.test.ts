/** The PDF is read back, not hashed: Chromium writes creation dates and structure ids into it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { fixtures, hasChromium, hasPoppler } from './support.js';

const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: 'utf8' });

// In CI (.ci/run installs Chromium and poppler) a missing one fails the suite instead of skipping it.
describe.skipIf((!hasChromium || !hasPoppler) && !process.env.CI)('PDF handbook through Chromium', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'servicebook-pdf-'));
  const pdf = path.join(dir, 'handbook.pdf');
  let pages: string[] = [];

  beforeAll(async () => {
    const result = await runInProcess(['render', 'library/', '--format', 'pdf', '--out', pdf], { cwd: fixtures, env: { PATH: process.env.PATH ?? '' } });
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    pages = tool('pdftotext', '-layout', pdf, '-').split('\f').slice(0, -1);
  }, 120_000);

  it('has several pages, the Korean text of the playbooks, and a running header', () => {
    expect(pages.length).toBeGreaterThan(1);
    const text = pages.join('\n');
    expect(text).toContain('환불은 카드사 처리에 따라 3~5영업일가 걸립니다.');
    expect(text).toContain('트레이너 노트');
    expect(pages[1]!.trimStart().startsWith('테스트 고객 응대 매뉴얼')).toBe(true);
    expect(pages[0]).not.toMatch(/^\s*1\s*$/m);
  });

  it('has a table of contents whose page numbers are where the headings are', () => {
    const toc = pages.find((page) => page.includes('목차'))!;
    const entries = [...toc.matchAll(/^\s*(\d(?:\.\d)*)\s+(\S.*?)\s+(\d+)\s*$/gm)].map(([, number, title, page]) => ({ number: number!, title: title!, page: Number(page) }));
    expect(entries.map((entry) => entry.number)).toEqual(['1', '1.1', '1.1.1', '1.2', '1.2.1', '2', '2.1', '2.1.1']);
    for (const entry of entries) {
      expect(pages[entry.page - 1], `${entry.number} ${entry.title} on page ${entry.page}`).toMatch(new RegExp(`^\\s*${entry.number.replaceAll('.', '\\.')}\\s+${entry.title}`, 'm'));
    }
  });

  it('starts every chapter on a new page, under the running header', () => {
    for (const title of ['1 결제와 환불', '2 배송', '용어 풀이']) {
      const page = pages.find((text) => text.includes(title) && !text.includes('목차'))!;
      const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
      expect(lines.slice(0, 2)).toEqual(['테스트 고객 응대 매뉴얼', title]);
    }
  });

  it('numbers the pages in the footer', () => {
    pages.slice(1).forEach((page, index) => expect(page.trimEnd()).toMatch(new RegExp(`\\n\\s*${index + 2}$`)));
  });

  it('embeds real font subsets, no Type 3', () => {
    const fonts = tool('pdffonts', pdf);
    expect(fonts).not.toContain('Type 3');
    expect(fonts).toMatch(/\+NanumGothic\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
  });

  it('is tagged and has bookmarks from the headings', () => {
    expect(tool('pdfinfo', pdf)).toMatch(/Tagged:\s+yes/);
    const bytes = readFileSync(pdf).toString('latin1');
    expect(bytes).toMatch(/\/Outlines \d+ 0 R/);
    expect((bytes.match(/\/Title <FEFF/g) ?? []).length).toBeGreaterThanOrEqual(8);
  });

  it('draws a page that is not blank', () => {
    tool('pdftoppm', '-png', '-r', '40', '-f', '3', '-l', '3', pdf, path.join(dir, 'page'));
    const png = PNG.sync.read(readFileSync(path.join(dir, readdirSync(dir).find((name) => name.endsWith('.png'))!)));
    const gray: number[] = [];
    for (let i = 0; i < png.data.length; i += 4) gray.push((png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3);
    const mean = gray.reduce((a, b) => a + b, 0) / gray.length;
    const variance = gray.reduce((sum, value) => sum + (value - mean) ** 2, 0) / gray.length;
    expect(variance).toBeGreaterThan(100);
    expect(gray.filter((value) => value < 128).length).toBeGreaterThan(500);
  });
});
