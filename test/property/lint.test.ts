/**
 * Generated valid playbooks, written in every YAML style: lint never throws, both parsers agree, and every
 * position lies inside the file and points at the node the finding is about.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { defaultConfig } from '../../src/model/config.js';
import type { FileResult, Finding, Range } from '../../src/core/findings.js';
import { lint, loadProject } from '../../src/engine/lint.js';
import type { Playbook } from '../../src/model/types.js';
import { linesOf, nodePlaces, offsetOf, playbookArbitrary, SEED, toYaml, yamlStyleArbitrary, type NodePlace, type YamlStyle } from './arbitraries.js';

fc.configureGlobal({ seed: SEED, numRuns: 150 });

const config = defaultConfig('/');
const FILE = 'playbooks/generated.yaml';

interface GeneratedFile {
  playbooks: Playbook[];
  style: YamlStyle;
  text: string;
}

const fileArbitrary: fc.Arbitrary<GeneratedFile> = fc
  .record({ playbooks: fc.array(playbookArbitrary(), { minLength: 1, maxLength: 2 }), style: yamlStyleArbitrary })
  .map(({ playbooks, style }) => ({ playbooks, style, text: toYaml(playbooks, style) }));

const lintText = (text: string, parser: 'fast' | 'yaml' = 'fast'): FileResult[] =>
  lint([{ filePath: FILE, text }], { config, mode: 'lint', reportUnusedDisables: true, parser });

/** The text as positions count it: editors do not count a BOM. */
const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

describe('generated valid playbooks', () => {
  it('are schema-valid and read back exactly as generated, by either parser', () => {
    fc.assert(
      fc.property(fileArbitrary, ({ playbooks, text }) => {
        // The generator itself: yaml reads back what it wrote.
        expect(parseAllDocuments(withoutBom(text)).map((document) => document.toJS())).toEqual(playbooks);
        for (const parser of ['fast', 'yaml'] as const) {
          const project = loadProject([{ filePath: FILE, text }], { parser });
          expect(project.findings.get(FILE)).toEqual([]);
          expect(project.playbooks.map((ref) => ref.data)).toEqual(playbooks);
        }
      }),
    );
  });

  it('lint without throwing, and every position lies inside the file', () => {
    fc.assert(
      fc.property(fileArbitrary, ({ text }) => {
        const lines = linesOf(withoutBom(text));
        for (const finding of findingsOf(lintText(text))) {
          expectInside(finding, lines, finding);
          for (const place of finding.flow ?? []) expectInside(place, lines, finding);
        }
      }),
    );
  });

  it('point every finding at the node it is about: a say-finding at the first character of that say', () => {
    fc.assert(
      fc.property(fileArbitrary, ({ text }) => {
        const source = withoutBom(text);
        const places = nodePlaces([parseAllDocuments(source)].flat());
        for (const finding of findingsOf(lintText(text))) {
          const offset = offsetOf(source, finding.line, finding.column);
          const candidates = places.filter((place) => place.start === offset);
          const why = `${finding.ruleId}/${finding.messageId} at ${finding.line}:${finding.column} (${JSON.stringify(finding.data)})\n${source}`;
          // The Korean pack points at the words inside the `say` or `subject` (FORMAT.md §3, issue 15).
          if (INSIDE_TEXT.has(finding.ruleId ?? '') && !candidates.some((place) => isTheNode(finding, place))) {
            const text = places.filter((place) => !place.isKey && (place.path.at(-1) === 'say' || place.path.at(-1) === 'subject'));
            expect(text.some((place) => place.start <= offset && offset < place.end), why).toBe(true);
            continue;
          }
          expect(candidates.some((place) => isTheNode(finding, place)), why).toBe(true);
          if (candidates.some((place) => place.path.at(-1) === 'say' && !place.isKey)) {
            // Independent of the node map: the text before the position is the key `say:`.
            expect(source.slice(0, offset), why).toMatch(/(?:^|[\s{,])(["']?)say\1[ \t]*:\s*$/);
          }
          for (const place of finding.flow ?? []) {
            const at = offsetOf(source, place.line, place.column);
            expect(places.some((node) => node.start === at && (node.isAlias || isStep(node))), why).toBe(true);
          }
        }
      }),
    );
  });

  it('give the same results with the fast parser and with yaml', () => {
    fc.assert(
      fc.property(fileArbitrary, ({ text }) => {
        expect(lintText(text, 'fast')).toEqual(lintText(text, 'yaml'));
      }),
    );
  });

  it('give the same findings however the YAML is written (only positions differ)', () => {
    fc.assert(
      fc.property(fc.array(playbookArbitrary(), { minLength: 1, maxLength: 2 }), yamlStyleArbitrary, yamlStyleArbitrary, (playbooks, one, other) => {
        expect(meanings(lintText(toYaml(playbooks, one)))).toEqual(meanings(lintText(toYaml(playbooks, other))));
      }),
      { numRuns: 80 },
    );
  });
});

/** Rules whose findings point at the words at fault inside a `say` or `subject`. */
const INSIDE_TEXT = new Set(['unfilled-blank', 'josa-after-placeholder', 'honorific-object', 'blunt-refusal', 'vague-time', 'spelling', 'sms-advertising']);

function findingsOf(results: FileResult[]): Finding[] {
  expect(results.map((result) => result.filePath)).toEqual([FILE]);
  return results[0]!.findings;
}

function expectInside(range: Range, lines: readonly string[], finding: Finding): void {
  const why = JSON.stringify(finding);
  expect(range.line, why).toBeGreaterThanOrEqual(1);
  expect(range.line, why).toBeLessThanOrEqual(lines.length);
  expect(range.column, why).toBeGreaterThanOrEqual(1);
  expect(range.column, why).toBeLessThanOrEqual(lines[range.line - 1]!.length + 1);
  expect(range.endLine, why).toBeGreaterThanOrEqual(range.line);
  expect(range.endLine, why).toBeLessThanOrEqual(lines.length);
  expect(range.endColumn, why).toBeGreaterThanOrEqual(1);
  expect(range.endColumn, why).toBeLessThanOrEqual(lines[range.endLine - 1]!.length + 1);
  if (range.endLine === range.line) expect(range.endColumn, why).toBeGreaterThanOrEqual(range.column);
}

const last = (place: NodePlace) => place.path.at(-1);
const text = (place: NodePlace) => (typeof place.value === 'string' ? place.value : '');
/** ['scenarios', 0, 'scripts', 'sms', 'steps', 2, 'say'] → 'sms' */
const channelOf = (place: NodePlace) => place.path[place.path.indexOf('scripts') + 1];
const isStep = (place: NodePlace) => !place.isKey && typeof last(place) === 'number' && place.path.at(-2) === 'steps';
const isScript = (place: NodePlace) => place.path.length === 4 && place.path[0] === 'scenarios' && place.path[2] === 'scripts';

/** Whether the node a finding points at is the one its rule is about. */
function isTheNode(finding: Finding, place: NodePlace): boolean {
  if (place.isAlias) return place.path.at(-1) === 'steps';
  const data = finding.data ?? {};
  const value = !place.isKey;
  switch (finding.ruleId) {
    case 'risky-promise':
      return value && (last(place) === 'say' || last(place) === 'subject') && text(place).toLowerCase().includes(String(data.word).toLowerCase());
    case 'politeness':
      return value && last(place) === 'say' && text(place).includes(String(data.ending).split(' ').at(-1)!);
    case 'empty-step':
      if (!value || last(place) !== 'say') return false;
      if (finding.messageId === 'blank') return text(place).trim() === '';
      if (finding.messageId === 'marker') return text(place).toLowerCase().includes(String(data.marker).toLowerCase().split(/\s/)[0]!);
      return !/[\p{L}\p{N}]/u.test(text(place));
    case 'channel-limit':
      if (finding.messageId === 'missingSubject') return value && channelOf(place) === 'email' && (isScript(place) || last(place) === 'subject');
      if (finding.messageId === 'tooManyChars') return value && last(place) === 'say' && channelOf(place) === 'kakao';
      return value && last(place) === 'say' && channelOf(place) === 'sms';
    case 'public-privacy':
      return value && (last(place) === 'say' || last(place) === 'subject') && channelOf(place) === data.channel;
    case 'unknown-placeholder':
      return value && ['say', 'note', 'customer', 'subject'].includes(String(last(place))) && text(place).includes(String(data.placeholder));
    case 'fact-drift':
      return value && (last(place) === 'say' || last(place) === 'subject');
    case 'duplicate-id':
      return value && last(place) === 'id' && place.value === data.id;
    case 'broken-goto':
      return value && last(place) === 'goto' && place.value === data.target;
    case 'step-order':
      return value && last(place) === 'kind';
    case 'unreachable-step':
    case 'follow-up-due':
      return isStep(place);
    case 'required-steps':
      return value && isScript(place) && channelOf(place) === data.channel;
    case 'no-personalization':
      return place.isKey && isScript(place);
    case 'channel-coverage':
      return value && place.path.length === 3 && last(place) === 'scripts';
    default:
      return false;
  }
}

/** What a finding says, without where: the line numbers some messages quote change with the style. */
function meanings(results: FileResult[]): string[] {
  return findingsOf(results)
    .map(({ ruleId, messageId, data = {} }) => {
      const { line: _line, first: _first, otherLine: _otherLine, ...rest } = data;
      return JSON.stringify({ ruleId, messageId, data: rest });
    })
    .sort();
}
