// The one-pass keyword search finds what an indexOf per word finds, in any text (non-ASCII characters,
// surrogate pairs and lone surrogates included, as they shift UTF-8 byte offsets against string positions).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordSearch, type WordGroup } from '../../../ingest/parse/references/keyword-search.ts';

/** Every start of every word of the group, by indexOf, ascending and each once. */
function naive(text: string, group: WordGroup): number[] {
  const starts = new Set<number>();
  for (const w of group.words) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      if (group.wordStart && i > 0 && /\w/.test(text[i - 1] ?? '')) continue;
      starts.add(i);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

const groups: WordGroup[] = [
  { words: ['Conference', 'Summit', 'meeting'] },
  { words: ['Plan of Action', 'Action Plan', 'Action', 'Agenda'], wordStart: true },
  { words: ['esolution', 'resolutions', 'solution'] },
  { words: ['/', 'aa', 'aaa'] },
];
const search = new KeywordSearch(groups);

// Pieces that make the words, their overlaps and the characters around them likely.
const pieces = ['Conference', 'Summit', 'meeting', 'Plan of Action', 'Action Plan', 'Agenda', 'resolutions', 'solution', 'aa', 'a', '/', ' ', 'x',
  'é', '\u2019', '\u201c', '😀', '\ud800', '\udc00', '_', '-', 'Re', 'Action'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));

describe('KeywordSearch', () => {
  it('finds the occurrences indexOf finds, per group', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ maxLength: 200, unit: 'binary' })), (text) => {
        const found = search.find(text);
        groups.forEach((g, i) => expect(found[i]).toEqual(naive(text, g)));
      }),
      { numRuns: 500 },
    );
  });

  it('reports positions in the string, after characters of several UTF-8 bytes', () => {
    const text = '😀é\u2019 Summit /aaa';
    const [events, , , slashes] = search.find(text);
    expect(events).toEqual([text.indexOf('Summit')]);
    expect(slashes).toEqual([text.indexOf('/'), text.indexOf('aa'), text.indexOf('aa') + 1]);
  });

  it('refuses words outside ASCII', () => {
    expect(() => new KeywordSearch([{ words: ['café'] }])).toThrow(/ASCII/);
  });
});
