/** Every rule in the registry has docs and a test, every doc has a rule, and ids follow FORMAT.md §3. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CONTRACT_RULES = [
  'yaml-syntax', 'schema', 'duplicate-id', 'channel-coverage', 'required-steps', 'broken-goto', 'unreachable-step',
  'unknown-placeholder', 'empty-step', 'fact-drift', 'risky-promise', 'no-personalization', 'follow-up-due',
  'step-order', 'politeness', 'channel-limit', 'unknown-playbook', 'public-privacy',
  'unfilled-blank', 'josa-after-placeholder', 'honorific-object', 'blunt-refusal', 'vague-time', 'spelling', 'sms-advertising',
];
const WARN_BY_DEFAULT = [
  'unreachable-step', 'risky-promise', 'no-personalization', 'follow-up-due', 'step-order', 'politeness',
  'josa-after-placeholder', 'honorific-object', 'blunt-refusal', 'vague-time', 'spelling',
];

describe('the rule registry', () => {
  it('lists exactly the rules of FORMAT.md §3, in its order, with its default severities', () => {
    expect(rules.map((rule) => rule.id)).toEqual(CONTRACT_RULES);
    for (const rule of rules) expect(rule.severity, rule.id).toBe(WARN_BY_DEFAULT.includes(rule.id) ? 'warn' : 'error');
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s has a description, examples, docs and messages in both languages', (id, rule) => {
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.examples.bad).not.toBe(rule.examples.good);
    expect(readFileSync(`${root}docs/rules/${id}.md`, 'utf8')).toMatch(new RegExp(`^# ${id}\\n`));
    for (const message of Object.values(rule.messages)) {
      expect(message.en.length).toBeGreaterThan(0);
      expect(message.ko).toMatch(/[가-힣]/);
    }
    if (id !== 'yaml-syntax' && id !== 'schema') expect(existsSync(`${root}test/rules/${id}.test.ts`)).toBe(true);
  });

  it('has no doc without a rule', () => {
    const documented = readdirSync(`${root}docs/rules`).map((file) => file.replace(/\.md$/, ''));
    expect(documented.sort()).toEqual([...CONTRACT_RULES].sort());
  });
});
