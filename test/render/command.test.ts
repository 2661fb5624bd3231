import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { fixtures, projectRoot } from './support.js';

const run = (args: string[], env: Record<string, string> = {}) => runInProcess(['render', ...args], { cwd: fixtures, env });
const outDir = () => mkdtempSync(path.join(tmpdir(), 'servicebook-render-'));

describe('servicebook render', () => {
  it('writes the HTML handbook of a folder with its manual, and nothing else', async () => {
    const dir = outDir();
    const out = path.join(dir, 'handbook.html');
    const result = await run(['library/', '--out', out]);
    expect(result).toMatchObject({ exitCode: 0, stdout: '' });
    expect(result.stderr).toBe('');
    const dom = parseHtml(readFileSync(out, 'utf8'));
    expect(dom.querySelector('h1')!.text).toBe('테스트 고객 응대 매뉴얼');
    expect(readdirSync(dir)).toEqual(['handbook.html']);
  });

  it('writes Markdown with --format md', async () => {
    const out = path.join(outDir(), 'handbook.md');
    expect((await run(['library/', '--format', 'md', '--out', out])).exitCode).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# 테스트 고객 응대 매뉴얼\n/);
  });

  it('takes the chapters from --manual when the paths name only playbooks', async () => {
    const out = path.join(outDir(), 'handbook.md');
    const result = await run(['library/billing-refund.yaml', 'library/delivery-late.yaml', '--manual', 'library/manual.yaml', '--format', 'md', '--out', out]);
    expect(result.exitCode).toBe(0);
    // billing-double was not given: the manual's billing-* pattern still finds billing-refund.
    expect(readFileSync(out, 'utf8')).toContain('### 1.1 환불 지연 문의 응대');
  });

  it('refuses input with lint errors: exit 1, the problems listed, the old file left alone', async () => {
    const dir = outDir();
    const out = path.join(dir, 'handbook.html');
    writeFileSync(out, 'the previous handbook');
    const result = await run(['broken/', '--out', out]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/broken\/refund\.yaml\n\s+1:1\s+error\s+The document has no `title`: add it\.\s+schema/);
    expect(result.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('the previous handbook');
    expect(readdirSync(dir)).toEqual(['handbook.html']);
  });

  it('says it in Korean with --lang ko', async () => {
    const result = await run(['broken/', '--out', path.join(outDir(), 'x.html'), '--lang', 'ko']);
    expect(result.stderr).toContain('핸드북을 만들지 않았습니다');
  });

  it('renders anyway with --force, listing the problems', async () => {
    const out = path.join(outDir(), 'handbook.html');
    const result = await run(['hostile/', '--force', '--out', out]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('required-steps');
    const dom = parseHtml(readFileSync(out, 'utf8'));
    expect(dom.querySelectorAll('script')).toHaveLength(0);
    expect(dom.querySelector('.coverage .no-cover')!.text).toBe('✗ 후속 조치');
  });

  it('asks which manual when the inputs hold two', async () => {
    const dir = outDir();
    writeFileSync(path.join(dir, 'a.yaml'), readFileSync(path.join(fixtures, 'library/manual.yaml')));
    writeFileSync(path.join(dir, 'b.yaml'), readFileSync(path.join(fixtures, 'library/manual.yaml'), 'utf8').replace('id: test-handbook', 'id: other'));
    const result = await run([dir, path.join(fixtures, 'library'), '--force', '--out', path.join(dir, 'x.html')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/manuals .*--manual FILE/);
  });

  it('makes the folder to write in when it does not exist, as --output does', async () => {
    const out = path.join(outDir(), 'missing', 'x.html');
    const result = await run(['library/', '--out', out]);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/<\/html>\s*$/);
  });

  it('exits 2 for a PDF without Chromium, saying how to install it and that HTML works', async () => {
    const out = path.join(outDir(), 'x.pdf');
    const result = await run(['library/', '--format', 'pdf', '--out', out], { PATH: '/nonexistent' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('apt-get install chromium fonts-noto-cjk fonts-nanum');
    expect(result.stderr).toContain('--format html');
    expect(result.stderr).not.toMatch(/bug|at .*\.ts:\d+/);
  });

  it('exits 2 when --chromium names no program', async () => {
    const result = await run(['library/', '--format', 'pdf', '--chromium', '/no/such/chromium', '--out', path.join(outDir(), 'x.pdf')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('No Chromium at /no/such/chromium (from --chromium)');
  });

  it('renders the bundled library', async () => {
    const out = path.join(outDir(), 'handbook.html');
    const result = await runInProcess(['render', '--force', '--out', out], { cwd: projectRoot });
    expect(result.exitCode).toBe(0);
    const dom = parseHtml(readFileSync(out, 'utf8'));
    expect(dom.querySelectorAll('section.chapter').length).toBeGreaterThan(1);
    expect(dom.querySelectorAll('li.step').length).toBeGreaterThan(50);
  });
});
