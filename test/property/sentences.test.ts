/**
 * risky-promise tests a whole `say` before it splits it into sentences, and skips texts where no risky word
 * can be: that is exact only if every sentence is a stretch of the plain text, between spaces or line breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsPolitely, impoliteEnding } from '../../src/rules/korean-endings.js';
import { endOfWords, finalWords, plainTextOf, sentenceBoundsOfPlain, sentencesOfPlain } from '../../src/rules/sentences.js';
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

describe('sentenceBoundsOfPlain and finalWords', () => {
  // politeness reads each sentence in place: it must see what it would see in the sentence cut out.
  it('the final words of a sentence read in place are those of the sentence cut out', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, '줄게', '했다', '(제주 제외)', 'ㅎㅎ', '확인해 '), { maxLength: 40 }), (pieces) => {
        const plain = plainTextOf(pieces.join(''));
        const bounds = sentenceBoundsOfPlain(plain);
        for (let index = 0; index < bounds.length; index += 2) {
          const [start, end] = [bounds[index]!, bounds[index + 1]!];
          const sentence = plain.slice(start, end);
          expect(finalWords(plain, start, end)).toEqual(finalWords(sentence));
          expect(endOfWords(plain, start, end) - start).toBe(endOfWords(sentence, 0, sentence.length));
        }
      }),
    );
  });

  it.each(['확인했습니다', '도와드릴까요', '기다려 주십시오', '괜찮습니까', '알려 드릴게요'])('%s ends politely, and impoliteEnding agrees', (word) => {
    expect(endsPolitely(word, word.length)).toBe(true);
    expect(impoliteEnding(word.split(' ').at(-1)!)).toBeUndefined();
  });

  it.each(['줄게', '했다', '됐니', '기다려', '드릴까', '하니까'])('%s is not settled as polite', (word) => {
    expect(endsPolitely(word, word.length)).toBe(false);
  });
});

describe('plainTextOf', () => {
  // Its first test lets most says through untouched: each of these must still be changed by the step it needs.
  it.each([
    ['a CRLF line break', '확인했습니다.\r\n감사합니다.'],
    ['a table row', '| 항목 | 금액 |'],
    ['a list marker', '- 환불 접수'],
    ['a numbered item', '1. 환불 접수'],
    ['a heading', '# 안내'],
    ['a line break before a helper verb', '확인해\n드리겠습니다.'],
    ['inline code', '`ABC-123` 번호입니다.'],
    ['an image', '![안내](a.png) 참고해 주세요.'],
    ['a link', '[여기](https://a.b)를 눌러 주세요.'],
    ['a bare address', '자세한 내용은 https://a.b 에 있습니다.'],
    ['an HTML tag', '<b>중요</b> 안내입니다.'],
    ['bold', '**반드시** 확인해 드리겠습니다.'],
    ['strikethrough', '~~취소~~ 되었습니다.'],
    ['underscores for emphasis', '_중요_ 안내입니다.'],
    ['double quotes', '"해 줘"라고 하셨군요.'],
    ['corner brackets', '「환불」 버튼을 눌러 주세요.'],
    ['an apostrophe quote', "'확인' 버튼을 눌러 주세요."],
  ])('changes a say with %s', (_name, text) => {
    expect(plainTextOf(text)).not.toBe(text);
  });

  it.each([['plain Korean', '불편을 드려 죄송합니다. 바로 확인해 드리겠습니다!'], ['a placeholder', '{{customer_name}}님, {{facts.refund_window}} 안에 입금됩니다.']])(
    'leaves a say with %s as it is',
    (_name, text) => {
      expect(plainTextOf(text)).toBe(text);
    },
  );
});
