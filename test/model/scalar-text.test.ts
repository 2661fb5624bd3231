/** Positions inside scalars: a stretch of a string value mapped back through its source, in every style. */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/model/load.js';
import { locateInValue, mapScalar } from '../../src/model/scalar-text.js';

function place(yaml: string, word: string, parser: 'fast' | 'yaml' = 'fast') {
  const file = parseSource('a.yaml', yaml, parser);
  const document = file.documents[0]!;
  const value = (document.value as { say: string }).say;
  const from = value.indexOf(word);
  expect(from, `"${word}" in ${JSON.stringify(value)}`).toBeGreaterThanOrEqual(0);
  return { ...locateInValue(file.text, document, ['say'], from, from + word.length)!, text: file.text };
}

describe('locateInValue', () => {
  it.each([
    ['plain', 'say: 연락드릴께요. 몇일 걸려요.\n'],
    ['plain over two lines', 'say: 안녕하세요.\n  연락드릴께요. 몇일 걸려요.\n'],
    ['single-quoted with an escaped quote', "say: '고객님''s 연락드릴께요. 몇일 걸려요.'\n"],
    ['double-quoted with escapes', 'say: "\\t\\"환불\\" \\uD55C 연락드릴께요. 몇일 걸려요."\n'],
    ['double-quoted over lines with an escaped break', 'say: "안녕하세요.\\\n  연락드릴께요.\n\n  몇일 걸려요."\n'],
    ['literal', 'say: |\n  안녕하세요.\n    들여쓴 줄\n  연락드릴께요. 몇일 걸려요.\n'],
    ['folded', 'say: >-\n  안녕하세요.\n  연락드릴께요.\n\n  몇일 걸려요.\n'],
    ['literal with an indentation indicator', 'say: |2\n    안녕하세요.\n  연락드릴께요. 몇일 걸려요.\n'],
    ['CRLF', 'say: >\r\n  안녕하세요.\r\n  연락드릴께요. 몇일 걸려요.\r\n'],
    ['a tag and an anchor', 'say: !!str &a 연락드릴께요. 몇일 걸려요.\n'],
    ['an emoji before the words', 'say: "😊 연락드릴께요. 몇일 걸려요."\n'],
  ])('%s: the words are where the file has them, with both parsers', (_name, yaml) => {
    for (const parser of ['fast', 'yaml'] as const) {
      for (const word of ['연락드릴께요', '몇일']) {
        const found = place(yaml, word, parser);
        expect(found.text.slice(found.start, found.end)).toBe(word);
        expect(found.verbatim).toBe(true);
        const lines = found.text.split('\n');
        expect(lines[found.range.line - 1]!.slice(found.range.column - 1, found.range.endColumn - 1)).toBe(word);
      }
    }
  });

  it('says a stretch that spans a fold or an escape is not verbatim, so that no fix is written there', () => {
    const folded = place('say: >\n  몇\n  일\n', '몇 일');
    expect(folded.verbatim).toBe(false);
    const escaped = place('say: "\\uBA87일"\n', '몇일');
    expect(escaped.verbatim).toBe(false);
  });

  it('claims nothing where the source does not read back as the value', () => {
    expect(mapScalar('say: 다른 값', 5, 9, '같은 값')).toBeUndefined();
  });
});
