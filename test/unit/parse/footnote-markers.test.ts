// The footnote markers are looked for only where the mark occurs: the markers found and the texts left
// must be those of the global searches they replace (kept here as the reference).
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { earlier, findMarkers, tidy, walkMarkers, notAfter, numberingWords, type Candidate, type MarkedText } from '../../../ingest/parse/footnote-markers.ts';
import { keywordsIn } from '../../../ingest/parse/references/keywords.ts';

// The reference's patterns: global, each searched from `from` on (the module's are sticky).
const referencePatterns = (mark: string) => ({
  glued: new RegExp(`[A-Za-z\\u2019\\u201D"')\\],.;:]${mark}(?![\\d/.,]\\d|\\d|/)`, 'g'),
  year: new RegExp(`\\b((?:19|20)\\d\\d)${mark}\\b`, 'g'),
  alone: new RegExp(`(\\S)( ${mark})(?=[\\s,.;:)]|$)`, 'g'),
});

function findInText(text: string, mark: string, from: number): Candidate | null {
  // Every candidate holds the mark at or after `from`.
  if (text.indexOf(mark, from) < 0) return null;
  const patterns = referencePatterns(mark);
  let best: Candidate | null = null;
  const bracket = text.indexOf(`[^${mark}]`, from);
  if (bracket >= 0) best = earlier({ start: bracket, end: bracket + mark.length + 3, keep: '' }, best, from);
  // Glued to a letter, a closing quote or bracket, or punctuation: "Bodies,1", "Development6 as".
  const glued = patterns.glued;
  glued.lastIndex = from;
  for (let m = glued.exec(text); m; m = glued.exec(text)) {
    // Candidates come in order: none from here on can come before the best one.
    if (best !== null && m.index + 1 >= best.start) break;
    const before = text.slice(Math.max(0, m.index - 12), m.index + 1);
    // Not a symbol ("A/RES/1"), a Goal/target number ("Goal 16.1") or a word with digits ("G20", "COVID-19").
    if (/[/-][A-Za-z0-9.]*$/.test(before) || /\b[A-Z]{1,3}$/.test(before)) continue;
    best = earlier({ start: m.index + 1, end: m.index + 1 + mark.length, keep: '' }, best, from);
    break;
  }
  // Glued to a year: "20242" is 2024 and footnote 2.
  const year = patterns.year;
  year.lastIndex = from;
  const y = year.exec(text);
  if (y?.[1]) best = earlier({ start: y.index, end: y.index + y[0].length, keep: y[1] }, best, from);
  // Alone after a space: "in 2014, 3", "States 4 that".
  const alone = patterns.alone;
  alone.lastIndex = Math.max(0, from - 1);
  for (let m = alone.exec(text); m; m = alone.exec(text)) {
    if (best !== null && m.index + 1 >= best.start) break;
    const head = text.slice(Math.max(0, m.index - 40), m.index + 1);
    const word = /([A-Za-z.]+)[,;:]?$/.exec(head)?.[1] ?? '';
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 40).trimStart();
    if (/\d$/.test(head) && !/,$/.test(head)) continue;
    if (numberingWords.test(word) || notAfter.test(tail)) continue;
    best = earlier({ start: m.index + 1, end: m.index + m[0].length, keep: '' }, best, from);
    break;
  }
  return best;
}

const pieces = ['1', '2', '3', '12', '20', '2024', '1999', ' ', ' ', ',', '.', ';', ')', '/', '-', 'a', 'States', 'A/RES/', 'Goal ', 'G', 'COVID-',
  'in ', 'paragraph ', 'January', 'per cent', '[^1]', '[^2]', '\u2019', '\u201d', '"', 'x'];
const texts = fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')), { minLength: 1, maxLength: 5 });
const marks = fc.array(fc.constantFrom('1', '2', '3', '12', '20'), { maxLength: 6 });

it('finds the markers the global searches find, and leaves the same texts', () => {
  fc.assert(
    fc.property(texts, marks, fc.integer({ min: 1, max: 4 }), (t, m, window) => {
      const a = t.map((text) => ({ text }));
      const b = t.map((text) => ({ text }));
      expect(findMarkers(a, m, window)).toEqual(walkMarkers(b, m, window, findInText));
      expect(a).toEqual(b);
    }),
    { numRuns: 3000 },
  );
});

it('tidies the texts the keyword pass finds untidy, as its own test would', () => {
  // The parse tidies a text when the reference keywords' pass finds "[^", two spaces or a space before
  // "," ";" or "."; tidy's own test must agree, and tidying what it would not change must change nothing.
  const unit = fc.constantFrom('[', '^', ']', ' ', ',', ';', '.', 'a', '1', '\u2019', '\t', '\n');
  fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
    const needed = keywordsIn(text).untidy.length > 0;
    expect(tidy(text, needed)).toBe(tidy(text));
    expect(needed).toBe(/\[\^| [ ,;.]/.test(text));
  }), { numRuns: 3000 });
});
