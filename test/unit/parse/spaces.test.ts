import fc from 'fast-check';
import { expect, it } from 'vitest';
import { singleSpaced } from '../../../ingest/parse/spaces.ts';

it('makes white space single as replace(/\\s+/g, " ") does', () => {
  const text = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', 'a', 'b', '.'), maxLength: 40 });
  fc.assert(fc.property(text, (t) => {
    expect(singleSpaced(t)).toBe(t.replace(/\s+/g, ' '));
  }), { numRuns: 2000 });
});
