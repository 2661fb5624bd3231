/**
 * `--changed-since REF` (FORMAT.md §4) against a real git repository with real commits, and the files of
 * real repositories: a folder reached twice through a symlink, a file saved as UTF-16.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPlaybook, commitAll, git, lintJson, playbook, project, repository, sb, write } from './support.js';

const filesOf = (dir: string, args: string[]) => {
  const { run, reports } = lintJson(dir, args);
  return { code: run.code, files: reports.map((report) => report.filePath) };
};

describe('--changed-since REF', () => {
  it('lints exactly the files git diff lists against REF: added, modified, renamed, and uncommitted edits', () => {
    const dir = repository({
      'servicebook.yaml': 'include: ["playbooks/**/*.yaml"]\n',
      'playbooks/modified.yaml': cleanPlaybook('modified'),
      'playbooks/deleted.yaml': cleanPlaybook('deleted'),
      'playbooks/renamed.yaml': cleanPlaybook('renamed'),
      'playbooks/edited-now.yaml': cleanPlaybook('edited-now'),
      'playbooks/untouched.yaml': cleanPlaybook('untouched'),
      'docs/notes.yaml': 'not: a playbook\n',
    });
    write(dir, 'playbooks/modified.yaml', playbook('modified'));
    git(dir, 'rm', '-q', 'playbooks/deleted.yaml');
    mkdirSync(join(dir, 'playbooks/billing'));
    git(dir, 'mv', 'playbooks/renamed.yaml', 'playbooks/billing/renamed.yaml');
    write(dir, 'playbooks/added.yaml', cleanPlaybook('added'));
    write(dir, 'playbooks/환불-지연.yaml', cleanPlaybook('refund-korean-name'));
    write(dir, 'docs/notes.yaml', 'not: a playbook, changed\n');
    commitAll(dir, 'A week of edits');
    write(dir, 'playbooks/edited-now.yaml', cleanPlaybook('edited-now').replace('P1D', 'PT4H'));
    write(dir, 'playbooks/untracked.yaml', cleanPlaybook('untracked'));

    const changed = filesOf(dir, ['--changed-since', 'HEAD~1']);
    expect(changed.files).toEqual([
      'playbooks/added.yaml',
      'playbooks/billing/renamed.yaml',
      'playbooks/edited-now.yaml',
      'playbooks/modified.yaml',
      'playbooks/환불-지연.yaml',
    ]);
    expect(changed.code).toBe(0); // modified.yaml has warnings only

    // Paths narrow it further; and since HEAD, only the uncommitted edit.
    expect(filesOf(dir, ['playbooks/billing', '--changed-since', 'HEAD~1']).files).toEqual(['playbooks/billing/renamed.yaml']);
    expect(filesOf(dir, ['--changed-since', 'HEAD']).files).toEqual(['playbooks/edited-now.yaml']);
    // From a subfolder, the paths are shown from there.
    expect(filesOf(join(dir, 'playbooks'), ['--changed-since', 'main~1']).files).toContain('billing/renamed.yaml');
  });

  it('with nothing changed, lints nothing and passes', () => {
    const dir = repository({ 'playbooks/refund.yaml': playbook('refund') });
    const run = sb(['lint', 'playbooks', '--changed-since', 'HEAD', '--rule', 'step-order=error'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(sb(['lint', 'playbooks', '--rule', 'step-order=error'], dir).code).toBe(1);
  });

  it('bad input: an unknown ref, a ref that looks like an option, no git repository; one line, exit 2', () => {
    const dir = repository({ 'playbooks/refund.yaml': playbook('refund') });
    const unknown = sb(['lint', '--changed-since', 'origin/mian'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('servicebook: --changed-since: git knows no commit "origin/mian" (a branch, tag or commit such as origin/main or HEAD~1).\n');
    expect(sb(['lint', '--changed-since=--output=x'], dir).code).toBe(2);
    const first = sb(['lint', '--changed-since', 'HEAD~1'], dir); // the first commit has no parent
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('"HEAD~1"');

    const outside = project({ 'playbooks/refund.yaml': playbook('refund') });
    const run = sb(['lint', 'playbooks', '--changed-since', 'HEAD'], outside);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^servicebook: --changed-since needs a git repository, and .* is in none\.\n$/);
  });
});

describe('files of real repositories', () => {
  it('a folder reached twice through a symlink is linted once, under its real name', () => {
    const dir = project({
      'servicebook.yaml': 'overrides:\n  - files: ["playbooks/legacy/**"]\n    rules: { step-order: off }\n',
      'playbooks/legacy/old.yaml': playbook('old'),
    });
    symlinkSync('legacy', join(dir, 'playbooks/archive'));
    symlinkSync(join(dir, 'playbooks/legacy/old.yaml'), join(dir, 'old-link.yaml'));
    const { reports } = lintJson(dir, ['playbooks', 'old-link.yaml', 'playbooks/archive/old.yaml']);
    expect(reports.map((report) => report.filePath)).toEqual(['playbooks/legacy/old.yaml']);
    // Linted as the file it is: the override of its real folder applies, and duplicate-id sees one playbook.
    expect(reports[0]!.messages.map((m) => m.ruleId).sort()).toEqual(['follow-up-due', 'risky-promise']);
  });

  it('a file saved as UTF-16 (with or without a byte-order mark) is told to be saved as UTF-8, in English and Korean', () => {
    const text = cleanPlaybook('utf16');
    const dir = project({});
    writeFileSync(join(dir, 'le-bom.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(dir, 'be-bom.yaml'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    writeFileSync(join(dir, 'le.yaml'), Buffer.from(text, 'utf16le'));
    writeFileSync(join(dir, 'nul.yaml'), Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x00, 0x01]));
    const { run, reports } = lintJson(dir, ['le-bom.yaml', 'be-bom.yaml', 'le.yaml', 'nul.yaml']);
    expect(run.code).toBe(1);
    for (const report of reports.slice(0, 3)) {
      expect(report.messages).toHaveLength(1);
      expect(report.messages[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 2, line: 1, column: 1 });
      expect(report.messages[0]!.message).toBe('The file is saved as UTF-16 (Windows "Unicode"): save it as UTF-8.');
    }
    expect(reports[3]!.messages[0]!.message).toContain('binary');
    const korean = lintJson(dir, ['le-bom.yaml', '--lang', 'ko']).reports[0]!.messages[0]!.message;
    expect(korean).toBe('파일이 UTF-16(Windows의 "유니코드")으로 저장되어 있습니다. UTF-8로 저장해 주세요.');
  });
});
