// indexOfRare finds what indexOf finds, whichever character the key starts at.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfRare, rareKey } from '../../../ingest/parse/rare-key.ts';

describe('rareKey', () => {
  it.each([
    ['esolution', 'ution'],
    ['ecision', 'cision'],
    ['subsidiary body', 'bsidiary body'],
    ['fact-finding mission', '-finding mission'],
    ['Group', 'Group'],
    ['meeting', 'meeting'],
  ])('searches %s from %s', (pattern, key) => {
    expect(rareKey(pattern).key).toBe(key);
  });
});

describe('indexOfRare', () => {
  const letters = fc.string({ unit: fc.constantFrom('e', 's', 'o', 'l', 'u', 't', 'i', 'n', ' ', 'c', 'd', '-', 'f'), maxLength: 80 });
  it('agrees with indexOf', () => {
    fc.assert(
      fc.property(letters, fc.constantFrom('esolution', 'ecision', 'solution', 'fact-finding mission', 'tion'), fc.integer({ min: -3, max: 90 }), (text, pattern, from) => {
        const k = rareKey(pattern);
        expect(indexOfRare(text, k, from)).toBe(text.indexOf(pattern, from));
        const planted = `${text.slice(0, 20)}${pattern}${text.slice(20)}${pattern}`;
        expect(indexOfRare(planted, k, from)).toBe(planted.indexOf(pattern, from));
      }),
      { numRuns: 500 },
    );
  });
});
