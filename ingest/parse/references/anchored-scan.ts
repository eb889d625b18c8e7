// Matches of a name pattern looked for only near its keywords. A pattern such as "up to six capitalised
// words, then Treaty|Convention|..." is tried by a global search at every word boundary of a paragraph;
// here the keywords (the anchors, found beforehand: see keywords.ts) are given, and the pattern is tried,
// sticky, only at the word boundaries a few words before each of them. The matches are those a global
// search would find, in the same order: every match holds an anchor, and starts at most `maxSpaces`
// spaces before it.

export interface AnchoredPattern {
  /** The pattern, sticky; it must begin with \b. */
  sticky: RegExp;
  /** How many spaces may lie between the start of a match and its anchor. */
  maxSpaces: number;
  /** Every match starts with a \w character: only the starts of words are tried, not their ends. */
  wordFirst: boolean;
  /** The characters (by code) a match can start with, when the pattern says (only those starts are tried). */
  first?: (c: number) => boolean;
}

/** The pattern (a global regular expression beginning with \b), to be searched near its anchors. */
export function anchored(pattern: RegExp, options: { maxSpaces?: number; wordFirst?: boolean; first?: (c: number) => boolean } = {}): AnchoredPattern {
  if (!pattern.source.startsWith('\\b')) throw new Error(`anchored: ${pattern.source} does not begin with \\b`);
  const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
  const scan: AnchoredPattern = { sticky, maxSpaces: options.maxSpaces ?? Number.POSITIVE_INFINITY, wordFirst: options.wordFirst === true };
  if (options.first) scan.first = options.first;
  return scan;
}

/** A capital letter A-Z or a digit: where matches of patterns such as "(?:\\d{4} )?(?:[A-Z]\\w+ ){0,6}Treaty" start. */
export function isCapitalOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** A lower-case letter a-z. */
export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A capital letter A-Z. */
export function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Where a match may start, collected on the way back from an anchor (nearest first); shared, as exec runs to its end. */
let starts = new Int32Array(64);

/** \w of a regular expression without the u flag. */
function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Characters the words before an anchor may hold: \w, apostrophes, hyphens, dots. */
function isNameChar(c: number): boolean {
  return isWord(c) || c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 0x2010 || c === 0x2011;
}

/** The matches of one pattern in one text, found from left to right. */
export class AnchoredScan {
  /** Index of the first anchor not before the last position asked about. */
  private cursor = 0;
  /** Every start position up to here has been tried and failed. */
  private tried = -1;

  /** `anchors`: where the anchors start in the text, ascending. */
  constructor(
    private readonly pattern: AnchoredPattern,
    private readonly text: string,
    private readonly anchors: readonly number[],
  ) {}

  /** First anchor occurrence at or after `from`, or -1. */
  private anchorAt(from: number): number {
    const { anchors } = this;
    if (this.cursor > 0 && (anchors[this.cursor - 1] as number) >= from) this.cursor = 0;
    while (this.cursor < anchors.length && (anchors[this.cursor] as number) < from) this.cursor++;
    return this.cursor < anchors.length ? (anchors[this.cursor] as number) : -1;
  }

  /** The leftmost match starting at or after `from`, as exec of the global pattern with lastIndex `from` finds it. */
  exec(from: number): RegExpExecArray | null {
    const { text } = this;
    const { sticky, maxSpaces, wordFirst, first } = this.pattern;
    for (let a = this.anchorAt(from); a >= 0; a = this.anchorAt(a + 1)) {
      const limit = Math.max(from, this.tried + 1);
      // Back from the anchor over name characters and at most maxSpaces spaces, down to `limit`; on the
      // way, the word boundaries (the pattern begins with \b: only they can start a match) are noted.
      let lo = a;
      let spaces = 0;
      let code = a < text.length ? text.charCodeAt(a) : -1;
      let here = code >= 0 && isWord(code);
      let n = 0;
      for (;;) {
        const c = lo > 0 ? text.charCodeAt(lo - 1) : -1;
        const before = c >= 0 && isWord(c);
        if (before !== here && (here || !wordFirst) && (first === undefined || (code >= 0 && first(code)))) {
          if (n === starts.length) {
            const grown = new Int32Array(2 * n);
            grown.set(starts);
            starts = grown;
          }
          starts[n++] = lo;
        }
        if (lo <= limit) break;
        if (c === 32) {
          if (++spaces > maxSpaces) break;
        } else if (!isNameChar(c)) break;
        lo--;
        here = before;
        code = c;
      }
      // Tried from the leftmost, as a global search tries them.
      for (let k = n - 1; k >= 0; k--) {
        sticky.lastIndex = starts[k] as number;
        const m = sticky.exec(text);
        if (m) return m;
      }
      this.tried = Math.max(this.tried, a);
    }
    return null;
  }
}
