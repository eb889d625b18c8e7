// The running-head check skips normalizing a text that holds more ASCII letters and digits than the
// title is long: normalizeForMatch keeps every one of them, whatever stands around them.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { holdsMoreAlnum, normalizeForMatch } from '../../../ingest/parse/page-noise.ts';

it('normalizes a text holding more than n ASCII letters and digits to more than n characters', () => {
  // Combining marks, compatibility forms (ligatures, full-width letters, superscripts), quotes, white
  // space, Hangul jamo and letters that lower-case to two characters.
  const unit = fc.constantFrom('a', 'Z', 'e', '5', ' ', '  ', '\t', '"', "'", '\u2019', '\u201c', '\u0301', '\u0327', '\ufb01', '\uff21', '\u00b2',
    '\u1100', '\u1161', '\u11a8', '\u0130', '\u212a', '\u00df', '\u1e9e', '\u2126', '.', '-', '\u00e9', '\u0391', '\u03a3');
  fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), fc.nat(30), (text, n) => {
    if (holdsMoreAlnum(text, n)) expect(normalizeForMatch(text).length).toBeGreaterThan(n);
  }), { numRuns: 5000 });
});

it('counts ASCII letters and digits only', () => {
  expect(holdsMoreAlnum('ab 1\u00e9\u0010\u0019', 2)).toBe(true);
  expect(holdsMoreAlnum('ab\u0010\u0019\u00e9 ', 2)).toBe(false);
});
