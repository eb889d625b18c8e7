// Where any of many literal words occur in a text, found in one pass (an Aho-Corasick automaton over the
// text's UTF-8 bytes; the words are ASCII). The reference finders look for some thirty keywords in every
// paragraph, and an indexOf per keyword and paragraph took about a tenth of the whole parse.

/** A list of words whose occurrences are wanted together, by where they start. */
export interface WordGroup {
  words: readonly string[];
  /** Only occurrences that start a word (\b before them, as the words begin with \w). */
  wordStart?: boolean;
}

/** Occurrences per group: ascending start positions, each position once. */
export type Occurrences = ReadonlyArray<readonly number[]>;

const none: readonly number[] = Object.freeze([]);

// The text is read as UTF-8 bytes in a buffer kept between calls: a loop over a byte array runs at the
// same speed whatever the string's representation (a loop over charCodeAt slows down several times
// once it has seen the concatenated and sliced strings the parser makes).
const encoder = new TextEncoder();
let buffer = new Uint8Array(1 << 16);

/** Writes the text's UTF-8 bytes at the start of `buffer` (grown as needed) and returns how many. */
function utf8(text: string): number {
  if (buffer.length < 3 * text.length) buffer = new Uint8Array(3 * text.length);
  return encoder.encodeInto(text, buffer).written;
}

/** \w of a regular expression without the u flag. */
function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

export class KeywordSearch {
  /**
   * Next state by state and character class (see `classOf`). A state is held as its index times
   * 2^`shift` (the row width), and the states with outputs come last, from `firstOutput` on: the loop
   * over the text then does two lookups and one comparison per character.
   */
  private readonly next: Int32Array;
  /**
   * The class of each ASCII code: one per character the words hold, 0 for all others (which lead back
   * to the root from any state). Rows of classes rather than of 128 codes make the table a quarter of
   * the size, small enough to stay in the processor's nearest caches.
   */
  private readonly classOf: Uint8Array;
  private readonly shift: number;
  private readonly firstOutput: number;
  /** Per state (by index), its outputs (words ending there, through suffix links too) as outputAt[s] .. outputAt[s + 1]. */
  private readonly outputAt: Int32Array;
  /** Output entries: group index and word length, two numbers each. */
  private readonly outputs: Int32Array;
  private readonly wordStart: boolean[];

  constructor(groups: readonly WordGroup[]) {
    const children: Array<Map<number, number>> = [new Map()];
    const ending: Array<Array<[number, number]>> = [[]];
    groups.forEach((g, gi) => {
      for (const w of g.words) {
        if (!w) throw new Error('keyword-search: empty word');
        let s = 0;
        for (let i = 0; i < w.length; i++) {
          const c = w.charCodeAt(i);
          if (c >= 128) throw new Error(`keyword-search: ${w} is not ASCII`);
          let t = children[s]?.get(c);
          if (t === undefined) {
            t = children.length;
            children.push(new Map());
            ending.push([]);
            children[s]?.set(c, t);
          }
          s = t;
        }
        ending[s]?.push([gi, w.length]);
      }
    });
    const states = children.length;
    const next = new Int32Array(states * 128);
    const fail = new Int32Array(states);
    const outs: Array<Array<[number, number]>> = ending.map((e) => [...e]);
    // Breadth first: a state's suffix link and outputs are complete before its children are reached.
    const queue: number[] = [];
    for (let c = 0; c < 128; c++) {
      const t = children[0]?.get(c);
      if (t !== undefined) {
        next[c] = t;
        queue.push(t);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q] as number;
      const f = fail[s] as number;
      for (const [g, len] of outs[f] ?? []) outs[s]?.push([g, len]);
      for (let c = 0; c < 128; c++) {
        const t = children[s]?.get(c);
        if (t === undefined) next[s * 128 + c] = next[f * 128 + c] as number;
        else {
          next[s * 128 + c] = t;
          fail[t] = next[f * 128 + c] as number;
          queue.push(t);
        }
      }
    }
    // Renumbered: the root (which has no outputs) stays 0, states with outputs go last.
    const order = [...Array(states).keys()].sort((a, b) => Number((outs[a]?.length ?? 0) > 0) - Number((outs[b]?.length ?? 0) > 0) || a - b);
    const index = new Int32Array(states);
    order.forEach((old, i) => (index[old] = i));
    // Classes: 0 for the codes no word holds, then one per code in the words. Each class's row entry is
    // that of one code of the class (any code: all codes of class 0 lead to the root alike).
    const classOf = new Uint8Array(128);
    const codeOf = [-1];
    for (const g of groups) for (const w of g.words) for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!classOf[c]) {
        classOf[c] = codeOf.length;
        codeOf.push(c);
      }
    }
    codeOf[0] = Math.max(0, classOf.indexOf(0));
    let shift = 0;
    while (1 << shift < codeOf.length) shift++;
    const width = 1 << shift;
    // 32-bit entries: twice the size of 16-bit ones, and the loop reads them faster (they need no widening).
    this.next = new Int32Array(states * width);
    for (let s = 0; s < states; s++) {
      for (let k = 0; k < codeOf.length; k++) {
        const c = codeOf[k] as number;
        this.next[(index[s] as number) * width + k] = (index[next[s * 128 + c] as number] as number) * width;
      }
    }
    this.classOf = classOf;
    this.shift = shift;
    const first = order.findIndex((s) => (outs[s]?.length ?? 0) > 0);
    this.firstOutput = (first < 0 ? states : first) * width;
    const outputAt = new Int32Array(states + 1);
    const flat: number[] = [];
    order.forEach((old, i) => {
      outputAt[i] = flat.length / 2;
      for (const [g, len] of outs[old] ?? []) flat.push(g, len);
    });
    outputAt[states] = flat.length / 2;
    this.outputAt = outputAt;
    this.outputs = Int32Array.from(flat);
    this.wordStart = groups.map((g) => g.wordStart === true);
  }

  /** The occurrences of each group's words in the text, in the order the groups were given. */
  find(text: string): Occurrences {
    const found: Array<number[] | undefined> = new Array(this.wordStart.length);
    const { next, classOf, firstOutput } = this;
    // The bytes are read in the shared buffer, up to `length` (a view of them would cost an object per text).
    const length = utf8(text);
    const bytes = buffer;
    let unsorted = false;
    let s = 0;
    if (length === text.length) {
      // All ASCII (any other character takes two bytes or more): a byte's index is its position.
      for (let i = 0; i < length; i++) {
        s = next[s + (classOf[bytes[i] as number] as number)] as number;
        if (s >= firstOutput) unsorted = this.record(text, s, i, found) || unsorted;
      }
    } else {
      // `at` is the position in the text (in UTF-16 code units) of the character the byte belongs to.
      let at = -1;
      for (let i = 0; i < length; i++) {
        const b = bytes[i] as number;
        if (b >= 128) {
          // A lead byte starts a character (of two code units from 0xf0 on); continuation bytes do not.
          if (b >= 0xc0) at += b >= 0xf0 ? 2 : 1;
          s = 0;
          continue;
        }
        at++;
        s = next[s + (classOf[b] as number)] as number;
        if (s >= firstOutput) unsorted = this.record(text, s, at, found) || unsorted;
      }
    }
    // The lists are handed out in the array that gathered them.
    const result = found as Array<readonly number[] | undefined>;
    for (let g = 0; g < found.length; g++) {
      const list = found[g];
      result[g] = !list ? none : unsorted ? [...new Set(list)].sort((a, b) => a - b) : list;
    }
    return result as Occurrences;
  }

  /** Adds the words ending at position `at` (in state `s`) to their groups; true when one lands before an earlier start. */
  private record(text: string, s: number, at: number, found: Array<number[] | undefined>): boolean {
    let unsorted = false;
    const state = s >> this.shift;
    const end = this.outputAt[state + 1] as number;
    for (let o = this.outputAt[state] as number; o < end; o++) {
      const g = this.outputs[2 * o] as number;
      // Every word is ASCII: its characters are one code unit each.
      const start = at + 1 - (this.outputs[2 * o + 1] as number);
      if (this.wordStart[g] && start > 0 && isWord(text.charCodeAt(start - 1))) continue;
      const list = found[g];
      if (!list) found[g] = [start];
      else {
        const last = list[list.length - 1] as number;
        if (start === last) continue;
        if (start < last) unsorted = true;
        list.push(start);
      }
    }
    return unsorted;
  }
}
