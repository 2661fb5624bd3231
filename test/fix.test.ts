/**
 * `lint --fix` and `--fix-dry-run` (FORMAT.md §3 "Fixes", §4): the fixes change only the reported words, every
 * other byte stays (comments, quoting, indentation, CRLF, BOM), a second run changes nothing, and what was fixed
 * is no longer reported.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess, runProcess } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'servicebook-fix-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const playbook = [
  '# 환불 안내 (주석은 그대로)',
  'kind: playbook',
  'format: 1',
  'id: refund-fix',
  'title: 환불 안내',
  'channels: [chat]',
  'placeholders:',
  '  order_id: 주문 번호',
  'facts:',
  '  refund_window: 3~5영업일',
  'scenarios:',
  '  - id: refund',
  '    title: 환불 문의',
  '    when: 환불이 언제 되는지 묻는다',
  '    scripts:',
  '      chat:',
  '        steps:',
  '          - kind: empathy',
  "            say: '많이 기다리셨죠. 죄송해요.'   # 작은따옴표",
  '          - kind: explanation',
  '            say: "주문 #{order_id} 환불은 {{facts.refund_window}}가 걸려요. 주문하신 상품은 품절이세요."',
  '          - kind: follow-up',
  '            due: P1D',
  '            say: >',
  '              내일 오후 3시까지',
  '              연락드릴께요. 몇일 걸리지 않아요.',
  '',
].join('\n');

function write(name: string, text: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}

describe('lint --fix', () => {
  it('rewrites only the fixed words, keeps comments, quoting and folding, and reports what remains', async () => {
    const file = write('fix.yaml', playbook);
    const run = await runInProcess(['lint', '--fix', '--format', 'json', 'fix.yaml'], { cwd: scratch });
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(
      playbook
        .replace('#{order_id}', '{{order_id}}')
        .replace('품절이세요', '품절이에요')
        .replace('연락드릴께요', '연락드릴게요')
        .replace('몇일', '며칠'),
    );
    const remaining = JSON.parse(run.stdout)[0].messages.map((message: { ruleId: string }) => message.ruleId);
    expect(remaining).not.toContain('spelling');
    expect(remaining).not.toContain('honorific-object');
    expect(remaining).not.toContain('unfilled-blank');
    expect(run.exitCode).toBe(0);
    const again = await runInProcess(['lint', '--fix', 'fix.yaml'], { cwd: scratch });
    expect(readFileSync(file, 'utf8')).toBe(after);
    expect(again.exitCode).toBe(0);
  });

  it('keeps CRLF line endings and the byte-order mark, as a child process too', () => {
    const file = write('crlf.yaml', `\uFEFF${playbook.replace(/\n/g, '\r\n')}`);
    const run = runProcess(['lint', '--fix', 'crlf.yaml'], { cwd: scratch });
    expect(run.stderr).toBe('');
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')).toHaveLength(playbook.split('\n').length);
    expect(text.replace(/\r\n/g, '\n')).toContain('연락드릴게요. 며칠 걸리지 않아요.');
  });

  it('--fix-dry-run prints a unified diff, changes nothing, and reports as --fix would', async () => {
    const file = write('dry.yaml', playbook);
    const run = await runInProcess(['lint', '--fix-dry-run', 'dry.yaml'], { cwd: scratch });
    expect(readFileSync(file, 'utf8')).toBe(playbook);
    expect(run.stdout).toContain('--- a/dry.yaml\n+++ b/dry.yaml\n@@ ');
    expect(run.stdout).toContain('-              연락드릴께요. 몇일 걸리지 않아요.\n+              연락드릴게요. 며칠 걸리지 않아요.');
    expect(run.stdout).not.toMatch(/spelling|honorific-object/);
  });

  it('gives a fixable finding "fix" in JSON (offsets in the file as read) and a SARIF "fixes" entry', async () => {
    write('json.yaml', playbook);
    const json = await runInProcess(['lint', '--format', 'json', 'json.yaml'], { cwd: scratch });
    const messages = JSON.parse(json.stdout)[0].messages as { ruleId: string; fix?: { range: [number, number]; text: string } }[];
    const spelling = messages.filter((message) => message.ruleId === 'spelling');
    expect(spelling.map((message) => [playbook.slice(...message.fix!.range), message.fix!.text])).toEqual([
      ['연락드릴께', '연락드릴게'],
      ['몇일', '며칠'],
    ]);
    expect(messages.find((message) => message.ruleId === 'vague-time')).toBeUndefined();
    const sarif = await runInProcess(['lint', '--format', 'sarif', 'json.yaml'], { cwd: scratch });
    const results = JSON.parse(sarif.stdout).runs[0].results as { ruleId: string; fixes?: { artifactChanges: { replacements: { deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }[] }[] }[] }[];
    const replacement = results.find((result) => result.ruleId === 'spelling')!.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    expect(playbook.substr(replacement.deletedRegion.charOffset, replacement.deletedRegion.charLength)).toBe('연락드릴께');
    expect(replacement.insertedContent.text).toBe('연락드릴게');
  });

  it('on a copy of the realism corpus changes only the reported words, and a second --fix changes nothing', async () => {
    const corpus = path.join(scratch, 'realism');
    cpSync(path.join(root, 'test/realism'), corpus, { recursive: true });
    const files = readdirSync(path.join(corpus, 'playbooks')).map((name) => path.join('playbooks', name));
    const before = new Map(files.map((file) => [file, readFileSync(path.join(corpus, file), 'utf8')]));
    const report = await runInProcess(['lint', '--format', 'json', ...files], { cwd: corpus });
    expect(report.stderr).toBe('');
    const fixes = new Map<string, { range: [number, number]; text: string }[]>();
    for (const result of JSON.parse(report.stdout) as { filePath: string; messages: { fix?: { range: [number, number]; text: string } }[] }[]) {
      fixes.set(result.filePath, result.messages.flatMap((message) => (message.fix ? [message.fix] : [])));
    }
    expect([...fixes.values()].flat().length).toBeGreaterThan(0);
    await runInProcess(['lint', '--fix', ...files], { cwd: corpus });
    for (const file of files) {
      const expected = [...(fixes.get(file) ?? [])]
        .sort((a, b) => b.range[0] - a.range[0])
        .reduce((text, fix) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]), before.get(file)!);
      expect(readFileSync(path.join(corpus, file), 'utf8'), file).toBe(expected);
    }
    const fixed = new Map(files.map((file) => [file, readFileSync(path.join(corpus, file), 'utf8')]));
    await runInProcess(['lint', '--fix', ...files], { cwd: corpus });
    for (const file of files) expect(readFileSync(path.join(corpus, file), 'utf8'), file).toBe(fixed.get(file));
  });
});
