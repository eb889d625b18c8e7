// The text as lines: line ends made regular, page noise characters removed, italics marks dropped.
// Line numbers are kept so that issues can point into the input.

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

const CR = 1;
const FORM_FEED = 2;
const NO_BREAK_SPACE = 4;
const INVISIBLE = 8;
const CONTROL = 16;
const STAR = 32;
const RUN_OF_SPACES = 64;
const SUPERSCRIPT = 128;

/** Which cleaning passes the text needs, found in one look at each character. */
function passesNeeded(text: string): number {
  let flags = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127) {
      if (c === 42) flags |= STAR;
    } else if (c === 32) {
      if (prev === 32) flags |= RUN_OF_SPACES;
    } else if (c === 13) flags |= CR;
    else if (c === 9) flags |= RUN_OF_SPACES;
    else if (c === 12 || c === 11) flags |= FORM_FEED;
    else if (c < 32) {
      if (c !== 10) flags |= CONTROL;
    } else if (c === 0xa0 || c === 0x2007 || c === 0x202f) flags |= NO_BREAK_SPACE;
    else if (c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060) flags |= INVISIBLE;
    else if (c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079)) flags |= SUPERSCRIPT;
    prev = c;
  }
  return flags;
}

/** Splits and cleans the text. Lines holding only spaces become empty. */
export function toLines(text: string): Line[] {
  let clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Each pass runs only when its characters occur: most texts need none but the runs of spaces.
  const needs = passesNeeded(clean);
  if (needs & CR) clean = clean.replace(/\r\n?/g, '\n');
  if (needs & FORM_FEED) clean = clean.replace(/[\f\v]/g, '\n');
  if (needs & NO_BREAK_SPACE) clean = clean.replace(/[\u00a0\u2007\u202f]/g, ' ');
  if (needs & INVISIBLE) clean = clean.replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, '');
  // eslint-disable-next-line no-control-regex
  if (needs & CONTROL) clean = clean.replace(/[\u0000-\u0008\u000e-\u001f]/g, ' ');
  if (needs & STAR) clean = clean.replace(/\*/g, '');
  // The passes above can make a run of spaces where there was none.
  if (needs & RUN_OF_SPACES || (needs & (NO_BREAK_SPACE | INVISIBLE | CONTROL | STAR) && /\t| {2}/.test(clean))) clean = clean.replace(/[ \t]{2,}|\t/g, ' ');
  const hasSuperscripts = (needs & SUPERSCRIPT) !== 0;
  const raw = clean.split('\n');
  const out: Line[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const line = (raw[i] ?? '').trim();
    out[i] = { n: i + 1, text: hasSuperscripts ? markSuperscripts(line) : line };
  }
  return out;
}
