/**
 * Issue 16: the fast path for every ordinary file. A file goes to `yaml`'s full parser only for what YAML itself
 * holds — an anchor, alias, tag or directive as `yaml`'s own lexer finds it, a quoted scalar or flow collection
 * going on past its line, or something `yaml` reports as an error — never for Markdown, `&`, `!` or quotes
 * inside block and quoted scalars. Counted over both benchmark corpora and over generated Markdown-heavy files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CST, Lexer, parseAllDocuments } from 'yaml';
import { writeCorpus } from '../../bench/lib/corpus.js';
import { fastRead, loadFast, needsFullParser } from '../../src/model/fast-yaml.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What `yaml`'s lexer finds: anchors, aliases, tags and directives as YAML sees them, nothing inside a scalar. */
function yamlProperties(text: string): string[] {
  const found: string[] = [];
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'anchor' || type === 'alias' || type === 'tag' || type === 'directive-line') found.push(`${type} ${token}`);
  }
  return found;
}

const yamlErrors = (text: string) => parseAllDocuments(text).flatMap((document) => ('errors' in document ? document.errors : []));

/** Every file the fast path leaves to `yaml`, with its reason, and whether YAML itself gives one. */
function fallbacks(dir: string) {
  const files = readdirSync(path.join(dir, 'playbooks')).sort();
  const left: { file: string; reason: string; properties: string[]; errors: number }[] = [];
  for (const name of files) {
    const text = readFileSync(path.join(dir, 'playbooks', name), 'utf8').replace(/^\uFEFF/, '');
    const { reason } = fastRead(text);
    if (reason) left.push({ file: name, reason, properties: yamlProperties(text), errors: yamlErrors(text).length });
  }
  return { files: files.length, left };
}

describe.each(['markdown', 'classic'] as const)('the %s benchmark corpus (2,000 playbooks)', (flavor) => {
  let dir: string;
  let manifest: { defects: { file: string; rule: string }[] };
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), `servicebook-full-parser-${flavor}-`));
    manifest = writeCorpus({ count: 2000, seed: 1, out: dir, flavor });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends to the full parser only the files YAML gives a reason for, at most 1 % of them', () => {
    const { files, left } = fallbacks(dir);
    // The corpus has no anchors, aliases, tags or directives: only a syntax error may take a file to `yaml`.
    const unexplained = left.filter(({ properties, errors }) => properties.length === 0 && errors === 0);
    expect(unexplained).toEqual([]);
    expect(left.length).toBeLessThanOrEqual(files / 100);
    // The one file `yaml` rejects is the seeded repeated key.
    const repeated = manifest.defects.filter((defect) => defect.rule === 'yaml-syntax').map((defect) => defect.file.replace('playbooks/', ''));
    expect(left.map(({ file }) => file).sort()).toEqual([...new Set(repeated)].sort());
  }, 120_000);

  if (flavor === 'markdown') {
    it('places the findings of its defective files without composing them with yaml', () => {
      // In a process of its own (the test runner loads yaml itself): lint every file with a seeded defect but
      // the repeated key (an error only yaml reports), then look whether the yaml package was ever loaded.
      const files = [...new Set(manifest.defects.filter((defect) => defect.rule !== 'yaml-syntax').map((defect) => defect.file))];
      const dist = (file: string) => JSON.stringify(pathToFileURL(path.join(root, 'dist', file)).href);
      const script = `
        import { readFileSync } from 'node:fs';
        import { createRequire } from 'node:module';
        const { lint } = await import(${dist('engine/lint.js')});
        const { loadConfig } = await import(${dist('model/config.js')});
        const files = ${JSON.stringify(files)};
        const inputs = files.map((filePath) => ({ filePath, text: readFileSync(filePath, 'utf8') }));
        const results = lint(inputs, { config: loadConfig({ cwd: process.cwd() }), mode: 'lint' });
        const yamlLoaded = Object.keys(createRequire(import.meta.url).cache).some((key) => /[\\/]node_modules[\\/]yaml[\\/]/.test(key));
        process.stdout.write(JSON.stringify({ findings: results.map((result) => result.findings.length), yamlLoaded }));`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const { findings, yamlLoaded } = JSON.parse(run.stdout) as { findings: number[]; yamlLoaded: boolean };
      expect(files.length).toBeGreaterThan(50);
      expect(findings.every((count) => count > 0)).toBe(true);
      expect(yamlLoaded).toBe(false);
    }, 60_000);

    it('is written the way people write e-mail and chat bodies', () => {
      const texts = readdirSync(path.join(dir, 'playbooks')).map((name) => readFileSync(path.join(dir, 'playbooks', name), 'utf8'));
      const all = texts.join('\n');
      // Markdown bold at line starts inside literal blocks, lists, tables, links, quotes, & and ! in text.
      for (const pattern of [/^ +\*\*[^*\n]+\*\*$/m, /^ +[-*+] \S/m, /^ +1\. \S/m, /^ +\| .+ \|$/m, /\]\(https:\/\//, /^ +> \S/m, / & /, /! /, /\w'\w/]) {
        expect(all, String(pattern)).toMatch(pattern);
      }
      const filesWithBoldLineStart = texts.filter((text) => /^ +\*\*/m.test(text)).length;
      expect(filesWithBoldLineStart).toBeGreaterThan(texts.length / 2);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Generated Markdown-heavy files

/** Lines of e-mail and chat bodies: Markdown at line starts and inside, the indicator characters in prose. */
const markdownLine = fc.constantFrom(
  '**요약**',
  '**Summary**',
  '*참고* 주문 내역에서 보실 수 있습니다.',
  '* 주문 번호: {{order_id}}',
  '- **상품**: 무선 이어폰',
  '+ 처리 방식: 원래 결제 수단',
  '1. 마이페이지에 로그인해 주십시오.',
  '2) Tap *Orders* & pick your order!',
  '| 항목 | 내용 |',
  '|---|---|',
  '| 상태 | 확인 중 |',
  '> 고객님 문의: "환불은 언제 되나요?"',
  "> You wrote: 'where's my order?'",
  '[주문 내역 보기](https://www.example.co.kr/mypage?a=1&b=2)',
  '![배송 조회](https://example.com/a.png)',
  '*강조*와 **굵게**, _기울임_ & ~~취소선~~!',
  "We're sorry — it's on us & we'll fix it!",
  '!important & *star* at the start',
  '&amp; *x &y !z %w',
  '# 안내 사항',
  '### Next steps',
  '% 할인율 안내',
  'key: value 처럼 보이는 줄',
  '"따옴표로 시작해서 끝나지 않는 줄',
  "'홑따옴표로 시작하는 줄",
  '[열린 괄호로 시작하는 줄',
  '{중괄호로 시작하는 줄',
  '#해시로 시작하는 줄',
  '',
);

const body = fc.array(markdownLine, { minLength: 1, maxLength: 8 }).map((lines) => (lines[0] === '' ? ['첫 줄', ...lines] : lines));

/** A playbook-shaped file whose says are Markdown bodies in literal and folded blocks, and one-liners. */
const markdownFile = fc.array(fc.tuple(body, fc.constantFrom('|', '|-', '>', '>-', '|+', '|2')), { minLength: 1, maxLength: 4 }).map((says) => {
  const lines = ['kind: playbook', 'format: 1', 'id: billing-refund', 'title: 환불 & 교환 안내!', 'scenarios:', '  - id: refund', '    scripts:', '      email:', '        steps:'];
  for (const [sayLines, header] of says) {
    lines.push('          - kind: explanation', `            say: ${header}`);
    for (const line of sayLines) lines.push(line === '' ? '' : header === '|2' ? `              ${line}` : `              ${line}`);
    lines.push(`            note: ${JSON.stringify(sayLines.find((line) => line !== '') ?? '메모')}`);
  }
  return `${lines.join('\n')}\n`;
});

describe('generated Markdown-heavy files', () => {
  it('stay on the fast path, and js-yaml reads them as yaml does', () => {
    fc.assert(
      fc.property(markdownFile, (text) => {
        expect(yamlProperties(text)).toEqual([]);
        expect(yamlErrors(text)).toEqual([]);
        expect(fastRead(text).reason).toBeUndefined();
        expect(loadFast(text)).toEqual(parseAllDocuments(text).map((document) => document.toJS()));
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('go to the full parser when an anchor, alias or tag sits where a node starts', () => {
    const property = fc.constantFrom('&anchor ', '!!str ', '!local ', '*alias');
    fc.assert(
      fc.property(markdownFile, property, fc.nat(), (text, prop, at) => {
        // Put the property in front of one of the notes (a one-line double-quoted value).
        const notes = [...text.matchAll(/note: /g)];
        const note = notes[at % notes.length]!;
        const start = note.index! + 'note: '.length;
        const withProperty = prop === '*alias' ? `${text.slice(0, start)}*alias\n` : `${text.slice(0, start)}${prop}${text.slice(start)}`;
        const withAnchor = prop === '*alias' ? `anchored: &alias 1\n${withProperty}` : withProperty;
        expect(yamlProperties(withAnchor).length).toBeGreaterThan(0);
        expect(needsFullParser(withAnchor)).toBe(true);
      }),
      { numRuns: 200, seed: 16 },
    );
  });
});

describe('the decision', () => {
  it.each([
    ['Markdown bold at a line start in a literal block', 'say: |\n  **요약**\n  * 항목\n'],
    ['emphasis, & and ! inside a plain scalar', 'say: 주문하신 *무선 이어폰* 건은 Q&A & FAQ 참고! 감사합니다 !\n'],
    ['an indicator inside a double-quoted scalar', 'say: "*요약* &x !y"\n'],
    ['an indicator inside a single-quoted scalar', "say: '*요약* &x !y'\n"],
    ['an indicator after a quote inside a plain scalar', 'say: 고객님 "확인" *완료* 입니다\n'],
    ['a folded block with list lines', 'say: >-\n  - *one*\n  - &two\n  - !three\n'],
    ['a quote left open on a line of a literal block', 'say: |-\n  참고: "자세한 내용은\n  아래를 보세요"\n'],
    ['a bracket left open on a line of a literal block', 'say: |-\n  목록: [하나,\n  둘]\n'],
    ['a % inside a literal block', 'say: |-\n  %d 할인\n'],
  ])('keeps the fast path for %s', (_name, text) => {
    expect(fastRead(text)).toEqual({ documents: parseAllDocuments(text).map((document) => document.toJS()) });
  });

  it.each([
    ['an anchor on a value', 'a: &x 1\n', 'property'],
    ['an alias', 'a: &x 1\nb: *x\n', 'property'],
    ['an anchor on a key', '&k a: 1\n', 'property'],
    ['a tag', 'a: !!str 12\n', 'property'],
    ['a non-specific tag', 'a: ! 12\n', 'property'],
    ['an anchor on a block mapping on the next line', 'a: &m\n  b: 1\n', 'property'],
    ['an alias in a flow sequence', 'a: &x 1\nb: [1, *x]\n', 'property'],
    ['an anchor after Markdown in a literal block', 'say: |\n  **요약**\nb: &x 1\n', 'property'],
    ['a directive', '%YAML 1.2\n---\na: 1\n', 'directive'],
    ['a double-quoted value going on past its line', 'a: "환불\n  지연"\n', 'multi-line-flow'],
    ['a flow sequence going on past its line', 'a: [1,\n  2]\n', 'multi-line-flow'],
    ['a lone carriage return', 'a: 1\rb: 2\n', 'lone-cr'],
    ['a repeated key', 'a: 1\na: 2\n', 'rejected'],
    ['a scalar document', '--- 12\n', 'not-a-mapping'],
  ])('leaves %s to yaml', (_name, text, reason) => {
    expect(fastRead(text).reason).toBe(reason);
  });
});
