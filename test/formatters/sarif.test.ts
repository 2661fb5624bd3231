import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config.js';
import type { FileResult } from '../../src/core/findings.js';
import { UNUSED_DISABLE_RULE_ID } from '../../src/core/findings.js';
import sarif from '../../src/formatters/sarif.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { lint } from '../../src/engine/lint.js';
import { rules as registry } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import { playbookWith } from '../helpers/ruleTester.js';

// The official SARIF 2.1.0 schema (draft-04), as @microsoft/jest-sarif ships it.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// unicodeRegExp off: the schema's `language` pattern has a stray `]` that the u flag rejects.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValidSarif(output: string): SarifLog {
  const log: unknown = JSON.parse(output);
  expect(validate(log), ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
  return log as SarifLog;
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: Record<string, any>[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    artifacts: { location: { uri: string; uriBaseId?: string } }[];
    results: Record<string, any>[];
  }[];
}

const requiredSteps: Rule = {
  id: 'required-steps',
  severity: 'error',
  description: 'Some path through a script never passes a required kind.',
  messages: {},
  examples: {
    bad: 'steps:\n  - kind: greeting\n    say: 안녕하세요.',
    good: 'steps:\n  - kind: empathy\n    say: 불편을 드려 죄송합니다.',
  },
  check() {},
};

const riskyPromise: Rule = {
  id: 'risky-promise',
  severity: 'warn',
  description: 'A `say` promises the absolute.',
  messages: {},
  examples: { bad: 'say: 무조건 오늘 환불됩니다.', good: 'say: 오늘 환불 요청을 접수하겠습니다.' },
  check() {},
};

const followUpDue: Rule = {
  id: 'follow-up-due',
  severity: 'warn',
  description: 'A follow-up step has no `due`.',
  messages: {},
  examples: { bad: '```\nkind: follow-up', good: 'kind: follow-up\ndue: P1D' },
  check() {},
};

const context: FormatContext = {
  color: false,
  rules: [requiredSteps, riskyPromise, followUpDue],
  version: '0.1.0',
  lang: 'ko',
  cwd: '/work/project',
};

const results: FileResult[] = [
  {
    filePath: 'playbooks/refund.yaml',
    findings: [
      {
        ruleId: 'required-steps',
        severity: 'error',
        message: '공감 단계가 없습니다: 인사 → 설명 → 종료',
        line: 12,
        column: 9,
        endLine: 14,
        endColumn: 30,
        flow: [
          { message: '인사', line: 12, column: 11, endLine: 12, endColumn: 25 },
          { message: '설명', line: 14, column: 11, endLine: 14, endColumn: 30 },
        ],
      },
      { ruleId: 'risky-promise', severity: 'warn', message: '"무조건"은 지킬 수 없는 약속입니다.', line: 20, column: 18, endLine: 20, endColumn: 40 },
      { ruleId: null, severity: 'error', message: 'Unused servicebook-disable directive.', line: 30, column: 5, endLine: 30, endColumn: 60 },
    ],
  },
  { filePath: 'playbooks/clean.yaml', findings: [] },
  {
    filePath: 'playbooks\\결제 오류.yaml',
    findings: [{ ruleId: 'unknown-rule', severity: 'warn', message: '?', line: 1, column: 1, endLine: 1, endColumn: 1 }],
  },
  {
    filePath: '/srv/cs/playbooks/delivery.yaml',
    findings: [{ ruleId: 'risky-promise', severity: 'warn', message: '"반드시"', line: 3, column: 2, endLine: 3, endColumn: 9 }],
  },
];

describe('sarif formatter', () => {
  const log = expectValidSarif(sarif(results, context));
  const run = log.runs[0]!;

  it('is a SARIF 2.1.0 log with one run of servicebook', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'servicebook', version: '0.1.0', informationUri: 'https://github.com/servicebook/servicebook' });
  });

  it('lists every rule, also those that did not fire, then the unused-directive descriptor', () => {
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(['required-steps', 'risky-promise', 'follow-up-due', UNUSED_DISABLE_RULE_ID]);
    expect(run.tool.driver.rules[1]).toEqual({
      id: 'risky-promise',
      shortDescription: { text: 'A `say` promises the absolute.' },
      fullDescription: { text: 'A `say` promises the absolute.' },
      help: {
        text: 'A `say` promises the absolute.\n\nBad:\n    say: 무조건 오늘 환불됩니다.\n\nGood:\n    say: 오늘 환불 요청을 접수하겠습니다.',
        markdown:
          'A `say` promises the absolute.\n\nBad:\n\n```yaml\nsay: 무조건 오늘 환불됩니다.\n```\n\nGood:\n\n```yaml\nsay: 오늘 환불 요청을 접수하겠습니다.\n```',
      },
      helpUri: 'https://github.com/servicebook/servicebook/blob/main/docs/rules/risky-promise.md',
      defaultConfiguration: { level: 'warning' },
    });
    expect(run.tool.driver.rules[0]!.defaultConfiguration).toEqual({ level: 'error' });
  });

  it('fences an example that holds backticks with a longer fence', () => {
    expect(run.tool.driver.rules[2]!.help.markdown).toContain('Bad:\n\n````yaml\n```\nkind: follow-up\n````');
  });

  it.each([
    [0, { ruleId: 'required-steps', ruleIndex: 0, level: 'error' }],
    [1, { ruleId: 'risky-promise', ruleIndex: 1, level: 'warning' }],
    [2, { ruleId: UNUSED_DISABLE_RULE_ID, ruleIndex: 3, level: 'error' }],
    [3, { ruleId: 'unknown-rule', level: 'warning' }],
  ])('result %i names its rule and level', (index, expected) => {
    const result = run.results[index]!;
    expect(result).toMatchObject(expected);
    if (!('ruleIndex' in expected)) expect(result).not.toHaveProperty('ruleIndex');
  });

  it('places a result with a region and a URI relative to %SRCROOT%', () => {
    expect(run.results[1]!.message).toEqual({ text: '"무조건"은 지킬 수 없는 약속입니다.' });
    expect(run.results[1]!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'playbooks/refund.yaml', uriBaseId: '%SRCROOT%', index: 0 },
          region: { startLine: 20, startColumn: 18, endLine: 20, endColumn: 40 },
        },
      },
    ]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/project/' } });
  });

  it.each([
    ['playbooks/refund.yaml', { uri: 'playbooks/refund.yaml', uriBaseId: '%SRCROOT%' }],
    ['playbooks/clean.yaml', { uri: 'playbooks/clean.yaml', uriBaseId: '%SRCROOT%' }],
    ['backslashes and Hangul', { uri: 'playbooks/%EA%B2%B0%EC%A0%9C%20%EC%98%A4%EB%A5%98.yaml', uriBaseId: '%SRCROOT%' }],
    ['an absolute path', { uri: 'file:///srv/cs/playbooks/delivery.yaml' }],
  ])('lists every file as an artifact: %s', (_name, location) => {
    expect(run.artifacts.map((artifact) => artifact.location)).toContainEqual(location);
  });

  it('turns a flow into a code flow, one thread-flow location per step', () => {
    expect(run.results[0]!.codeFlows).toEqual([
      {
        threadFlows: [
          {
            locations: [
              {
                location: {
                  physicalLocation: {
                    artifactLocation: { uri: 'playbooks/refund.yaml', uriBaseId: '%SRCROOT%', index: 0 },
                    region: { startLine: 12, startColumn: 11, endLine: 12, endColumn: 25 },
                  },
                  message: { text: '인사' },
                },
              },
              {
                location: {
                  physicalLocation: {
                    artifactLocation: { uri: 'playbooks/refund.yaml', uriBaseId: '%SRCROOT%', index: 0 },
                    region: { startLine: 14, startColumn: 11, endLine: 14, endColumn: 30 },
                  },
                  message: { text: '설명' },
                },
              },
            ],
          },
        ],
      },
    ]);
    expect(run.results[1]).not.toHaveProperty('codeFlows');
  });

  it('gives the same bytes for the same input, with no time in them', () => {
    const output = sarif(results, context);
    expect(sarif(results, context)).toBe(output);
    expect(output).not.toMatch(/Time|"invocations"/);
  });

  it('leaves out originalUriBaseIds for a relative cwd rather than read the process directory', () => {
    const relative = expectValidSarif(sarif(results, { ...context, cwd: '.' }));
    expect(relative.runs[0]).not.toHaveProperty('originalUriBaseIds');
  });

  it.each([
    ['a level SARIF does not know', (log: SarifLog) => (log.runs[0]!.results[0]!.level = 'warn')],
    ['a relative helpUri', (log: SarifLog) => (log.runs[0]!.tool.driver.rules[0]!.helpUri = 'docs/rules/required-steps.md')],
    ['a URI with a raw space', (log: SarifLog) => (log.runs[0]!.artifacts[0]!.location.uri = 'playbooks/환불 지연.yaml')],
  ])('checks against a schema that would catch %s', (_name, breakIt) => {
    const log = JSON.parse(sarif(results, context)) as SarifLog;
    breakIt(log);
    expect(validate(log)).toBe(false);
  });

  it('is valid with no files and no rules', () => {
    const empty = expectValidSarif(sarif([], { ...context, rules: [] }));
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toEqual([UNUSED_DISABLE_RULE_ID]);
  });
});

describe('sarif formatter on real lint results', () => {
  const broken = playbookWith({
    scripts: [
      '      chat:',
      '        steps:',
      '          - kind: empaty',
      '            # servicebook-disable-next-line risky-promise -- 법무팀 승인 문구',
      '            say: 불편을 드려 죄송합니다.',
    ].join('\n'),
  });
  const found = lint([{ filePath: 'playbooks/환불 지연.yaml', text: broken }], {
    config: defaultConfig('/'),
    mode: 'lint',
    reportUnusedDisables: true,
    lang: 'ko',
  });

  it('is valid against the official schema and lists every registered rule', () => {
    const log = expectValidSarif(sarif(found, { ...context, rules: registry }));
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual([...registry.map((rule) => rule.id), UNUSED_DISABLE_RULE_ID]);
    expect(run.results.map((result) => [result.ruleId, result.locations[0].physicalLocation.region.startLine])).toEqual([
      ['schema', 13],
      [UNUSED_DISABLE_RULE_ID, 14],
    ]);
    expect(run.results[0]!.locations[0].physicalLocation.artifactLocation.uri).toBe('playbooks/%ED%99%98%EB%B6%88%20%EC%A7%80%EC%97%B0.yaml');
  });

  it('carries a flow the engine located into a valid code flow', () => {
    const skipsEmpathy: Rule = {
      ...requiredSteps,
      messages: { missing: { en: 'No {{kind}} step on this path.', ko: '{{kind}} 단계가 없습니다.' } },
      check(ruleContext) {
        for (const at of ruleContext.playbooks) {
          const steps = ['scenarios', 0, 'scripts', 'chat', 'steps'];
          ruleContext.report({
            at,
            path: ['scenarios', 0, 'scripts', 'chat'],
            messageId: 'missing',
            data: { kind: 'empathy' },
            flow: [
              { path: [...steps, 0], message: 'greeting' },
              { path: [...steps, 1], message: 'closing' },
            ],
          });
        }
      },
    };
    const playbook = playbookWith({
      scripts: [
        '      chat:',
        '        steps:',
        '          - kind: greeting',
        '            say: 안녕하세요, 고객센터입니다.',
        '          - kind: closing',
        '            say: 이용해 주셔서 감사합니다.',
      ].join('\n'),
    });
    const linted = lint([{ filePath: 'playbooks/greeting.yaml', text: playbook }], {
      config: defaultConfig('/'),
      mode: 'lint',
      rules: [skipsEmpathy],
      lang: 'ko',
    });
    const log = expectValidSarif(sarif(linted, { ...context, rules: [skipsEmpathy] }));
    const result = log.runs[0]!.results[0]!;
    expect(result).toMatchObject({ ruleId: 'required-steps', ruleIndex: 0, level: 'error', message: { text: 'empathy 단계가 없습니다.' } });
    const places = result.codeFlows[0].threadFlows[0].locations.map((place: any) => [place.location.message.text, place.location.physicalLocation.region.startLine]);
    expect(places).toEqual([
      ['greeting', 13],
      ['closing', 15],
    ]);
  });
});

describe('partialFingerprints', () => {
  /** Two identical risky promises in one script (two findings alike), and a duplicate step id (whose message names a line). */
  const script = (before: string) =>
    playbookWith({
      scripts: [
        '      chat:',
        '        steps:',
        before,
        '          - id: sorry',
        '            kind: empathy',
        '            say: 죄송합니다. 무조건 오늘 처리됩니다.',
        '          - id: sorry',
        '            kind: explanation',
        '            say: 죄송합니다. 무조건 오늘 처리됩니다.',
        '          - kind: follow-up',
        '            say: 내일 오후 3시까지 다시 연락드리겠습니다.',
        '            due: P1D',
      ].filter(Boolean).join('\n'),
    });
  const run = (text: string, lang: 'en' | 'ko' = 'en') => {
    const found = lint([{ filePath: 'playbooks/refund.yaml', text }], { config: defaultConfig('/work/project'), mode: 'lint', lang });
    return expectValidSarif(sarif(found, { ...context, rules: registry, lang }));
  };
  const prints = (log: SarifLog) => log.runs[0]!.results.map((result) => [result.ruleId, result.partialFingerprints]);
  /** The lines of the findings on steps (a finding on the script stays at `steps:`). */
  const lines = (log: SarifLog) =>
    log.runs[0]!.results.filter((result) => ['risky-promise', 'duplicate-id'].includes(result.ruleId)).map((result) => result.locations[0].physicalLocation.region.startLine as number);

  it('every result has them; two findings alike in one file are two alerts', () => {
    const log = run(script(''));
    const riskies = log.runs[0]!.results.filter((result) => result.ruleId === 'risky-promise');
    expect(riskies).toHaveLength(2);
    for (const result of log.runs[0]!.results) {
      expect(result.partialFingerprints).toEqual({ primaryLocationLineHash: expect.stringMatching(/^[0-9a-f]{16}:\d+$/), 'servicebook/v1': expect.stringMatching(/^[0-9a-f]{64}$/) });
    }
    expect(new Set(log.runs[0]!.results.map((result) => result.partialFingerprints['servicebook/v1'])).size).toBe(log.runs[0]!.results.length);
  });

  it('are the same from run to run, when lines move, and in either language', () => {
    const first = run(script(''));
    expect(prints(run(script('')))).toEqual(prints(first));
    const moved = run(script(['          - kind: greeting', '            say: 안녕하세요, 고객센터입니다.'].join('\n')));
    // The steps moved down two lines, the duplicate-id message names the new line of the first `sorry`, yet the fingerprints stay.
    expect(lines(moved)).toEqual(lines(first).map((line) => line + 2));
    expect(moved.runs[0]!.results.map((result) => result.message.text)).not.toEqual(first.runs[0]!.results.map((result) => result.message.text));
    expect(prints(moved)).toEqual(prints(first));
    expect(prints(run(script(''), 'ko'))).toEqual(prints(first));
  });

  it('change when the finding changes', () => {
    const first = run(script(''));
    const other = run(script('').replace('id: refund-delay', 'id: refund-later'));
    expect(prints(other)).toEqual(prints(first)); // the playbook id is not in these findings
    const renamed = run(script('').replaceAll('id: sorry', 'id: apology'));
    const duplicate = (log: SarifLog) => log.runs[0]!.results.find((result) => result.ruleId === 'duplicate-id')!.partialFingerprints;
    expect(duplicate(renamed)).not.toEqual(duplicate(first));
  });
});

describe('a run past 25,000 results', () => {
  it('keeps 25,000, errors first, and says so in a tool notification', () => {
    const finding = (severity: 'error' | 'warn', line: number) => ({ ruleId: severity === 'error' ? 'required-steps' : 'risky-promise', severity, message: `problem ${line}`, line, column: 1, endLine: line, endColumn: 2 });
    const many: FileResult[] = [
      { filePath: 'playbooks/a.yaml', findings: Array.from({ length: 20_000 }, (_, i) => finding('warn', i + 1)) },
      { filePath: 'playbooks/b.yaml', findings: Array.from({ length: 6_000 }, (_, i) => finding('error', i + 1)) },
    ];
    const log = expectValidSarif(sarif(many, context)) as SarifLog & { runs: { invocations?: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] };
    const kept = log.runs[0]!.results;
    expect(kept).toHaveLength(25_000);
    expect(kept.slice(0, 6_000).every((result) => result.level === 'error')).toBe(true);
    expect(kept.slice(6_000).every((result) => result.level === 'warning')).toBe(true);
    expect(log.runs[0]!.invocations).toEqual([
      { executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: expect.stringContaining('servicebook found 26,000 problems; this report holds 25,000 of them (errors first)') } }] },
    ]);
    // Every file is still listed.
    expect(log.runs[0]!.artifacts).toHaveLength(2);
  });

  it('at 25,000 or fewer: every result, no notification', () => {
    const log = expectValidSarif(sarif(results, context)) as SarifLog & { runs: { invocations?: unknown }[] };
    expect(log.runs[0]!.invocations).toBeUndefined();
  });
});
