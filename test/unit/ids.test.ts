import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDecisionNumber, parseSymbol, parseWrittenSymbol, toResolutionSymbol } from '../../graph/ids.ts';

describe('parseSymbol', () => {
  it('reads plainly written symbols as the general reading does', () => {
    const pieces = ['A', 'a', 'S', 'RES', 'res', 'HRC', 'C.2', 'L.', '/', '/', '/', '80', '1', '2025', '.', '-', 'Corr', 'corr.1', 'ADD.2', 'Rev', 'x', ' ', '(', ')', ',', 'XV', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')), (text) => {
        expect(parseSymbol(text)).toBe(parseWrittenSymbol(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['A/RES/64/25', 'A/RES/64/25'],
    ['a/res/64/25', 'A/RES/64/25'],
    ['A/RES/1514 (XV)', 'A/RES/1514(XV)'],
    ['S/RES/1373 (2001)', 'S/RES/1373(2001)'],
    ['A/55/140/corr.1', 'A/55/140/Corr.1'],
    ['A/55/140/ADD.1', 'A/55/140/Add.1'],
    ['A/80/L.2/Rev.1', 'A/80/L.2/Rev.1'],
    ['A/64/L.40', 'A/64/L.40'],
    ['A/C.2/59/3', 'A/C.2/59/3'],
    ['A/AC.297/2025/CRP.2/Rev.5', 'A/AC.297/2025/CRP.2/Rev.5'],
    ['A/73/12 (Part I)', 'A/73/12(Part I)'],
    ['NPT/CONF.1995/32 (Part I)/Corr.2', 'NPT/CONF.1995/32(Part I)/Corr.2'],
    ['NPT/CONF.2010/50 (Vol. II)', 'NPT/CONF.2010/50(Vol. II)'],
    ['S/PRST/2013/2', 'S/PRST/2013/2'],
    ['A/60/202.', 'A/60/202'],
    ['CD/1839', 'CD/1839'],
  ])('%s -> %s', (written, canonical) => {
    expect(parseSymbol(written)).toBe(canonical);
  });

  it.each(['HIV/AIDS', '2/3', 'and/or', '64/25', 'A/', '/RES/1', 'A/RES/64/25 (Foo bar baz)', ''])('refuses %j', (text) => {
    expect(parseSymbol(text)).toBeNull();
  });
});

describe('toResolutionSymbol', () => {
  it.each([
    ['GA', '64/25', 'resolution', 'A/RES/64/25'],
    ['GA', '1514 (XV)', 'resolution', 'A/RES/1514(XV)'],
    ['GA', '2200 A (XXI)', 'resolution', 'A/RES/2200A(XXI)'],
    ['GA', '43/222 A', 'resolution', 'A/RES/43/222A'],
    ['GA', 'S-24/2', 'resolution', 'A/RES/S-24/2'],
    ['GA', 'ES-10/15', 'resolution', 'A/RES/ES-10/15'],
    ['GA', '73/512', 'decision', 'A/DEC/73/512'],
    ['SC', '1373 (2001)', 'resolution', 'S/RES/1373(2001)'],
    ['HRC', '20/8', 'resolution', 'A/HRC/RES/20/8'],
    ['ECOSOC', '2006/46', 'resolution', 'E/RES/2006/46'],
  ] as const)('%s %s (%s) -> %s', (body, number, kind, symbol) => {
    expect(toResolutionSymbol(body, number, kind)).toBe(symbol);
  });

  it('refuses numbers a body does not use', () => {
    expect(toResolutionSymbol('SC', '64/25')).toBeNull();
    expect(toResolutionSymbol('SC', '1514 (XV)')).toBeNull();
    expect(toResolutionSymbol('GA', '1373 (2001)')).toBeNull();
    expect(toResolutionSymbol('GA', 'abc')).toBeNull();
  });

  it('tells decisions by their number', () => {
    expect(isDecisionNumber('73/512')).toBe(true);
    expect(isDecisionNumber('72/250')).toBe(false);
  });
});
