// The text as lines: line ends made regular, page noise characters removed, italics marks dropped.
// Line numbers are kept so that issues can point into the input.
import { RareKind, rareKinds } from './rare-chars.ts';

export interface Line {
  /** 1-based line number in the input. */
  n: number;
  text: string;
}

const superscripts: Record<string, string> = {
  '\u2070': '0', '\u00b9': '1', '\u00b2': '2', '\u00b3': '3', '\u2074': '4',
  '\u2075': '5', '\u2076': '6', '\u2077': '7', '\u2078': '8', '\u2079': '9',
};

/** Superscript digits as the bracketed marker form used by the cleaned layout: "made,¹" -> "made,[^1]". */
function markSuperscripts(line: string): string {
  return line.replace(/[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g, (m) => `[^${[...m].map((c) => superscripts[c] ?? '').join('')}]`);
}

/**
 * Splits and cleans the text. Lines holding only spaces become empty. `kinds` are the kinds of rare
 * characters the text holds (see rare-chars.ts), when the caller has read them already.
 */
export function toLines(text: string, kinds = rareKinds(text)): Line[] {
  let clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Each pass runs only when its characters occur (no pass makes characters another looks for).
  if (kinds) {
    if (kinds & RareKind.Return && clean.includes('\r')) clean = clean.replace(/\r\n?/g, '\n');
    if (kinds & RareKind.Feed && /[\f\v]/.test(clean)) clean = clean.replace(/[\f\v]/g, '\n');
    if (kinds & RareKind.Space && /[\u00a0\u2007\u202f]/.test(clean)) clean = clean.replace(/[\u00a0\u2007\u202f]/g, ' ');
    if (kinds & RareKind.Invisible && /[\u00ad\u200b\u200c\u200d\u2060]/.test(clean)) clean = clean.replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, '');
    // eslint-disable-next-line no-control-regex
    if (kinds & RareKind.Control && /[\u0000-\u0008\u000e-\u001f]/.test(clean)) clean = clean.replace(/[\u0000-\u0008\u000e-\u001f]/g, ' ');
    if (kinds & RareKind.Star && clean.includes('*')) clean = clean.replace(/\*/g, '');
  }
  const hasSuperscripts = (kinds & RareKind.Superscript) !== 0 && /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]/.test(clean);
  const out: Line[] = [];
  // Runs of spaces and tabs become one space, line by line: the next run is looked up ahead with
  // indexOf, and only the lines holding one are rewritten (a replace over the whole text took longer).
  // The next tab and the next pair of spaces are looked up apart, each again only once passed: a text
  // without tabs would otherwise be searched to its end for one at every line holding two spaces.
  let tab = nextAt(clean, '\t', 0);
  let spaces = nextSpaces(clean, 0);
  for (let start = 0, n = 1; ; n++) {
    let end = clean.indexOf('\n', start);
    if (end < 0) end = clean.length;
    let line: string;
    if (tab < end || spaces < end) {
      line = clean.slice(start, end).replace(/[ \t]{2,}|\t/g, ' ').trim();
      if (tab < end) tab = nextAt(clean, '\t', end);
      if (spaces < end) spaces = nextSpaces(clean, end);
    } else {
      line = trimmedSlice(clean, start, end);
    }
    out.push({ n, text: hasSuperscripts ? markSuperscripts(line) : line });
    if (end === clean.length) return out;
    start = end + 1;
  }
}

// Two spaces looked for by a regular expression rather than indexOf('  '), which stops at every space to
// look at the character after it: most texts hold no such pair, and are searched to their end for one.
const twoSpaces = / {2}/g;

/** Where the next two spaces begin at or after `from`, or Infinity: nextAt(text, '  ', from). */
function nextSpaces(text: string, from: number): number {
  twoSpaces.lastIndex = from;
  const m = twoSpaces.exec(text);
  return m ? m.index : Infinity;
}

/** Where `what` next occurs at or after `from`, or Infinity. */
function nextAt(text: string, what: string, from: number): number {
  const at = text.indexOf(what, from);
  return at < 0 ? Infinity : at;
}

/** text.slice(start, end).trim(), with one slice. */
function trimmedSlice(text: string, start: number, end: number): string {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** The white space that trim() removes (that of \s). */
function isSpace(c: number): boolean {
  if (c === 32) return true;
  if (c < 128) return c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
