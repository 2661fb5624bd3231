/** Hostile and broken input: every file gets the contract's exit code, a clear message, no trace, no hang. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProcess } from './helpers/cli.js';

const corpus = fileURLToPath(new URL('./hostile/', import.meta.url));

interface Expectation {
  exitCode: 0 | 1;
  ruleId?: string;
  message?: RegExp;
  line?: number;
}

const expectations: Record<string, Expectation> = {
  'alias-bomb.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /alias/i },
  'deep-flow-sequence.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /nests too deeply/, line: 1 },
  'deep-flow-mapping.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /nests too deeply/, line: 1 },
  'deep-block-sequence.yaml': { exitCode: 1, ruleId: 'schema', message: /has no `channels`/ },
  'random-bytes.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /binary/ },
  'latin1.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /not UTF-8/ },
  'euc-kr.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /not UTF-8/ },
  'utf16le-bom.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /saved as UTF-16.*save it as UTF-8/ },
  'nul-byte.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /binary/ },
  'invalid-utf8-middle.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /not UTF-8/ },
  'proto-keys.yaml': { exitCode: 1, ruleId: 'schema', message: /`__proto__` is not a field/, line: 1 },
  'proto-placeholders.yaml': { exitCode: 1, ruleId: 'unknown-placeholder' },
  'scalar-document.yaml': { exitCode: 1, ruleId: 'schema', message: /single value/ },
  'list-document.yaml': { exitCode: 1, ruleId: 'schema', message: /is a list, not a mapping/ },
  'empty.yaml': { exitCode: 1, ruleId: 'schema', message: /holds no document/ },
  'comments-only.yaml': { exitCode: 1, ruleId: 'schema', message: /holds no document/ },
  'only-document-markers.yaml': { exitCode: 1, ruleId: 'schema', message: /document is empty/ },
  'duplicate-keys.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /title appears twice/, line: 6 },
  'tab-indentation.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /Tabs/, line: 3 },
  'unterminated-quote.yaml': { exitCode: 1, ruleId: 'yaml-syntax', message: /quote/ },
  'unknown-tag.yaml': { exitCode: 1, ruleId: 'schema' },
  'yaml11-directive.yaml': { exitCode: 1, ruleId: 'schema' },
  'merge-keys.yaml': { exitCode: 1, ruleId: 'schema', message: /has no `kind`/ },
  'complex-keys.yaml': { exitCode: 1, ruleId: 'schema', message: /has no `kind`/ },
  'self-loop.yaml': { exitCode: 0, ruleId: 'no-personalization' },
  'every-step-loops.yaml': { exitCode: 0, ruleId: 'no-personalization' },
  'bidi-and-zero-width.yaml': { exitCode: 1, ruleId: 'schema', message: /not a valid id/, line: 3 },
  'emoji-sms.yaml': { exitCode: 1, ruleId: 'channel-limit' },
  'html-injection.yaml': { exitCode: 0, ruleId: 'no-personalization' },
  'wrong-types-everywhere.yaml': { exitCode: 1, ruleId: 'schema', message: /Format "1" is not supported/, line: 2 },
  'huge-say.yaml': { exitCode: 1, ruleId: 'required-steps' },
  'crlf-mixed.yaml': { exitCode: 1, ruleId: 'schema' },
  'bom-twice.yaml': { exitCode: 1, ruleId: 'schema' },
  'null-fields.yaml': { exitCode: 1, ruleId: 'schema', message: /`id` must be text, not empty/, line: 3 },
  'kind-manual-broken.yaml': { exitCode: 1, ruleId: 'unknown-playbook' },
};

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number; column: number }[];
}

function lintJson(file: string, cwd: string): { exitCode: number; results: JsonResult[]; stderr: string } {
  const run = runProcess(['lint', '--format', 'json', file], { cwd });
  return { exitCode: run.exitCode, results: run.stdout ? (JSON.parse(run.stdout) as JsonResult[]) : [], stderr: run.stderr };
}

describe('hostile corpus', () => {
  it.each(Object.entries(expectations))('%s', (file, expected) => {
    const { exitCode, results, stderr } = lintJson(file, corpus);
    expect(stderr).toBe('');
    expect(exitCode).toBe(expected.exitCode);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.filePath).toBe(file);
    const finding = result!.messages.find((message) => message.ruleId === expected.ruleId);
    expect(finding, JSON.stringify(result!.messages.slice(0, 3))).toBeDefined();
    if (expected.message) expect(finding!.message).toMatch(expected.message);
    if (expected.line) expect(finding!.line).toBe(expected.line);
    for (const message of result!.messages) {
      expect(message.line).toBeGreaterThanOrEqual(1);
      expect(message.column).toBeGreaterThanOrEqual(1);
      expect(message.message).not.toMatch(/\n\s+at /);
    }
  });

  it('goes on to the other files when one is broken', () => {
    const { exitCode, results } = lintJson('.', corpus);
    expect(exitCode).toBe(1);
    expect(results.map((result) => result.filePath).sort()).toEqual(Object.keys(expectations).sort());
  });
});

describe('generated hostile files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'servicebook-hostile-'));
  const manual = (i: number) => `---\nkind: manual\nformat: 1\nid: manual-${i}\ntitle: 매뉴얼 ${i}\nchapters:\n  - title: 장\n    playbooks: [refund-*]\n`;

  it('a file of 6,000 documents', () => {
    writeFileSync(path.join(dir, 'many-documents.yaml'), Array.from({ length: 6000 }, (_, i) => manual(i)).join(''));
    const { exitCode, results, stderr } = lintJson('many-documents.yaml', dir);
    expect(stderr).toBe('');
    expect(exitCode).toBe(1);
    expect(results[0]!.messages.filter((m) => m.ruleId === 'unknown-playbook')).toHaveLength(6000);
    expect(results[0]!.messages.at(-1)).toMatchObject({ line: 6000 * 8, column: 17 });
  });

  it('a file over the size cap is refused with one message, and the run goes on', () => {
    writeFileSync(path.join(dir, 'huge.yaml'), `kind: playbook\nnote: "${'가'.repeat(3 * 1024 * 1024)}"\n`);
    const { exitCode, results } = lintJson('huge.yaml', dir);
    expect(exitCode).toBe(1);
    expect(results[0]!.messages).toEqual([expect.objectContaining({ ruleId: 'yaml-syntax', line: 1, column: 1, message: expect.stringMatching(/over the limit of 5\.0 MiB/) })]);
  });

  it('a single line of a megabyte', () => {
    writeFileSync(path.join(dir, 'long-line.yaml'), `kind: playbook\nformat: 1\nid: long\ntitle: "${'x'.repeat(1024 * 1024)}"\nbogus: 1\n`);
    const { exitCode, results } = lintJson('long-line.yaml', dir);
    expect(exitCode).toBe(1);
    expect(results[0]!.messages).toContainEqual(expect.objectContaining({ ruleId: 'schema', line: 5, column: 1, message: expect.stringContaining('`bogus`') }));
  });
});
