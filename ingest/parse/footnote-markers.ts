// Footnote markers in the body, found in footnote order and removed from the text: "[^6]" (cleaned
// layout and superscripts), glued digits ("Bodies,1", "Development6", "20242" for 2024 + 2) and
// digits standing alone ("in 2014, 3", "States 4 that").

export interface MarkedText {
  text: string;
}

export interface MarkerHit {
  /** Index of the text the marker was found in. */
  index: number;
}

export const numberingWords = /(?:paragraphs?|para|paras|articles?|art|sections?|chapters?|chap|goals?|targets?|rules?|principles?|annex(?:es)?|parts?|phases?|No|vol|vols|pp?|items?|resolutions?|decisions?|protocols?|levels?|tier|stage|session|sessions|and|to|of|or|than|least|over|nearly|some|about|from|by|Section|Article|Goal|Target|Rule|Principle|Part|Phase|Protocol|Level)$/i;
export const notAfter = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|per\b|percent|years?|months?|days?|weeks?|hours?|times|million|billion|States|countries|members|-|\/|\d)/;

export interface Candidate {
  start: number;
  end: number;
  /** What replaces the marker (the year of "20242" stays). */
  keep: string;
}

interface MarkPatterns {
  /** Glued to a letter, a closing quote or bracket, or punctuation; the match starts one before the mark. */
  glued: RegExp;
  /** Glued to a year; the match starts four before the mark. */
  year: RegExp;
  /** Alone after a space; the match starts two before the mark. */
  alone: RegExp;
}
const patternCache = new Map<string, MarkPatterns>();

// Sticky: each is tried only where the mark occurs, at the start its match would have.
function patternsFor(mark: string): MarkPatterns {
  let p = patternCache.get(mark);
  if (!p) {
    p = {
      glued: new RegExp(`[A-Za-z\\u2019\\u201D"')\\],.;:]${mark}(?![\\d/.,]\\d|\\d|/)`, 'y'),
      year: new RegExp(`\\b((?:19|20)\\d\\d)${mark}\\b`, 'y'),
      alone: new RegExp(`(\\S)( ${mark})(?=[\\s,.;:)]|$)`, 'y'),
    };
    if (patternCache.size < 1000) patternCache.set(mark, p);
  }
  return p;
}

/** The candidate starting first at or after `from` (a function of the module: a closure made per call costs more than the call). */
export function earlier(c: Candidate, best: Candidate | null, from: number): Candidate | null {
  return c.start >= from && (!best || c.start < best.start) ? c : best;
}

/** The pattern matches with its start `back` characters before the mark at `at`. */
function matchesAt(pattern: RegExp, text: string, at: number, back: number): RegExpExecArray | null {
  if (at < back) return null;
  pattern.lastIndex = at - back;
  return pattern.exec(text);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// Each pattern holds the mark at a fixed distance from its start, so its matches from left to right are
// found at the occurrences of the mark (which is all digits) from left to right: a glued match cannot
// overlap the one before (its first character is no digit), a year match is taken first only, and an
// alone match is skipped when it would start inside the one before, as a global search skips it.
function findInText(text: string, mark: string, from: number): Candidate | null {
  // Every candidate holds the mark at or after `from`.
  let q = text.indexOf(mark, from);
  if (q < 0) return null;
  const at: number[] = [];
  for (; q >= 0; q = text.indexOf(mark, q + 1)) at.push(q);
  const patterns = patternsFor(mark);
  let best: Candidate | null = null;
  const bracket = text.indexOf(`[^${mark}]`, from);
  if (bracket >= 0) best = earlier({ start: bracket, end: bracket + mark.length + 3, keep: '' }, best, from);
  // Glued to a letter, a closing quote or bracket, or punctuation: "Bodies,1", "Development6 as".
  for (const q of at) {
    if (q - 1 < from) continue;
    const m = isDigit(text.charCodeAt(q - 1)) ? null : matchesAt(patterns.glued, text, q, 1);
    if (!m) continue;
    // Candidates come in order: none from here on can come before the best one.
    if (best !== null && m.index + 1 >= best.start) break;
    const before = text.slice(Math.max(0, m.index - 12), m.index + 1);
    // Not a symbol ("A/RES/1"), a Goal/target number ("Goal 16.1") or a word with digits ("G20", "COVID-19").
    if (/[/-][A-Za-z0-9.]*$/.test(before) || /\b[A-Z]{1,3}$/.test(before)) continue;
    best = earlier({ start: m.index + 1, end: m.index + 1 + mark.length, keep: '' }, best, from);
    break;
  }
  // Glued to a year: "20242" is 2024 and footnote 2.
  for (const q of at) {
    if (q - 4 < from || !isDigit(text.charCodeAt(q - 1))) continue;
    const y = matchesAt(patterns.year, text, q, 4);
    if (!y?.[1]) continue;
    best = earlier({ start: y.index, end: y.index + y[0].length, keep: y[1] }, best, from);
    break;
  }
  // Alone after a space: "in 2014, 3", "States 4 that".
  let searched = Math.max(0, from - 1);
  for (const q of at) {
    if (q - 2 < searched || text.charCodeAt(q - 1) !== 32) continue;
    const m = matchesAt(patterns.alone, text, q, 2);
    if (!m) continue;
    if (best !== null && m.index + 1 >= best.start) break;
    searched = m.index + m[0].length;
    const head = text.slice(Math.max(0, m.index - 40), m.index + 1);
    const word = /([A-Za-z.]+)[,;:]?$/.exec(head)?.[1] ?? '';
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 40).trimStart();
    if (/\d$/.test(head) && !/,$/.test(head)) continue;
    if (numberingWords.test(word) || notAfter.test(tail)) continue;
    best = earlier({ start: m.index + 1, end: m.index + m[0].length, keep: '' }, best, from);
    break;
  }
  return best;
}

const untidy = /\[\^| [ ,;.]/;

/**
 * The text without bracketed markers, runs of spaces and spaces before punctuation (one test first: most
 * need none). `needed`: whether the text holds "[^", two spaces or a space before "," ";" or ".", when
 * the caller has read that already (the parse reads it in the reference keywords' pass).
 */
export function tidy(text: string, needed = untidy.test(text)): string {
  if (!needed) return text;
  return text.replace(/\[\^\d{1,3}\]/g, '').replace(/ {2,}/g, ' ').replace(/ ([,;.])/g, '$1');
}

/**
 * Finds the marker of each footnote, in order, through the texts (which are edited in place to drop
 * the markers, and tidied unless `tidied` is false: then the caller tidies them). Returns, per
 * footnote, the index of the text holding its marker, or -1.
 */
export function findMarkers(texts: MarkedText[], marks: readonly string[], window = 40, tidied = true): number[] {
  return walkMarkers(texts, marks, window, findInText, tidied);
}

/** findMarkers with the search for one marker given (tests hold it against a reference search). */
export function walkMarkers(
  texts: MarkedText[], marks: readonly string[], window: number,
  find: (text: string, mark: string, from: number) => Candidate | null,
  tidied = true,
): number[] {
  const found: number[] = [];
  let at = 0;
  let offset = 0;
  for (const mark of marks) {
    let hit = -1;
    for (let i = at; i < Math.min(texts.length, at + window); i++) {
      const t = texts[i];
      if (!t) continue;
      const c = find(t.text, mark, i === at ? offset : 0);
      if (c) {
        t.text = t.text.slice(0, c.start) + c.keep + t.text.slice(c.end);
        at = i;
        offset = c.start + c.keep.length;
        hit = i;
        break;
      }
    }
    found.push(hit);
  }
  if (tidied) for (const t of texts) t.text = tidy(t.text);
  return found;
}
