// Calendar dates as UN texts write them ("2 December 2009"), session names ("Sixty-fourth session")
// and meeting ordinals ("55th plenary meeting"). Dates are plain {year, month, day}: no time zones.

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const msPerDay = 86_400_000;

const toUtc = (date: CalendarDate): number => Date.UTC(date.year, date.month - 1, date.day);

function fromUtc(ms: number): CalendarDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromUtc(toUtc(date) + days * msPerDay);

/** Negative when a is earlier than b. */
export const compareDates = (a: CalendarDate, b: CalendarDate): number => toUtc(a) - toUtc(b);

/** 0 Sunday .. 6 Saturday. */
export const weekday = (date: CalendarDate): number => new Date(toUtc(date)).getUTCDay();

export const monthName = (month: number): string => monthNames[month - 1] ?? 'January';

const pad = (n: number): string => String(n).padStart(2, '0');

export const isoDate = (date: CalendarDate): string => `${date.year}-${pad(date.month)}-${pad(date.day)}`;
export const isoMonth = (date: CalendarDate): string => `${date.year}-${pad(date.month)}`;

/** "2 December 2009" */
export const longDate = (date: CalendarDate): string => `${date.day} ${monthName(date.month)} ${date.year}`;

/** "August 1999" */
export const monthYear = (date: CalendarDate): string => `${monthName(date.month)} ${date.year}`;

/** "from 13 to 15 May 1996", "from 28 November to 2 December 2005", "on 30 July 1996" */
export function dateRange(start: CalendarDate, end: CalendarDate): string {
  if (compareDates(start, end) === 0) return `on ${longDate(start)}`;
  if (start.year !== end.year) return `from ${longDate(start)} to ${longDate(end)}`;
  if (start.month !== end.month) return `from ${start.day} ${monthName(start.month)} to ${longDate(end)}`;
  return `from ${start.day} to ${longDate(end)}`;
}

/** The General Assembly's regular session n opens in September of 1945 + n. */
export const sessionYear = (session: number): number => 1945 + session;

const unitOrdinals = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const teenOrdinals = [
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth',
  'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const tenOrdinals = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** 64 -> "sixty-fourth", 80 -> "eightieth", 101 -> "one hundred and first" (1..199). */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 199) throw new RangeError(`no ordinal words for ${n}`);
  if (n >= 100) return n === 100 ? 'one hundredth' : `one hundred and ${ordinalWords(n - 100)}`;
  if (n < 10) return unitOrdinals[n] ?? '';
  if (n < 20) return teenOrdinals[n - 10] ?? '';
  const t = Math.floor(n / 10);
  const u = n % 10;
  return u === 0 ? (tenOrdinals[t] ?? '') : `${tens[t]}-${unitOrdinals[u]}`;
}

/** "Sixty-fourth" */
export const sessionName = (session: number): string => {
  const words = ordinalWords(session);
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** 55 -> "55th", 1 -> "1st", 12 -> "12th", 22 -> "22nd" */
export function ordinalNumber(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
