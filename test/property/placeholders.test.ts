/**
 * The placeholder scanner finds each `{{` and tests there, where a global regex once ran over the text, and trims
 * the name rather than capturing it: it must find what the regex found, and the fills built on it must give what
 * `replace` with that regex gave, on any text of braces, blanks and names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillAll, fillFacts, placeholdersIn } from '../../src/model/text.js';
import { SEED } from './arbitraries.js';

fc.configureGlobal({ seed: SEED, numRuns: 2000 });

const PLACEHOLDER = /\{\{\s*(facts\.)?([^{}\s]+)\s*\}\}/g;

/** What placeholdersIn returned when it was a regex `exec` loop. */
function byRegex(text: string) {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({ name: match[2]!, isFact: match[1] !== undefined, index: match.index, raw: match[0] }));
}

// Braces, every kind of blank a regex's \s takes (and a few it does not), names, the facts prefix and Korean.
const PIECES = [
  '{', '{{', '}', '}}', '{{{', '}}}', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2009', '\ufeff', '\u200b', '\u180e',
  'facts.', 'facts', 'Facts.', '.', 'customer_name', 'refund_window', 'a', 'x', '고객', '님', '😊', '{{customer_name}}',
  '{{facts.refund_window}}', '{{ facts.fee }}', '{{facts.}}',
];

const FACTS: Record<string, string | number> = { refund_window: '3~5영업일', fee: 3000, a: '{{x}}', x: '', empty: '' };
const EXAMPLES: Record<string, string> = { customer_name: '김하늘', x: '$&', a: '{{facts.fee}}', 고객: '' };

describe('placeholdersIn', () => {
  it('finds what the regex finds, where it finds it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(placeholdersIn(text)).toEqual(byRegex(text));
      }),
    );
  });

  it('reads every UTF-16 unit as the regex does: as a blank (trim() and \\s agree), in a name, or neither', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code);
      for (const text of [`{{${unit}a}}`, `{{a${unit}}}`, `{{a${unit}b}}`]) expect(placeholdersIn(text), code.toString(16)).toEqual(byRegex(text));
    }
  });
});

describe('fillFacts and fillAll', () => {
  it('fill in what `replace` with the regex filled in', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const facts = text.replace(PLACEHOLDER, (raw, fact: string | undefined, name: string) =>
          fact !== undefined && Object.hasOwn(FACTS, name) ? String(FACTS[name]) : raw,
        );
        expect(fillFacts(text, FACTS)).toBe(facts);
        const all = facts.replace(PLACEHOLDER, (raw, fact: string | undefined, name: string) =>
          fact === undefined && Object.hasOwn(EXAMPLES, name) ? EXAMPLES[name]! : raw,
        );
        expect(fillAll(text, FACTS, EXAMPLES)).toBe(all);
      }),
    );
  });
});
