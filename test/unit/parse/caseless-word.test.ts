// caselessWord finds " word" in the text as written exactly where the lower-cased text holds it, and
// collectWords (the hyphen checks' word lookup) answers as the search in the lower-cased text did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caselessWord } from '../../../ingest/parse/caseless-word.ts';
import { collectWords } from '../../../ingest/parse/blocks.ts';

// ASCII letters in both cases, the characters toLowerCase maps onto ASCII letters (Kelvin sign, dotted
// capital I), look-alikes it does not (long s, dotless i) and the combining dot.
const chars = ['a', 'k', 'i', 's', 'n', 'A', 'K', 'I', 'S', 'N', ' ', ' ', '\u212a', '\u0130', '\u017f', '\u0131', '\u0307', 'é', '-'];
const texts = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((c) => c.join(''));
const words = fc.array(fc.constantFrom('a', 'k', 'i', 's', 'n'), { minLength: 1, maxLength: 4 }).map((c) => c.join(''));

describe('caselessWord', () => {
  it('matches where the lower-cased text holds the word after a space', () => {
    expect(caselessWord('kin').test('the KIN')).toBe(true);
    expect(caselessWord('kin').test('the \u212aIN')).toBe(true);
    expect(caselessWord('ski').test('a SK\u0130')).toBe(true);
    expect(caselessWord('sin').test('a S\u0130N')).toBe(false);
    expect(caselessWord('sin').test('a \u017fin')).toBe(false);
    expect(caselessWord('sin').test('asin')).toBe(false);
  });

  it('agrees with a search of the lower-cased text', () => {
    fc.assert(
      fc.property(texts, words, (text, word) => {
        expect(caselessWord(word).test(text)).toBe(text.toLowerCase().includes(` ${word}`));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('collectWords', () => {
  it('answers as the search of the lower-cased, joined lines, for any word', () => {
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 6 }), fc.array(fc.oneof(words, fc.constantFrom('é', 'a-k', 'ka\u0307')), { maxLength: 6 }), (lines, asked) => {
        const joined = ['', ...lines, ''].join(' ').toLowerCase();
        const has = collectWords(lines.map((text, i) => ({ n: i + 1, text })));
        for (const w of [...asked, ...asked]) expect(has.has(w)).toBe(joined.includes(` ${w}`));
      }),
      { numRuns: 2000 },
    );
  });
});
