import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config.js';
import type { FileResult } from '../../src/core/findings.js';
import junit from '../../src/formatters/junit.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { lint } from '../../src/engine/lint.js';
import { rules } from '../../src/rules/index.js';
import { playbookWith } from '../helpers/ruleTester.js';

const context: FormatContext = { color: false, rules, version: '0.1.0', lang: 'ko', cwd: '/work/project' };

interface TestCase {
  '@_name': string;
  '@_classname': string;
  failure?: { '#text': string; '@_message': string; '@_type': string };
  'system-out'?: string;
}

interface Report {
  testsuites: {
    '@_tests': string;
    '@_failures': string;
    testsuite: { '@_name': string; '@_tests': string; '@_failures': string; '@_errors': string; testcase?: TestCase[] };
  };
}

function parse(xml: string): Report {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => name === 'testcase',
  });
  return parser.parse(xml) as Report;
}

const results: FileResult[] = [
  {
    filePath: 'playbooks/billing/refund.yaml',
    findings: [
      { ruleId: 'required-steps', severity: 'error', message: '공감 단계가 없습니다.', line: 12, column: 9, endLine: 12, endColumn: 30 },
      { ruleId: 'risky-promise', severity: 'warn', message: '"무조건"은 지킬 수 없는 약속입니다.', line: 20, column: 18, endLine: 20, endColumn: 40 },
      { ruleId: 'broken-goto', severity: 'error', message: '`goto: promis` names no step.', line: 31, column: 19, endLine: 31, endColumn: 25 },
    ],
  },
  { filePath: 'clean.yaml', findings: [] },
  {
    filePath: 'playbooks/delivery.v2.yaml',
    findings: [{ ruleId: 'follow-up-due', severity: 'warn', message: '후속 안내 단계에 `due`가 없습니다.', line: 7, column: 11, endLine: 7, endColumn: 20 }],
  },
  {
    filePath: './playbooks/<고객>&"안내".yaml',
    findings: [
      { ruleId: 'empty-step', severity: 'error', message: 'say가 <비어> 있음 & "TODO" ]]> 끝\u0007\r\n다음 줄', line: 1, column: 1, endLine: 1, endColumn: 5 },
    ],
  },
];

describe('junit formatter', () => {
  const xml = junit(results, context);
  const suites = parse(xml).testsuites;
  const cases = suites.testsuite.testcase ?? [];

  it('counts tests and failed files, warnings failing none', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="servicebook" tests="4" failures="2" errors="0">')).toBe(true);
    expect(suites.testsuite).toMatchObject({ '@_name': 'servicebook', '@_tests': '4', '@_failures': '2', '@_errors': '0' });
    expect(cases.map((testCase) => [testCase['@_name'], testCase.failure !== undefined])).toEqual([
      ['playbooks/billing/refund.yaml', true],
      ['clean.yaml', false],
      ['playbooks/delivery.v2.yaml', false],
      ['./playbooks/<고객>&"안내".yaml', true],
    ]);
  });

  it.each([
    ['playbooks/billing/refund.yaml', 'servicebook.playbooks.billing'],
    ['clean.yaml', 'servicebook'],
    ['playbooks/delivery.v2.yaml', 'servicebook.playbooks'],
    ['./playbooks/<고객>&"안내".yaml', 'servicebook.playbooks'],
  ])('names the class of %s after its folder: %s', (filePath, classname) => {
    expect(cases.find((testCase) => testCase['@_name'] === filePath)?.['@_classname']).toBe(classname);
  });

  it('gives a file with errors one failure listing every error, and its warnings as output', () => {
    const [refund] = cases;
    expect(refund?.failure?.['@_message']).toBe('오류 2개: 공감 단계가 없습니다.');
    expect(refund?.failure?.['@_type']).toBe('servicebook');
    expect(refund?.failure?.['#text'].trim().split('\n')).toEqual([
      'playbooks/billing/refund.yaml:12:9: 오류 공감 단계가 없습니다. (required-steps)',
      'playbooks/billing/refund.yaml:31:19: 오류 `goto: promis` names no step. (broken-goto)',
    ]);
    expect(refund?.['system-out']?.trim()).toBe('playbooks/billing/refund.yaml:20:18: 경고 "무조건"은 지킬 수 없는 약속입니다. (risky-promise)');
  });

  it('keeps warnings of an otherwise clean file out of failures', () => {
    expect(cases[2]).not.toHaveProperty('failure');
    expect(cases[2]?.['system-out']?.trim()).toBe('playbooks/delivery.v2.yaml:7:11: 경고 후속 안내 단계에 `due`가 없습니다. (follow-up-due)');
  });

  it('escapes <, &, " and ]]>, keeps Hangul, and replaces characters XML 1.0 cannot hold', () => {
    const risky = cases[3];
    expect(risky?.['@_name']).toBe('./playbooks/<고객>&"안내".yaml');
    expect(risky?.failure?.['@_type']).toBe('empty-step');
    expect(risky?.failure?.['@_message']).toBe('say가 <비어> 있음 & "TODO" ]]> 끝\uFFFD\r\n다음 줄');
    expect(risky?.failure?.['#text'].trim()).toBe('./playbooks/<고객>&"안내".yaml:1:1: 오류 say가 <비어> 있음 & "TODO" ]]> 끝\uFFFD\r\n다음 줄 (empty-step)');
    expect(xml).toContain('name="./playbooks/&lt;고객&gt;&amp;&quot;안내&quot;.yaml"');
    expect(xml).not.toContain('\u0007');
  });

  it('writes whitespace in attributes as references, so parsers keep it', () => {
    const xmlWithNewline = junit([{ filePath: 'a\tb\nc.yaml', findings: [] }], context);
    expect(xmlWithNewline).toContain('name="a&#9;b&#10;c.yaml"');
    expect(parse(xmlWithNewline).testsuites.testsuite.testcase?.[0]?.['@_name']).toBe('a\tb\nc.yaml');
  });

  it('speaks English when asked', () => {
    const english = parse(junit(results, { ...context, lang: 'en' }));
    expect(english.testsuites.testsuite.testcase?.[0]?.failure?.['@_message']).toBe('2 errors: 공감 단계가 없습니다.');
  });

  it('writes an empty suite for no files', () => {
    expect(parse(junit([], context)).testsuites.testsuite).toMatchObject({ '@_tests': '0', '@_failures': '0' });
  });
});

describe('junit formatter on real lint results', () => {
  const broken = playbookWith({
    scripts: ['      chat:', '        steps:', '          - kind: empaty', '            say: 불편을 드려 죄송합니다.'].join('\n'),
  });
  const found = lint([{ filePath: 'playbooks/refund.yaml', text: broken }], { config: defaultConfig('/'), mode: 'lint', lang: 'ko' });

  it('fails the file on its schema error', () => {
    const testCase = parse(junit(found, context)).testsuites.testsuite.testcase?.[0];
    expect(testCase).toMatchObject({ '@_name': 'playbooks/refund.yaml', '@_classname': 'servicebook.playbooks' });
    expect(testCase?.failure).toMatchObject({ '@_type': 'schema' });
    expect(testCase?.failure?.['@_message']).toMatch(/^`empaty`은\(는\) 단계 종류가 아닙니다/);
    expect(testCase?.failure?.['#text']).toContain('playbooks/refund.yaml:13:19: 오류 `empaty`은(는) 단계 종류가 아닙니다');
  });
});
