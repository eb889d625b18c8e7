// parseDayMonthYear is readDayMonthYear remembered: the same answer on the first call and on every later one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDayMonthYear, readDayMonthYear } from '../../../ingest/parse/dates.ts';

const months = ['January', 'February', 'March', 'June', 'December', 'Decembre', 'may'];
const dates = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(...months), fc.integer({ min: 1890, max: 2210 }), fc.constantFrom(' ', '  ', '\t', ' \n'), fc.constantFrom('', ' ', ', and', 'x'))
  .map(([d, m, y, sp, tail]) => `${d}${sp}${m}${sp}${y}${tail}`);
const long = fc.tuple(dates, fc.string({ minLength: 20, maxLength: 40 })).map(([d, rest]) => `${d} ${rest}`);

describe('parseDayMonthYear', () => {
  it('reads day, month and year', () => {
    expect(readDayMonthYear(' 2 December 2009 and')).toBe('2009-12-02');
    expect(readDayMonthYear('32 December 2009')).toBeNull();
    expect(parseDayMonthYear('5 June 2016')).toBe('2016-06-05');
    expect(parseDayMonthYear('5 June 2016')).toBe('2016-06-05');
    expect(parseDayMonthYear('5 Juin 2016')).toBeNull();
    expect(parseDayMonthYear('5 Juin 2016')).toBeNull();
    const paragraph = `5 June 2016 ${'and more words '.repeat(5)}`;
    expect(parseDayMonthYear(paragraph)).toBe('2016-06-05');
    expect(parseDayMonthYear(paragraph)).toBe('2016-06-05');
  });

  it('agrees with readDayMonthYear, asked once or again', () => {
    fc.assert(
      fc.property(fc.oneof(dates, long, fc.string({ maxLength: 20 })), (text) => {
        const expected = readDayMonthYear(text);
        expect(parseDayMonthYear(text)).toBe(expected);
        expect(parseDayMonthYear(text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
