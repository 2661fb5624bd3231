/**
 * The fast path's positions (js-yaml's node events) are `yaml`'s positions: for every node of every document,
 * its value and its key, and for paths that go past what exists, both parsers give the same range.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/lib/corpus.js';
import type { DataPath } from '../../src/core/findings.js';
import { loadFast } from '../../src/model/fast-yaml.js';
import { parseSource, withoutBom } from '../../src/model/load.js';
import { nodeSpans } from '../../src/model/node-spans.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => path.join(dir, file));
}

/** Every path in a value, and for each mapping and list one that goes past its end. */
function pathsOf(value: unknown, at: DataPath = []): DataPath[] {
  const paths: DataPath[] = [at];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...pathsOf(item, [...at, index])));
    paths.push([...at, value.length], [...at, 'missing']);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...at, key]));
    paths.push([...at, 'missing', 0]);
  }
  return paths;
}

/** Positions from both parsers, in a line each, so that a difference reads as a diff. */
function positions(filePath: string, parser: 'fast' | 'yaml'): string[] {
  const text = readFileSync(filePath, 'utf8');
  const file = parseSource(filePath, text, parser);
  const fast = parseSource(filePath, text, 'fast');
  return file.documents.flatMap((document, index) => {
    const paths = pathsOf(fast.documents[index]?.value);
    const place = (target: 'key' | 'value') => (at: DataPath) => `${index} ${target} ${JSON.stringify(at)} ${JSON.stringify(document.locate(at, target))}`;
    return [`${index} content ${document.contentLine()}`, ...paths.map(place('value')), ...paths.map(place('key'))];
  });
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'servicebook-positions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
writeCorpus({ count: 300, seed: 7, out: scratch });

const files = [
  ...yamlFilesUnder(path.join(root, 'playbooks')),
  ...yamlFilesUnder(path.join(root, 'test', 'fixtures')),
  ...yamlFilesUnder(path.join(root, 'test', 'hostile')),
  ...yamlFilesUnder(scratch),
];

describe('node spans', () => {
  it.each([
    ['---', 'kind: playbook\nscenarios:\n  - id: a\n    say: 마지막 줄\n---\nkind: playbook\nid: b\n'],
    ['...', 'kind: playbook\nid: a\n...\n---\nkind: playbook\nid: b\n'],
  ])('line up for a file of two documents that a %s separates (no look at `yaml` needed)', (_marker, text) => {
    expect(nodeSpans(text)?.map((root) => root.kind)).toEqual(['mapping', 'mapping']);
  });
});

describe('positions on the fast path', () => {
  it('are checked on many files, most of them read by js-yaml', () => {
    const readByJsYaml = files.filter((file) => loadFast(withoutBom(readFileSync(file, 'utf8'))) !== undefined);
    expect(files.length).toBeGreaterThan(330);
    expect(readByJsYaml.length).toBeGreaterThan(files.length * 0.9);
  });

  it.each(files.map((file) => [path.relative(root, file).replace(/servicebook-positions-\w+/, 'generated'), file]))(
    'are those of yaml in %s',
    (_name, file) => {
      expect(positions(file, 'fast')).toEqual(positions(file, 'yaml'));
    },
  );
});

describe('positions on the fast path, around comments and block scalars', () => {
  it.each([
    ['a block scalar followed by comment lines', 'a:\n  b: |-\n    line one\n    line two\n\n  # comment at 2\n# comment at 0\nc: 1\n'],
    ['a block scalar last in its mapping', 'steps:\n  - kind: explanation\n    say: >-\n      접힌\n      문장\n  - kind: follow-up\n    say: |\n      끝\n\n'],
    ['comments after the last value', 'a:\n  b: 1   # one\n  c: [x, y]  # two\n    # more\nd:\n  - e   # three\n'],
    ['a # inside values', 'a: "x # y"\nb: x#y\nc: \'#\'  # real\n'],
    ['an empty value last', 'a:\n  b: 1\n  c:\nd: 2\n'],
    ['two documents, the first ending right before ---', 'a:\n  - b: 1\n    c: 말\n---\nd: [x]\ne: 2\n'],
    ['two documents, the first ending with an empty value before ---', 'a: 1\nb:\n---\nc: 3\n'],
    ['a document closed with ...', 'a:\n  b: 1\n...\n---\nc: 2\n'],
  ])('are those of yaml for %s', (_name, text) => {
    const file = path.join(scratch, 'inline.yaml');
    writeFileSync(file, text);
    expect(positions(file, 'fast')).toEqual(positions(file, 'yaml'));
  });
});
