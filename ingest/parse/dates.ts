// Dates as the texts write them, kept at the precision written: "2 December 2009" -> 2009-12-02,
// "August 1999" -> 1999-08, "2004" -> 2004.
import { remembered } from './remembered.ts';

export const monthNames = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Source for a month name inside a larger regular expression (no capture group). */
export const monthPattern = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

const pad = (n: number): string => String(n).padStart(2, '0');

/** 1-based month number of an English month name, or null. */
export function toMonth(name: string): number | null {
  const i = monthNames.indexOf(name.toLowerCase() as (typeof monthNames)[number]);
  return i < 0 ? null : i + 1;
}

/** A date from its parts; day or month may be missing for coarser precision. Null when impossible. */
export function toIsoDate(year: string | number, month?: string | number | null, day?: string | number | null): string | null {
  const y = Number(year);
  if (!Number.isInteger(y) || y < 1900 || y > 2199) return null;
  if (month === undefined || month === null || month === '') return String(y);
  const m = typeof month === 'number' ? month : /^\d+$/.test(month) ? Number(month) : toMonth(month);
  if (!m || m < 1 || m > 12) return null;
  if (day === undefined || day === null || day === '') return `${y}-${pad(m)}`;
  const d = Number(day);
  if (!Number.isInteger(d) || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const dayMonthYear = new RegExp(`^(\\d{1,2})\\s+(${monthPattern})\\s+(\\d{4})`);

/** "2 December 2009" (anything after the year ignored) -> "2009-12-02", or null. */
export function readDayMonthYear(text: string): string | null {
  const m = dayMonthYear.exec(text.trim());
  return m ? toIsoDate(m[3] ?? '', m[2], m[1]) : null;
}

// The same dates come back many times in a document (a list of resolutions of one day) and across
// documents. Only short texts are remembered: some callers pass whole paragraphs, which would be kept.
const longestRemembered = 32;
const rememberedDayMonthYear = remembered(readDayMonthYear);

/** readDayMonthYear, remembered by the text when it is short. */
export function parseDayMonthYear(text: string): string | null {
  return text.length > longestRemembered ? readDayMonthYear(text) : rememberedDayMonthYear(text);
}

const ordinalUnits: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19,
};
const ordinalTens: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100,
};
const tens: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "Sixty-fourth" -> 64, "Eightieth" -> 80, "Twentieth" -> 20, "64th" -> 64; null otherwise. */
export function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase().replace(/[\u2010-\u2015]/g, '-').trim();
  const numeric = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (numeric) return Number(numeric[1]);
  if (w in ordinalUnits) return ordinalUnits[w] ?? null;
  if (w in ordinalTens) return ordinalTens[w] ?? null;
  const [t, u] = w.split('-');
  if (t && u && t in tens && u in ordinalUnits) return (tens[t] ?? 0) + (ordinalUnits[u] ?? 0);
  return null;
}

/** Roman numerals as used for early sessions ("XV" -> 15). */
export function parseRoman(text: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = values[text[i] ?? ''];
    const next = values[text[i + 1] ?? ''] ?? 0;
    if (!v) return null;
    total += v < next ? -v : v;
  }
  return total || null;
}
