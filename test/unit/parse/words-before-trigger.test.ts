// The words read back before "resolution" (for the body that issued it) are those the regular expression
// it replaced matched: /((?:[A-Z][A-Za-z.'\u2019-]*|and|of|on|the)\s+){0,5}$/, tried at every position.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { wordsBeforeTrigger } from '../../../ingest/parse/references/resolutions.ts';

const reference = /((?:[A-Z][A-Za-z.'\u2019-]*|and|of|on|the)\s+){0,5}$/;
const unit = fc.constantFrom('A', 'Z', 'a', 'n', 'd', 'o', 'f', 't', 'h', 'e', '.', "'", '\u2019', '-', ' ', ' ', ' ', '\t', '\u00a0', 'x', '1', ',',
  'an', 'and ', 'the ', 'of ', 'on ', 'Council ', 'S ');

it('reads back the words the regular expression matched', () => {
  fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
    expect(wordsBeforeTrigger(text)).toBe(reference.exec(text)?.[0] ?? '');
  }), { numRuns: 20000 });
  expect(wordsBeforeTrigger('welcoming the report of the Security Council ')).toBe('of the Security Council ');
  expect(wordsBeforeTrigger('adopted by the General Assembly in its ')).toBe('');
});
