import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config.js';
import type { FileResult, Finding } from '../../src/core/findings.js';
import github from '../../src/formatters/github.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { lint } from '../../src/engine/lint.js';
import { rules } from '../../src/rules/index.js';
import { playbookWith } from '../helpers/ruleTester.js';

const context: FormatContext = { color: false, rules, version: '0.1.0', lang: 'ko', cwd: '/work/project' };

function finding(overrides: Partial<Finding>): Finding {
  return { ruleId: 'required-steps', severity: 'error', message: '공감 단계가 없습니다', line: 12, column: 9, endLine: 12, endColumn: 30, ...overrides };
}

describe('github formatter', () => {
  it.each([
    [
      'an error',
      'playbooks/refund.yaml',
      finding({}),
      '::error file=playbooks/refund.yaml,line=12,col=9::공감 단계가 없습니다 (required-steps)',
    ],
    [
      'a warning',
      'playbooks/refund.yaml',
      finding({ ruleId: 'risky-promise', severity: 'warn', message: '"무조건"은 지킬 수 없는 약속입니다.', line: 20, column: 18, endLine: 21, endColumn: 4 }),
      '::warning file=playbooks/refund.yaml,line=20,col=18::"무조건"은 지킬 수 없는 약속입니다. (risky-promise)',
    ],
    [
      '%, CR and LF in the message, while : and , stay',
      'playbooks/refund.yaml',
      finding({ message: '100% 환불: 보장,\r\n약속 불가' }),
      '::error file=playbooks/refund.yaml,line=12,col=9::100%25 환불: 보장,%0D%0A약속 불가 (required-steps)',
    ],
    [
      ': , % and newlines in a property',
      'C:\\cs\\a,b%c\nd.yaml',
      finding({}),
      '::error file=C%3A/cs/a%2Cb%25c%0Ad.yaml,line=12,col=9::공감 단계가 없습니다 (required-steps)',
    ],
    [
      'an unused disable directive (no rule id)',
      'playbooks/환불 지연.yaml',
      finding({ ruleId: null, message: 'Unused servicebook-disable directive.', line: 3, column: 1, endLine: 3, endColumn: 50 }),
      '::error file=playbooks/환불 지연.yaml,line=3,col=1::Unused servicebook-disable directive. (unused-disable-directive)',
    ],
    [
      'a message that tries to forge a command',
      'a.yaml',
      finding({ message: 'x\n::error file=evil.yaml::gotcha' }),
      '::error file=a.yaml,line=12,col=9::x%0A::error file=evil.yaml::gotcha (required-steps)',
    ],
  ])('writes %s as one command line', (_name, filePath, found, line) => {
    expect(github([{ filePath, findings: [found] }], context)).toBe(`${line}\n`);
  });

  it('writes one line per finding, in order, and nothing for clean files', () => {
    const results: FileResult[] = [
      { filePath: 'clean.yaml', findings: [] },
      { filePath: 'a.yaml', findings: [finding({ line: 1 }), finding({ line: 2, severity: 'warn' })] },
      { filePath: 'b.yaml', findings: [finding({ line: 3 })] },
    ];
    expect(github(results, context).split('\n').map((line) => line.slice(0, line.indexOf(',col=')))).toEqual([
      '::error file=a.yaml,line=1',
      '::warning file=a.yaml,line=2',
      '::error file=b.yaml,line=3',
      '',
    ]);
  });

  it('prints nothing at all when every file is clean', () => {
    expect(github([{ filePath: 'clean.yaml', findings: [] }], context)).toBe('');
    expect(github([], context)).toBe('');
  });
});

describe('github formatter on real lint results', () => {
  it('annotates the schema error and the unused directive', () => {
    const broken = playbookWith({
      scripts: [
        '      chat:',
        '        steps:',
        '          - kind: empaty',
        '            # servicebook-disable-next-line risky-promise -- 법무팀 승인 문구',
        '            say: 불편을 드려 죄송합니다.',
      ].join('\n'),
    });
    const results = lint([{ filePath: 'playbooks/refund.yaml', text: broken }], {
      config: defaultConfig('/'),
      mode: 'lint',
      reportUnusedDisables: true,
      lang: 'ko',
    });
    expect(github(results, context)).toBe(
      [
        '::error file=playbooks/refund.yaml,line=13,col=19::`empaty`은(는) 단계 종류가 아닙니다(시나리오 "refund-not-received" › chat 스크립트 › 1번째 단계 › `kind`). 혹시 `empathy` 아닌가요? (schema)',
        '::error file=playbooks/refund.yaml,line=14,col=13::쓰이지 않은 servicebook-disable 주석입니다(risky-promise 규칙이 보고한 문제가 없습니다). (unused-disable-directive)',
        '',
      ].join('\n'),
    );
  });
});
