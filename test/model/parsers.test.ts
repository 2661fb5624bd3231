/** The fast parser must never change an answer: same values, same findings, same positions as `yaml`. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config.js';
import { lint } from '../../src/engine/lint.js';
import fc from 'fast-check';
import { CST, Lexer } from 'yaml';
import { loadFast, needsFullParser } from '../../src/model/fast-yaml.js';
import { parseSource } from '../../src/model/load.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => path.join(dir, file));
}

const files = [...yamlFilesUnder('playbooks'), ...yamlFilesUnder('test/fixtures')];

describe('fast and full parser', () => {
  it.each(files)('give the same findings for %s', (file) => {
    const inputs = [{ filePath: file, text: readFileSync(path.join(root, file), 'utf8') }];
    const options = { config: defaultConfig(root), mode: 'lint' as const, reportUnusedDisables: true };
    expect(lint(inputs, { ...options, parser: 'fast' })).toEqual(lint(inputs, { ...options, parser: 'yaml' }));
  });

  it('report what yaml rejects even where js-yaml would forgive it', () => {
    const text = 'kind: playbook\ntitle: "환불\n지연 문의"\nformat: 1\n';
    const [result] = lint([{ filePath: 'x.yaml', text }], { config: defaultConfig(root), mode: 'validate' });
    expect(result!.findings[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 2 });
  });

  it.each([
    ['integers', 'a: 12\nb: 0o17\nc: 0x1F\nd: 0b101\ne: -3\nf: 1_000\ng: 017'],
    ['floats', 'a: 1.5\nb: +.5\nc: 1e3\nd: .inf\ne: -.INF\nf: .NaN\ng: 0.'],
    ['booleans and nulls', 'a: true\nb: True\nc: TRUE\nd: tRue\ne: yes\nf: ~\ng: null\nh:\ni: NULL'],
    ['strings that look like other things', 'a: 2026-01-01\nb: "12"\nc: 1:20\nd: 3~5영업일\ne: 1588-0000'],
    ['block scalars and flow collections', 'a: |\n  줄 하나\n  줄 둘\nb: >-\n  접힌\n  문장\nc: [1, "두", {x: 3}]'],
  ])('read %s as yaml does', (_name, text) => {
    const fast = loadFast(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(parseSource('x.yaml', text, 'yaml').documents.map((document) => document.value));
  });

  it("leave every anchor, alias, tag and directive that yaml's lexer finds to yaml", () => {
    const text = fc.string({
      unit: fc.constantFrom('&', '*', '!', '%', ' ', '\n', '\r', '\t', '[', '{', ',', ']', '}', 'a', '가', ':', '- ', '|', '>', '"', "'", '#', '\u2028', '\u00a0', '\u3000'),
      maxLength: 16,
    });
    const hasProperty = (sample: string) =>
      [...new Lexer().lex(sample)].some((token) => ['anchor', 'alias', 'tag', 'directive-line'].includes(CST.tokenType(token) ?? ''));
    fc.assert(
      fc.property(text, (sample) => {
        if (hasProperty(sample)) expect(needsFullParser(sample)).toBe(true);
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });

  it.each([
    ['an anchor and alias', 'a: &x [1]\nb: *x'],
    ['a tag', 'a: !!str 12'],
    ['a directive', '%YAML 1.2\n---\na: 1'],
    ['a repeated key', 'a: 1\na: 2'],
    ['an empty document', '---\n---\na: 1'],
    ['a quoted value going on past its line', 'kind: playbook\ntitle: "환불\n지연 문의"\nformat: 1\n'],
    ["a single-quoted value going on past its line", "title: '환불\n  지연'\n"],
    ['a flow sequence going on past its line', 'channels: [phone,\nemail]\n'],
    // Found by the property tests with other seeds (FC_SEED=1, 3, 5), and read by js-yaml before: the first
    // two and the last are files yaml rejects; in the third a quoted bracket hid a collection going on.
    ['a quoted value going on past its line after a quoted key', '"say": "  key: value\n\t\n  more"\n'],
    ['a single-quoted value going on past its line after a quoted key', "- 'customer': '>-\n    OK.\n  'goto': end\n"],
    ['a flow sequence whose quoted item holds a closing bracket', 'tags: ["a]", \n  b]\n'],
    ['a lone carriage return', '"kind": |-\r'],
  ])('leave %s to yaml', (_name, text) => {
    expect(loadFast(text)).toBeUndefined();
  });
});
