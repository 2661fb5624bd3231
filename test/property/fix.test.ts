/**
 * `--fix` as a property: over generated playbooks in every YAML style (plain, quoted, literal, folded, flow and
 * block, CRLF, BOM), applying the fixes gives a file that parses to the same documents apart from the fixed
 * strings, each fixed exactly as its corrections say, and every byte outside the fixes is kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { applyFixes } from '../../src/engine/fix.js';
import { lint } from '../../src/engine/lint.js';
import { defaultConfig } from '../../src/model/config.js';
import spelling, { misspellingsIn } from '../../src/rules/spelling.js';
import { defaultPools, playbookArbitrary, SEED, toYaml, yamlStyleArbitrary } from './arbitraries.js';

fc.configureGlobal({ seed: SEED, numRuns: 120 });

const MISSPELT = ['환불이 되요.', '처리가 됬어요.', '연락드릴께요.', '몇일 걸려요.', '금새 도착해요.', '어떻해 드릴까요?', '상담원의 역활입니다.', 'We will recieve it.'];
const pools = defaultPools();
const say = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...MISSPELT), pools.say), { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '\n', '\n\n'))
  .map(([parts, joiner]) => parts.join(joiner));
const fileArbitrary = fc
  .record({ playbook: playbookArbitrary({ pools: { say, short: pools.short } }), style: yamlStyleArbitrary })
  .map(({ playbook, style }) => ({ playbook, text: toYaml([playbook], style) }));

/** The string as the spelling rule corrects it. */
function corrected(text: string): string {
  return misspellingsIn(text)
    .sort((a, b) => b.index - a.index)
    .reduce((fixed, found) => fixed.slice(0, found.index) + found.correction + fixed.slice(found.index + found.word.length), text);
}

/** The value with every `say` and `subject` corrected, everything else as it was. */
function expectedAfterFix(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key === 'say' || key === 'subject' ? corrected(value) : value;
  if (Array.isArray(value)) return value.map((item) => expectedAfterFix(item));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expectedAfterFix(v, k)]));
  return value;
}

describe('lint --fix over generated files', () => {
  it('parses to the same document apart from the fixed strings, and keeps every other byte', () => {
    fc.assert(
      fc.property(fileArbitrary, ({ text }) => {
        const [result] = lint([{ filePath: 'generated.yaml', text: text.replace(/^\uFEFF/, '') }], {
          config: defaultConfig('/'),
          mode: 'lint',
          rules: [spelling],
        });
        const source = text.replace(/^\uFEFF/, '');
        const { text: fixed, fixed: applied } = applyFixes(source, result!.findings);
        // Outside the fixes, the bytes are the file's.
        let at = 0;
        for (const finding of applied) {
          expect(fixed.includes(source.slice(at, finding.fix!.range[0]))).toBe(true);
          at = finding.fix!.range[1];
        }
        const before = parseAllDocuments(source).map((document) => document.toJS());
        const after = parseAllDocuments(fixed).map((document) => document.toJS());
        expect(after).toEqual(before.map((document) => expectedAfterFix(document)));
        // Every misspelling was fixed (an alias shares its anchor's fix), and the fixed file has none left.
        if (result!.findings.length > 0) expect(applied.length).toBeGreaterThan(0);
        const [again] = lint([{ filePath: 'generated.yaml', text: fixed }], { config: defaultConfig('/'), mode: 'lint', rules: [spelling] });
        expect(again!.findings).toEqual([]);
      }),
    );
  });
});
