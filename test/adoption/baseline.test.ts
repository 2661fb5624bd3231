/** The baseline (FORMAT.md §4 "Baseline"), through the built command line on a git repository with real commits. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPlaybook, commitAll, git, lintJson, playbook, readText, repository, rulesIn, sb, write } from './support.js';

const SUPPRESSIONS = 'servicebook-suppressions.json';

/** A library whose CI would fail today: follow-up-due is an error, and two files break it. */
function library(): string {
  return repository({
    'servicebook.yaml': 'rules:\n  follow-up-due: error\n',
    'playbooks/refund.yaml': playbook('refund'),
    'playbooks/billing/double-charge.yaml': playbook('double-charge'),
    'playbooks/delivery.yaml': cleanPlaybook('delivery'),
  });
}

describe('the baseline', () => {
  it('--suppress-all records every finding per file and rule in sorted JSON beside the config, and exits 0', () => {
    const dir = library();
    expect(sb(['lint'], dir).code).toBe(1);
    const run = sb(['lint', '--suppress-all'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`6 problems suppressed by the baseline (${SUPPRESSIONS})\n`);
    const text = readText(dir, SUPPRESSIONS);
    expect(JSON.parse(text)).toEqual({
      'playbooks/billing/double-charge.yaml': { 'follow-up-due': { count: 1 }, 'risky-promise': { count: 1 }, 'step-order': { count: 1 } },
      'playbooks/refund.yaml': { 'follow-up-due': { count: 1 }, 'risky-promise': { count: 1 }, 'step-order': { count: 1 } },
    });
    // Sorted and stable: its keys in order, and a second run writes the same bytes.
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(Object.keys(JSON.parse(text))).toEqual(['playbooks/billing/double-charge.yaml', 'playbooks/refund.yaml']);
    expect(sb(['lint', '--suppress-all'], dir).code).toBe(0);
    expect(readText(dir, SUPPRESSIONS)).toBe(text);
    // Later runs are green, and say what the baseline holds back.
    const later = sb(['lint'], dir);
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('6 problems suppressed by the baseline');
    expect(sb(['lint', '--max-warnings', '0'], dir).code).toBe(0);
  });

  it('--suppress-all exits 0 even when an unused disable comment, which has no rule to record, is reported', () => {
    const dir = repository({ 'playbooks/refund.yaml': `# servicebook-disable-next-line politeness -- 검토 완료\n${playbook('refund')}` });
    const run = sb(['lint', 'playbooks', '--report-unused-disables', '--suppress-all', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string | null }) => m.ruleId)).toEqual([null]);
    expect(Object.keys(JSON.parse(readText(dir, SUPPRESSIONS))['playbooks/refund.yaml']).sort()).toEqual(['follow-up-due', 'risky-promise', 'step-order']);
    expect(sb(['lint', 'playbooks', '--report-unused-disables'], dir).code).toBe(1);
    expect(sb(['lint', 'playbooks'], dir).code).toBe(0);
  });

  it('a new problem in a suppressed file fails the run, with every finding of that rule in that file', () => {
    const dir = library();
    sb(['lint', '--suppress-all'], dir);
    commitAll(dir, 'Adopt servicebook with a baseline');
    write(dir, 'playbooks/refund.yaml', playbook('refund', ' 무조건 오늘 해결해 드립니다.').replace('          - kind: follow-up\n', '          - kind: follow-up\n            due: P1D\n'));
    const { run, reports } = lintJson(dir, ['--max-warnings', '0']);
    expect(run.code).toBe(1);
    // Two risky promises where one was recorded: both are reported (which one is new cannot be known).
    expect(rulesIn(reports, 'playbooks/refund.yaml')).toEqual(['risky-promise', 'risky-promise']);
    expect(rulesIn(reports, 'playbooks/billing/double-charge.yaml')).toEqual([]);
    // A new file has no baseline at all.
    write(dir, 'playbooks/exchange.yaml', playbook('exchange'));
    const withNew = lintJson(dir);
    expect(withNew.run.code).toBe(1);
    expect(rulesIn(withNew.reports, 'playbooks/exchange.yaml')).toEqual(['follow-up-due', 'risky-promise', 'step-order']);
  });

  it('fixing a recorded problem stays green; --prune-suppressions drops just that count', () => {
    const dir = library();
    sb(['lint', '--suppress-all'], dir);
    commitAll(dir, 'Adopt servicebook with a baseline');
    const before = JSON.parse(readText(dir, SUPPRESSIONS));
    write(dir, 'playbooks/refund.yaml', playbook('refund').replace('반드시 ', ''));
    const fixed = sb(['lint'], dir);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('1 recorded count no longer occurs: run `servicebook lint --prune-suppressions`');
    // --report-unused-disables turns the stale count into a finding of that file.
    const stale = lintJson(dir, ['--report-unused-disables']);
    expect(stale.run.code).toBe(1);
    const [finding] = stale.reports.find((r) => r.filePath === 'playbooks/refund.yaml')!.messages;
    expect(finding).toMatchObject({ ruleId: null, severity: 2, line: 1, column: 1 });
    expect(finding!.message).toContain('risky-promise');

    const pruned = sb(['lint', '--prune-suppressions'], dir);
    expect(pruned.code).toBe(0);
    const after = JSON.parse(readText(dir, SUPPRESSIONS));
    delete before['playbooks/refund.yaml']['risky-promise'];
    expect(after).toEqual(before);
    expect(git(dir, 'diff', '--numstat', '--', SUPPRESSIONS).trim()).toBe(`0\t3\t${SUPPRESSIONS}`);
    expect(lintJson(dir, ['--report-unused-disables']).run.code).toBe(0);
  });

  it('--prune-suppressions drops a deleted file, and keeps files that were not linted this run', () => {
    const dir = library();
    sb(['lint', '--suppress-all'], dir);
    git(dir, 'rm', '-q', 'playbooks/billing/double-charge.yaml');
    expect(sb(['lint', 'playbooks/delivery.yaml', '--prune-suppressions'], dir).code).toBe(0);
    expect(Object.keys(JSON.parse(readText(dir, SUPPRESSIONS)))).toEqual(['playbooks/refund.yaml']);
  });

  it('--suppress-rule records one rule (repeatable); the others still fail the run', () => {
    const dir = library();
    const run = sb(['lint', '--suppress-rule', 'follow-up-due', '--suppress-rule', 'step-order', '--format', 'json'], dir);
    expect(run.code).toBe(0); // risky-promise stays, a warning
    expect(JSON.parse(readText(dir, SUPPRESSIONS))['playbooks/refund.yaml']).toEqual({ 'follow-up-due': { count: 1 }, 'step-order': { count: 1 } });
    expect(rulesIn(JSON.parse(run.stdout), 'playbooks/refund.yaml')).toEqual(['risky-promise']);
    const unknown = sb(['lint', '--suppress-rule', 'follow-up-dew'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^servicebook: Unknown rule "follow-up-dew" in --suppress-rule\. Did you mean follow-up-due\?/);
  });

  it('--suppressions-location keeps the file elsewhere, with paths relative to it', () => {
    const dir = library();
    const run = sb(['lint', '--suppress-all', '--suppressions-location', 'ci/baseline.json'], dir);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, SUPPRESSIONS))).toBe(false);
    expect(Object.keys(JSON.parse(readText(dir, 'ci/baseline.json')))).toEqual(['../playbooks/billing/double-charge.yaml', '../playbooks/refund.yaml']);
    expect(sb(['lint', '--suppressions-location', 'ci/baseline.json'], dir).code).toBe(0);
    expect(sb(['lint'], dir).code).toBe(1);
    // From a subfolder the config (and so the default file) is found upward.
    sb(['lint', '--suppress-all'], dir);
    expect(sb(['lint'], join(dir, 'playbooks')).code).toBe(0);
  });

  it('a corrupt or hand-edited suppressions file stops the run with its place, exit 2, and is left as it was', () => {
    const dir = library();
    sb(['lint', '--suppress-all'], dir);
    const good = readText(dir, SUPPRESSIONS);
    const cases: [string, RegExp][] = [
      [good.replace('"count": 1', '"count": 1,'), /^servicebook: servicebook-suppressions\.json:5:\d+: the suppressions file is not valid JSON/],
      [good.slice(0, 40), /^servicebook: servicebook-suppressions\.json:\d+:\d+: the suppressions file is not valid JSON/],
      [good.replace('"step-order"', '"step-ordr"'), /^servicebook: servicebook-suppressions\.json:9:5: unknown rule "step-ordr" in the suppressions file\. Did you mean step-order\?/],
      [good.replace('"count": 1', '"count": 0'), /^servicebook: servicebook-suppressions\.json:3:\d+: the entry of follow-up-due must be \{ "count": N \}/],
      [good.replace('"count": 1', '"count": "1"'), /^servicebook: servicebook-suppressions\.json:3:\d+: the entry of follow-up-due/],
      [good.replace('{\n      "count": 1\n    }', '2'), /^servicebook: servicebook-suppressions\.json:3:\d+: the entry of follow-up-due/],
      ['[]\n', /^servicebook: servicebook-suppressions\.json:1:1: the suppressions file must be a JSON object/],
      [good.replace('"playbooks/refund.yaml": {', '"playbooks/refund.yaml": {\n    "step-order": { "count": 1 },'), /^servicebook: servicebook-suppressions\.json:\d+:\d+: .*(twice|duplicate)/i],
    ];
    for (const [index, [text, expected]] of cases.entries()) {
      writeFileSync(join(dir, SUPPRESSIONS), text);
      const commands = index === 0 ? [['lint'], ['lint', '--suppress-all'], ['lint', '--prune-suppressions'], ['validate']] : [['lint', '--suppress-all']];
      for (const args of commands) {
        const run = sb(args, dir);
        expect(run.code, `${args.join(' ')}\n${text}`).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stderr, text).toMatch(expected);
        expect(readText(dir, SUPPRESSIONS)).toBe(text);
      }
    }
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('validate reads the baseline too, and takes no recording options', () => {
    const dir = repository({ 'playbooks/broken.yaml': 'kind: playbook\nformat: 1\nid: broken\n' });
    expect(sb(['validate', 'playbooks'], dir).code).toBe(1);
    expect(sb(['lint', 'playbooks', '--suppress-all'], dir).code).toBe(0);
    const run = sb(['validate', 'playbooks'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('no longer occur');
    expect(sb(['validate', 'playbooks', '--suppress-all'], dir).code).toBe(2);
  });
});
