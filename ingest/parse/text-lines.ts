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

// Characters that some cleaning pass below removes or replaces: most texts hold none of them.
// eslint-disable-next-line no-control-regex
const rare = /[\r\f\v\u00a0\u2007\u202f\u00ad\u200b\u200c\u200d\u2060\u0000-\u0008\u000e-\u001f*\u2070\u00b9\u00b2\u00b3\u2074-\u2079]/;

/** Splits and cleans the text. Lines holding only spaces become empty. */
export function toLines(text: string): Line[] {
  let clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Each pass runs only when its characters occur; one test first, as most texts hold none of them.
  // (Regular expression tests are several times quicker than a loop over the characters.)
  const hasRare = rare.test(clean);
  if (hasRare) {
    if (clean.includes('\r')) clean = clean.replace(/\r\n?/g, '\n');
    if (/[\f\v]/.test(clean)) clean = clean.replace(/[\f\v]/g, '\n');
    if (/[\u00a0\u2007\u202f]/.test(clean)) clean = clean.replace(/[\u00a0\u2007\u202f]/g, ' ');
    if (/[\u00ad\u200b\u200c\u200d\u2060]/.test(clean)) clean = clean.replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, '');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000e-\u001f]/.test(clean)) clean = clean.replace(/[\u0000-\u0008\u000e-\u001f]/g, ' ');
    if (clean.includes('*')) clean = clean.replace(/\*/g, '');
  }
  // A replace that finds nothing returns the text itself, after the one pass a test would make.
  clean = clean.replace(/[ \t]{2,}|\t/g, ' ');
  const hasSuperscripts = hasRare && /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]/.test(clean);
  const raw = clean.split('\n');
  const out: Line[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const line = (raw[i] ?? '').trim();
    out[i] = { n: i + 1, text: hasSuperscripts ? markSuperscripts(line) : line };
  }
  return out;
}
