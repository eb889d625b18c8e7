import { describe, expect, it } from 'vitest';
import { addDays, dateRange, isoDate, longDate, ordinalNumber, ordinalWords, sessionName, sessionYear } from '../../../ingest/synth/calendar.ts';

describe('synthetic calendar', () => {
  it.each([
    [1, 'first'], [12, 'twelfth'], [20, 'twentieth'], [31, 'thirty-first'], [64, 'sixty-fourth'], [65, 'sixty-fifth'],
    [80, 'eightieth'], [93, 'ninety-third'], [100, 'one hundredth'], [101, 'one hundred and first'],
  ])('spells session %i as %s', (n, words) => {
    expect(ordinalWords(n)).toBe(words);
  });

  it('capitalizes the session line and maps sessions to their opening year', () => {
    expect(sessionName(64)).toBe('Sixty-fourth');
    expect(sessionYear(64)).toBe(2009);
    expect(sessionYear(31)).toBe(1976);
  });

  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [55, '55th'], [101, '101st'], [112, '112th']])(
    'writes meeting %i as %s', (n, text) => {
      expect(ordinalNumber(n)).toBe(text);
    },
  );

  it('rejects numbers it cannot spell', () => {
    expect(() => ordinalWords(0)).toThrow(RangeError);
    expect(() => ordinalWords(200)).toThrow(RangeError);
  });

  it('writes dates and ranges as the texts do', () => {
    expect(longDate({ year: 2009, month: 12, day: 2 })).toBe('2 December 2009');
    expect(isoDate({ year: 1998, month: 12, day: 4 })).toBe('1998-12-04');
    expect(dateRange({ year: 1996, month: 5, day: 13 }, { year: 1996, month: 5, day: 15 })).toBe('from 13 to 15 May 1996');
    expect(dateRange({ year: 2005, month: 11, day: 28 }, { year: 2005, month: 12, day: 2 })).toBe('from 28 November to 2 December 2005');
    expect(dateRange({ year: 1996, month: 7, day: 30 }, { year: 1996, month: 7, day: 30 })).toBe('on 30 July 1996');
    expect(addDays({ year: 2009, month: 12, day: 30 }, 3)).toEqual({ year: 2010, month: 1, day: 2 });
  });
});
