/** The engine: suppression comments, rules that throw, severities, order. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/model/config.js';
import { lint } from '../src/engine/lint.js';
import type { Rule } from '../src/rules/types.js';

/** A rule for engine tests: reports every `say` that contains 100%. */
const hundredPercent: Rule = {
  id: 'risky-promise',
  severity: 'warn',
  description: 'test double of risky-promise',
  messages: { absolute: { en: 'absolute promise: {{word}}', ko: '단정적 약속: {{word}}' } },
  examples: { bad: '', good: '' },
  check(context) {
    for (const at of context.playbooks) {
      at.data.scenarios.forEach((scenario, s) =>
        Object.entries(scenario.scripts).forEach(([channel, script]) =>
          script.steps.forEach((step, i) => {
            if (step.say.includes('100%')) {
              context.report({ at, path: ['scenarios', s, 'scripts', channel, 'steps', i, 'say'], messageId: 'absolute', data: { word: '100%' } });
            }
          }),
        ),
      );
    }
  },
};

const playbook = (steps: string, head = '') => `${head}kind: playbook
format: 1
id: refund-delay
title: 환불 지연
channels: [phone]
scenarios:
  - id: late
    title: 미입금
    when: 입금이 늦다는 문의
    scripts:
      phone:
        steps:
${steps}`;

const run = (text: string, options: { reportUnusedDisables?: boolean; lang?: 'en' | 'ko' } = {}) =>
  lint([{ filePath: 'p.yaml', text }], { config: defaultConfig('/'), mode: 'lint', rules: [hundredPercent], ...options })[0]!.findings;

describe('suppression comments', () => {
  it('next-line covers the line below it, with a reason', () => {
    const text = playbook(`          - kind: explanation
            # servicebook-disable-next-line risky-promise -- 법무팀 승인 문구
            say: 100% 환불을 보장합니다.
          - kind: explanation
            say: 100% 환불됩니다.
`);
    expect(run(text)).toEqual([expect.objectContaining({ ruleId: 'risky-promise', line: 17, column: 18 })]);
  });

  it('a document directive before the first key covers the whole document, and only it', () => {
    const second = playbook('          - kind: explanation\n            say: 100% 환불됩니다.\n').replace('id: refund-delay', 'id: other');
    const text = `${playbook('          - kind: explanation\n            say: 100% 환불됩니다.\n', '# servicebook-disable risky-promise -- 이벤트 기간 문구\n')}---\n${second}`;
    expect(run(text)).toEqual([expect.objectContaining({ ruleId: 'risky-promise', line: 30 })]);
  });

  it('a directive for another rule suppresses nothing', () => {
    const text = playbook(`          - kind: explanation
            # servicebook-disable-next-line politeness -- 인용
            say: 100% 환불됩니다.
`);
    expect(run(text)).toHaveLength(1);
  });

  it('--report-unused-disables reports a directive that suppressed nothing, at the comment', () => {
    const text = playbook(`          - kind: explanation
            # servicebook-disable-next-line risky-promise -- 예전 문구
            say: 환불은 3~5영업일 안에 처리됩니다.
`);
    expect(run(text)).toEqual([]);
    expect(run(text, { reportUnusedDisables: true })).toEqual([
      expect.objectContaining({ ruleId: null, severity: 'error', line: 14, column: 13, message: expect.stringContaining('risky-promise') }),
    ]);
  });
});

describe('the engine', () => {
  it('turns a rule that throws into a finding instead of a crash', () => {
    const broken: Rule = { ...hundredPercent, id: 'empty-step', check: () => { throw new Error('boom'); } };
    const [result] = lint([{ filePath: 'p.yaml', text: playbook('          - kind: empathy\n            say: 죄송합니다.\n') }], {
      config: defaultConfig('/'), mode: 'lint', rules: [broken],
    });
    expect(result!.findings).toEqual([expect.objectContaining({ ruleId: 'empty-step', severity: 'error', message: expect.stringContaining('boom') })]);
  });

  it('messages follow the chosen language', () => {
    const text = playbook('          - kind: explanation\n            say: 100% 환불됩니다.\n');
    expect(run(text, { lang: 'ko' })[0]!.message).toBe('단정적 약속: 100%');
    expect(run(text, { lang: 'en' })[0]!.message).toBe('absolute promise: 100%');
  });

  it('validate runs no rules; a rule set to off reports nothing', () => {
    const inputs = [{ filePath: 'p.yaml', text: playbook('          - kind: explanation\n            say: 100% 환불됩니다.\n') }];
    expect(lint(inputs, { config: defaultConfig('/'), mode: 'validate', rules: [hundredPercent] })[0]!.findings).toEqual([]);
    expect(lint(inputs, { config: defaultConfig('/'), mode: 'lint', rules: [hundredPercent], overrides: { 'risky-promise': 'off' } })[0]!.findings).toEqual([]);
    expect(lint(inputs, { config: defaultConfig('/'), mode: 'lint', rules: [hundredPercent], overrides: { 'risky-promise': 'error' } })[0]!.findings[0]!.severity).toBe('error');
  });
});
