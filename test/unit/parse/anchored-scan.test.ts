// A pattern searched only near its anchors finds what a global search finds, in the same order; with
// wordFirst (for patterns whose matches start with a \w character) as well.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnchoredScan, anchored, isCapitalOrDigit } from '../../../ingest/parse/references/anchored-scan.ts';

/** Every match of the global pattern, as [index, text]. */
function globalMatches(pattern: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push([m.index, m[0]]);
    if (!m[0].length) pattern.lastIndex++;
  }
  return out;
}

function anchoredMatches(pattern: RegExp, options: { maxSpaces?: number; wordFirst?: boolean; first?: (c: number) => boolean }, text: string, keyword: string): Array<[number, string]> {
  const anchors: number[] = [];
  for (let i = text.indexOf(keyword); i >= 0; i = text.indexOf(keyword, i + 1)) anchors.push(i);
  const scan = new AnchoredScan(anchored(pattern, options), text, anchors);
  const out: Array<[number, string]> = [];
  for (let m = scan.exec(0); m; m = scan.exec(m.index + Math.max(1, m[0].length))) out.push([m.index, m[0]]);
  return out;
}

const pieces = ['Treaty', 'Treaty', 'the ', 'The ', 'New ', 'Arms ', 'on ', 'of ', ' ', ',', '.', '-', '\u2019', '(', ')', '1996 ', 'x', 'é'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('AnchoredScan', () => {
  it('finds matches starting far before their anchor, past the starts it has room for at first', () => {
    const pattern = /\b(?:[a-z]+ )*end\b/g;
    const text = `${'x '.repeat(200)}end ${'yy '.repeat(100)}end`;
    const anchors = [text.indexOf('end'), text.lastIndexOf('end')];
    const scan = new AnchoredScan(anchored(pattern, { wordFirst: true }), text, anchors);
    const out: Array<[number, string]> = [];
    for (let m = scan.exec(0); m; m = scan.exec(m.index + Math.max(1, m[0].length))) out.push([m.index, m[0]]);
    expect(out).toEqual(globalMatches(pattern, text));
  });

  it('finds the matches of the global search, word starts only or not', () => {
    const pattern = /\b((?:\d{4} )?(?:[A-Z][\w'\u2019-]+ ){0,3}Treaty(?: (?:on|of) (?:the )?[A-Z]\w*)?)/g;
    fc.assert(
      fc.property(texts, (text) => {
        const expected = globalMatches(pattern, text);
        expect(anchoredMatches(pattern, { maxSpaces: 4 }, text, 'Treaty')).toEqual(expected);
        expect(anchoredMatches(pattern, { maxSpaces: 4, wordFirst: true }, text, 'Treaty')).toEqual(expected);
        // Its matches start with a digit or a capital: only those starts need trying.
        expect(anchoredMatches(pattern, { maxSpaces: 4, wordFirst: true, first: isCapitalOrDigit }, text, 'Treaty')).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
