/** `overrides` in servicebook.yaml (FORMAT.md §2), through the built command line. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPlaybook, lintJson, playbook, repository, rulesIn, sb, write } from './support.js';

const library = (config: string) =>
  repository({
    'servicebook.yaml': config,
    'playbooks/legacy/old-refund.yaml': playbook('old-refund'),
    'playbooks/legacy/keep/kept-refund.yaml': playbook('kept-refund'),
    'playbooks/new/new-refund.yaml': playbook('new-refund'),
  });

describe('overrides', () => {
  it('change findings only under their globs, and excludeFiles leaves its files to the rest of the config', () => {
    const dir = library(`include: ["playbooks/**/*.yaml"]
overrides:
  - files: ["playbooks/legacy/**"]
    excludeFiles: ["playbooks/legacy/keep/**"]
    rules: { step-order: off, risky-promise: off }
`);
    const { run, reports } = lintJson(dir);
    expect(run.code).toBe(0);
    expect(rulesIn(reports, 'playbooks/legacy/old-refund.yaml')).toEqual(['follow-up-due']);
    expect(rulesIn(reports, 'playbooks/legacy/keep/kept-refund.yaml')).toEqual(['follow-up-due', 'risky-promise', 'step-order']);
    expect(rulesIn(reports, 'playbooks/new/new-refund.yaml')).toEqual(['follow-up-due', 'risky-promise', 'step-order']);
  });

  it('apply in order, a later match winning per rule id while earlier rule settings stay', () => {
    const dir = library(`overrides:
  - files: ["playbooks/**"]
    rules: { risky-promise: error, follow-up-due: error }
  - files: ["playbooks/legacy/**"]
    rules: { follow-up-due: off }
`);
    const { run, reports } = lintJson(dir, ['playbooks']);
    expect(run.code).toBe(1);
    const legacy = reports.find((r) => r.filePath === 'playbooks/legacy/old-refund.yaml')!;
    expect(legacy.messages.map((m) => [m.ruleId, m.severity]).sort()).toEqual([['risky-promise', 2], ['step-order', 1]]);
    const fresh = reports.find((r) => r.filePath === 'playbooks/new/new-refund.yaml')!;
    expect(fresh.messages.map((m) => [m.ruleId, m.severity]).sort()).toEqual([['follow-up-due', 2], ['risky-promise', 2], ['step-order', 1]]);
  });

  it('merge `required` per channel: an override of "*" keeps the config\'s per-channel list', () => {
    const dir = library(`required:
  chat: [closing]
overrides:
  - files: ["playbooks/notices/**"]
    required: { "*": [explanation] }
`);
    write(dir, 'playbooks/notices/notice.yaml', cleanPlaybook('dispatch-notice').replace(/ {10}- kind: empathy\n.*\n/, ''));
    const { reports } = lintJson(dir, ['playbooks']);
    // The notice needs no empathy under its override, but still a closing on chat.
    const notice = reports.find((r) => r.filePath === 'playbooks/notices/notice.yaml')!;
    const missing = notice.messages.filter((m) => m.ruleId === 'required-steps');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toContain('closing');
    const config = JSON.parse(sb(['lint', '--print-config', 'playbooks/notices/notice.yaml'], dir).stdout);
    expect(config.required).toEqual({ '*': ['explanation'], chat: ['closing'] });
  });

  it('--print-config shows what is in force for a file, with --rule over everything, and exits 0', () => {
    const dir = library(`extends: strict
overrides:
  - files: ["playbooks/legacy/**"]
    rules: { step-order: off }
    locale: en-US
    channels: [chat]
    limits: { sms: { maxBytes: 80 } }
`);
    const legacy = sb(['lint', '--print-config', 'playbooks/legacy/old-refund.yaml', '--rule', 'risky-promise=warn'], dir);
    expect(legacy.code).toBe(0);
    const inForce = JSON.parse(legacy.stdout);
    expect(inForce.rules['step-order']).toBe('off');
    expect(inForce.rules['risky-promise']).toBe('warn');
    expect(inForce.rules['follow-up-due']).toBe('error'); // strict
    expect(inForce).toMatchObject({ extends: 'strict', locale: 'en-US', channels: ['chat'], limits: { sms: { maxBytes: 80 } } });
    const fresh = JSON.parse(sb(['validate', '--print-config', 'playbooks/new/new-refund.yaml'], dir).stdout);
    expect(fresh.rules['step-order']).toBe('error');
    expect(fresh.locale).toBe('ko-KR');
    expect(fresh.limits).toEqual({});
    expect(fresh).not.toHaveProperty('overrides');
  });

  it('bad overrides stop the run with one line naming the place, exit 2', () => {
    const cases: [string, RegExp][] = [
      ['overrides:\n  - rules: { step-order: off }\n', /^servicebook: servicebook\.yaml:2:5: .*`files`/],
      ['overrides:\n  - files: ["a/**"]\n    rules: { step-ordr: off }\n', /^servicebook: servicebook\.yaml:3:14: `step-ordr`.*did you mean `step-order`\?/],
      ['overrides:\n  - files: ["a/**"]\n    rules: { step-order: of }\n', /^servicebook: servicebook\.yaml:3:26: /],
      ['overrides:\n  - files: []\n', /^servicebook: servicebook\.yaml:2:12: /],
      ['overrides:\n  - files: ["a/**"]\n    include: ["b/**"]\n', /^servicebook: servicebook\.yaml:3:5: `include`/],
    ];
    for (const [config, expected] of cases) {
      const dir = library(config);
      const run = sb(['lint'], dir);
      expect(run.code, config).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n'), config).toHaveLength(1);
      expect(run.stderr, config).toMatch(expected);
    }
  });

  it('--cache keys each file on the overrides that apply to it: editing one re-checks only its files', () => {
    const config = (setting: string) => `overrides:\n  - files: ["playbooks/legacy/**"]\n    rules: { step-order: ${setting} }\n`;
    const dir = library(config('off'));
    const args = ['playbooks', '--cache', '--cache-location', '.cache/lint.json'];
    lintJson(dir, args);
    // A marker planted in every cached entry shows which files the next run takes from the cache.
    const cacheFile = `${dir}/.cache/lint.json`;
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    for (const entry of Object.values(cache.files) as { check: { findings: unknown[] } }[]) {
      entry.check.findings.push({ ruleId: 'schema', severity: 'warn', message: 'from the cache', line: 1, column: 1, endLine: 1, endColumn: 1 });
    }
    writeFileSync(cacheFile, JSON.stringify(cache));
    write(dir, 'servicebook.yaml', config('error'));
    const { reports } = lintJson(dir, args);
    const fromCache = (filePath: string) => reports.find((r) => r.filePath === filePath)!.messages.some((m) => m.message === 'from the cache');
    expect(fromCache('playbooks/new/new-refund.yaml')).toBe(true);
    expect(fromCache('playbooks/legacy/old-refund.yaml')).toBe(false);
    expect(rulesIn(reports, 'playbooks/legacy/old-refund.yaml')).toEqual(['follow-up-due', 'risky-promise', 'step-order']);
  });

  it('gives the same findings on several threads as on one', () => {
    const dir = library('overrides:\n  - files: ["playbooks/legacy/**"]\n    rules: { step-order: off, risky-promise: error }\n');
    const one = lintJson(dir, ['--jobs', '1']);
    const three = lintJson(dir, ['--jobs', '3']);
    expect(three.run.stdout).toBe(one.run.stdout);
    expect(rulesIn(one.reports, 'playbooks/legacy/old-refund.yaml')).toEqual(['follow-up-due', 'risky-promise']);
  });
});
