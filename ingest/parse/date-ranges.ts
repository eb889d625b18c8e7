// Date phrases beside events: "from 13 to 15 May 1996", "on 30 July 1996", "28 November to 2 December
// 2005", "in August 1999 and April 2008", "in 2019 and 2023". Precision as written.
import { monthPattern, toIsoDate } from './dates.ts';

export interface DateSpan {
  start: string;
  end?: string;
}

const M = monthPattern;
const forms: Array<[RegExp, (m: RegExpExecArray) => DateSpan[]]> = [
  // 31 May to 11 June 2010
  [new RegExp(`^(\\d{1,2}) (${M}) (?:to|-|\\u2013) (\\d{1,2}) (${M}) (\\d{4})`), (m) => span(toIsoDate(m[5]!, m[2], m[1]), toIsoDate(m[5]!, m[4], m[3]))],
  // 13 to 15 May 1996, 22 and 23 September 2024, 6–12 March 1995
  [new RegExp(`^(\\d{1,2}) ?(?:to|and|-|\\u2013) ?(\\d{1,2}) (${M}) (\\d{4})`), (m) => span(toIsoDate(m[4]!, m[3], m[1]), toIsoDate(m[4]!, m[3], m[2]))],
  // 30 December 2022 to 2 January 2023
  [new RegExp(`^(\\d{1,2}) (${M}) (\\d{4}) (?:to|-|\\u2013) (\\d{1,2}) (${M}) (\\d{4})`), (m) => span(toIsoDate(m[3]!, m[2], m[1]), toIsoDate(m[6]!, m[5], m[4]))],
  [new RegExp(`^(\\d{1,2}) (${M}) (\\d{4})`), (m) => span(toIsoDate(m[3]!, m[2], m[1]))],
  // August 1999 and April 2008
  [new RegExp(`^(${M}) (\\d{4})((?:(?:,| and) ${M} \\d{4}){0,6})`), (m) => [
    ...span(toIsoDate(m[2]!, m[1])),
    ...[...(m[3] ?? '').matchAll(new RegExp(`(${M}) (\\d{4})`, 'g'))].flatMap((x) => span(toIsoDate(x[2]!, x[1]))),
  ]],
  // 2019 and 2023
  [/^((?:19|20)\d\d)((?:(?:,| and) (?:19|20)\d\d){0,6})\b/, (m) => [
    ...span(toIsoDate(m[1]!)),
    ...[...(m[2] ?? '').matchAll(/(\d{4})/g)].flatMap((x) => span(toIsoDate(x[1]!))),
  ]],
];

const monthInitials = 'JFMASOND';

function span(start: string | null, end?: string | null): DateSpan[] {
  if (!start) return [];
  return end && end !== start ? [{ start, end }] : [{ start }];
}

/** The dates at the start of the text, and how many characters they take; null when it holds none. */
export function readDateSpans(text: string): { spans: DateSpan[]; length: number } | null {
  // Every form starts with a digit or a month name.
  const c = text.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !monthInitials.includes(text.charAt(0))) return null;
  for (const [re, make] of forms) {
    const m = re.exec(text);
    if (m) {
      const spans = make(m);
      if (spans.length) return { spans, length: m[0].length };
    }
  }
  return null;
}
