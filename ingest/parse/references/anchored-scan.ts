// Matches of a name pattern looked for only near its keywords. A pattern such as "up to six capitalised
// words, then Treaty|Convention|..." is tried by a global search at every word boundary of a paragraph;
// here the keywords (the anchors) are found with indexOf, and the pattern is tried, sticky, only at the
// word boundaries a few words before each of them. The matches are those a global search would find,
// in the same order: every match holds an anchor, and starts at most `maxSpaces` spaces before it.
import { indexOfRare, rareKey, type RareKey } from '../rare-key.ts';

export interface AnchoredPattern {
  /** The pattern, sticky; it must begin with \b. */
  sticky: RegExp;
  /** Literal strings, one of which every match holds at or after its start. */
  anchors: readonly string[];
  /** The anchors as searched for (lower-case ones from their rarest letter on). */
  keys: readonly RareKey[];
  /** The anchors as one global regular expression, when that finds them quicker than indexOf. */
  anchorPattern: RegExp | null;
  /** How many spaces may lie between the start of a match and its anchor. */
  maxSpaces: number;
}

/** The pattern (a global regular expression beginning with \b), to be searched near its anchors. */
export function anchored(
  pattern: RegExp,
  anchors: readonly string[],
  options: { maxSpaces?: number; findWith?: 'indexOf' | 'regexp' } = {},
): AnchoredPattern {
  if (!pattern.source.startsWith('\\b')) throw new Error(`anchored: ${pattern.source} does not begin with \\b`);
  // indexOf is quicker for a few anchors; for many, one pass of a regular expression is. Every anchor
  // begins a word in every match of these patterns, so the regular expression looks at word starts only.
  const anchorPattern = options.findWith === 'regexp' ? new RegExp(`\\b(?:${anchors.map(escape).join('|')})`, 'g') : null;
  const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
  return { sticky, anchors, keys: anchors.map(rareKey), anchorPattern, maxSpaces: options.maxSpaces ?? Number.POSITIVE_INFINITY };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  /** Per anchor, its first occurrence at or after some position at most the next `from`; -1 when none. */
  private readonly next: number[];
  /** Every start position up to here has been tried and failed. */
  private tried = -1;

  constructor(
    private readonly pattern: AnchoredPattern,
    private readonly text: string,
  ) {
    if (pattern.anchorPattern) this.next = [-2];
    else {
      const { keys } = pattern;
      this.next = new Array<number>(keys.length);
      for (let i = 0; i < keys.length; i++) this.next[i] = indexOfRare(text, keys[i] as RareKey);
    }
  }

  /** First anchor occurrence at or after `from`, or -1. */
  private anchorAt(from: number): number {
    const { anchorPattern } = this.pattern;
    if (anchorPattern) {
      const p = this.next[0] ?? -1;
      if (p === -1 || p >= from) return p;
      anchorPattern.lastIndex = from;
      const found = anchorPattern.exec(this.text)?.index ?? -1;
      this.next[0] = found;
      return found;
    }
    let best = -1;
    const { next } = this;
    for (let i = 0; i < next.length; i++) {
      let p = next[i] ?? -1;
      if (p < 0) continue;
      if (p < from) {
        p = indexOfRare(this.text, this.pattern.keys[i] as RareKey, from);
        next[i] = p;
        if (p < 0) continue;
      }
      if (best < 0 || p < best) best = p;
    }
    return best;
  }

  /** The leftmost match starting at or after `from`, as exec of the global pattern with lastIndex `from` finds it. */
  exec(from: number): RegExpExecArray | null {
    const { text } = this;
    const { sticky, maxSpaces } = this.pattern;
    for (let a = this.anchorAt(from); a >= 0; a = this.anchorAt(a + 1)) {
      const limit = Math.max(from, this.tried + 1);
      let lo = a;
      let spaces = 0;
      while (lo > limit) {
        const c = text.charCodeAt(lo - 1);
        if (c === 32) {
          if (++spaces > maxSpaces) break;
        } else if (!isNameChar(c)) break;
        lo--;
      }
      for (let p = lo; p <= a; p++) {
        // The pattern begins with \b: only word boundaries can start a match.
        if ((p > 0 && isWord(text.charCodeAt(p - 1))) === (p < text.length && isWord(text.charCodeAt(p)))) continue;
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (m) return m;
      }
      this.tried = Math.max(this.tried, a);
    }
    return null;
  }
}
