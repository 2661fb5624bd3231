/**
 * risky-promise tests a whole `say` before it splits it into sentences, and skips texts where no risky word
 * can be: that is exact only if every sentence is a stretch of the plain text, between spaces or line breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTextOf, sentencesOfPlain } from '../../src/rules/sentences.js';
import { SEED } from './arbitraries.js';

fc.configureGlobal({ seed: SEED, numRuns: 500 });

// Words, markup, quotes, brackets, sentence ends, emoji and line breaks: what a `say` in Markdown is made of.
const PIECES = [
  '반드시', '환불', '해 드립니다', '즉시', '확인해', '드리겠습니다', 'always', 'never', '100%', ' ', ' ', '  ', '\n', '\r\n',
  '.', '?', '!', '~', '。', '😊', '**', '__', '*', '_', '~~', '`', '[', ']', '(', ')', '](https://a.b/c)', '![x](y.png)',
  '<b>', '</b>', '"', "'", '“', '”', '「', '」', '- ', '# ', '> ', '1. ', '|', '{{facts.window}}', 'https://a.b ',
];

describe('plainTextOf and sentencesOfPlain', () => {
  it('every sentence is a stretch of the plain text that starts and ends at a space, a line break or an end', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const plain = plainTextOf(pieces.join(''));
        for (const sentence of sentencesOfPlain(plain)) {
          const at = [...plain.matchAll(new RegExp(sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((match) => match.index);
          const bounded = at.some((index) => {
            const before = plain[index - 1];
            const after = plain[index + sentence.length];
            return (before === undefined || /\s/.test(before)) && (after === undefined || /\s/.test(after));
          });
          expect(bounded, JSON.stringify({ plain, sentence })).toBe(true);
        }
      }),
    );
  });
});
