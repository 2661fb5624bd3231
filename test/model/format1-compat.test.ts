/**
 * Every format 1 document that uses none of the additions gives the same findings as before them (FORMAT.md
 * §1.1 "Additions to format 1"), except where the contract changed a rule on purpose: `no-personalization` is
 * silent on public channels, `channel-limit` counts with facts filled in (its message says so), and the new
 * `public-privacy` may report what it exists for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/model/config.js';
import { lint } from '../../src/engine/lint.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = `${root}test/fixtures/format1/`;

interface Seen {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
}

const before = JSON.parse(readFileSync(`${dir}findings-before.json`, 'utf8')) as Record<string, Seen[]>;
const config = parseConfig('servicebook.yaml', readFileSync(`${root}servicebook.yaml`, 'utf8'), `${root}servicebook.yaml`);
const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
const results = lint(
  files.map((name) => ({ filePath: name, text: readFileSync(`${dir}${name}`, 'utf8') })),
  { config, mode: 'lint' },
);
const now = Object.fromEntries(results.map((result) => [result.filePath, result.findings]));

/**
 * Findings that are new on purpose: channel-limit now reads an SMS with its facts filled in, and this fact
 * holds an en dash that no SMS can carry (FORMAT.md §3 channel-limit: "counted with {{facts.…}} filled in").
 */
const NEW_ON_PURPOSE: Record<string, { ruleId: string; line: number }[]> = {
  'bundled-holiday-peak-season.yaml': [{ ruleId: 'channel-limit', line: 263 }],
};

/** The rules of format 1 before the additions: newer rules (issue 15's text rules) have no baseline to compare with. */
const RULES_BEFORE = new Set([
  'yaml-syntax', 'schema', 'duplicate-id', 'channel-coverage', 'required-steps', 'broken-goto', 'unreachable-step',
  'unknown-placeholder', 'empty-step', 'fact-drift', 'risky-promise', 'no-personalization', 'follow-up-due',
  'step-order', 'politeness', 'channel-limit', 'unknown-playbook',
]);

/** What may differ: the message of channel-limit (it now says facts are filled in), nothing else. */
const shape = ({ ruleId, line, column, message }: Seen) => ({ ruleId, line, column, message: ruleId === 'channel-limit' ? '' : message });
/** The social scripts of the file, by the line of their channel key: no-personalization is silent there now. */
const socialLines = (name: string) =>
  readFileSync(`${dir}${name}`, 'utf8')
    .split('\n')
    .flatMap((text, index) => (/^\s+social:\s*$/.test(text) ? [index + 1] : []));

describe('format 1 documents without the additions', () => {
  it('are the fixtures the baseline was taken on', () => {
    expect(Object.keys(before).sort()).toEqual(files);
    expect(files.length).toBeGreaterThan(30);
    expect(Object.values(before).flat().length).toBeGreaterThan(100);
  });

  it.each(files)('%s gives the same findings as before the additions', (name) => {
    const social = new Set(socialLines(name));
    const expected = before[name]!.filter((finding) => !(finding.ruleId === 'no-personalization' && social.has(finding.line))).map(shape);
    const added = NEW_ON_PURPOSE[name] ?? [];
    const isAdded = (finding: Seen) => added.some((one) => one.ruleId === finding.ruleId && one.line === finding.line);
    const actual = now[name]!.filter((finding) => RULES_BEFORE.has(finding.ruleId ?? '') && !isAdded(finding)).map(shape);
    expect(actual).toEqual(expected);
    for (const one of added) expect(now[name]!.some((finding) => isAdded(finding) && finding.line === one.line)).toBe(true);
  });

  it('only no-personalization on social scripts went away, and it did go', () => {
    const dropped = files.flatMap((name) => {
      const social = new Set(socialLines(name));
      return before[name]!.filter((finding) => finding.ruleId === 'no-personalization' && social.has(finding.line));
    });
    expect(dropped.length).toBeGreaterThan(0);
    for (const name of files) {
      const social = new Set(socialLines(name));
      expect(now[name]!.filter((finding) => finding.ruleId === 'no-personalization' && social.has(finding.line))).toEqual([]);
    }
  });
});
