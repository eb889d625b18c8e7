// Page noise and footnote texts taken out of the body lines. Removed lines become blank lines, so that
// the paragraph builder sees where a page break cut a paragraph and can join the two halves again.
import { readSymbol } from './symbols.ts';
import { singleSpaced } from './spaces.ts';
import type { Line } from './text-lines.ts';

export interface RawFootnote {
  mark: string;
  text: string;
  /** Line number of the footnote's first line. */
  line: number;
}

export interface NoiseContext {
  symbol: string | null;
  title: string | null;
  jobNumber: string | null;
}

const pageCounter = /^\d{1,3} ?\/ ?\d{1,3}$/;
const jobNumber = /^(?:GE\.)?\d{2}-\d{5}(?: ?\([A-Z]\))?(?: \d{6})?$/;
const barcode = /^\d{7,}$/;
const rule = /^(?:_{3,}|-{3})$/;
const bracketDefinition = /^\[\^(\d{1,3})\]:?\s*(.*)$/;
const numberedStart = /^(\d{1,3})\s+(\S.*)$/;

// NFKC leaves ASCII text as it is, and costs a call into ICU.
const nonAscii = /[^\u0000-\u007f]/;
export const normalizeForMatch = (s: string): string =>
  singleSpaced((nonAscii.test(s) ? s.normalize('NFKC') : s).toLowerCase().replace(/[\u2018\u2019\u201C\u201D"']/g, '')).trim();

// What normalizeForMatch could shorten: anything outside ASCII, quotes, other white space, runs of spaces, spaces at the ends.
const plainChanges = /[^\u0020-\u007e]|["']|^ | {2}| $/;

function endsInPunctuation(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 44 || c === 59 || c === 58 || c === 46;
}

/**
 * Whether the text holds more than `most` ASCII letters and digits. normalizeForMatch keeps each of them
 * as one character of its own (NFKC may compose one with the marks after it, never two of them; lower
 * casing maps them to ASCII; only quotes and white space are taken out), so such a text normalizes to
 * more than `most` characters. Reads at most a little past the first `most` of them.
 */
export function holdsMoreAlnum(text: string, most: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = c | 32;
    if (((letter >= 97 && letter <= 122) || (c >= 48 && c <= 57)) && ++count > most) return true;
  }
  return false;
}

/** A line that only repeats (part of) the title: the running head of a page. */
function isTitleFragment(text: string, title: string): boolean {
  if (text.length > title.length) {
    // Plain ASCII with single inner spaces and no quotes normalizes to a string of its own length.
    if (!plainChanges.test(text)) return false;
    // Nor can a text that normalizes to more than the title's length be part of it (paragraphs of the
    // cleaned layout stand alone between blank lines and are asked about: they are not normalized).
    if (holdsMoreAlnum(text, title.length)) return false;
  }
  const t = normalizeForMatch(text);
  return t.length >= 8 && title.includes(t);
}

function isHeaderLine(text: string, ctx: NoiseContext): boolean {
  // Page counters, job numbers and barcodes start with a digit or "GE."; a page counter has at most
  // 9 characters, a job number its hyphen third (sixth after "GE."), a barcode 7 digits or more.
  const first = text.charCodeAt(0);
  if (
    ((first >= 48 && first <= 57) || first === 71) &&
    ((text.length <= 9 && pageCounter.test(text)) ||
      ((text.charCodeAt(2) === 45 || text.charCodeAt(5) === 45) && jobNumber.test(text)) ||
      (text.length >= 7 && barcode.test(text)))
  ) {
    return true;
  }
  if (ctx.jobNumber && text.startsWith(ctx.jobNumber)) return true;
  return ctx.symbol !== null && text.length < 40 && /\//.test(text) && readSymbol(text) === ctx.symbol;
}

/** Marks running heads (symbol, title, job number, page counter) as removed. */
function markHeaders(lines: readonly Line[], ctx: NoiseContext, removed: Uint8Array): void {
  const title = ctx.title ? normalizeForMatch(ctx.title) : '';
  const header: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (text && isHeaderLine(text, ctx)) {
      removed[i] = 1;
      header.push(i);
    }
  }
  if (!title) return;
  // Title lines of a running head sit within a few lines of its symbol or page counter.
  for (const h of header) {
    for (let i = Math.max(0, h - 4); i <= Math.min(lines.length - 1, h + 4); i++) {
      const text = lines[i]?.text ?? '';
      if (text && !removed[i] && isTitleFragment(text, title)) removed[i] = 1;
    }
  }
  // A stray running head alone between blank lines (cleaned layout).
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (!text || removed[i] || endsInPunctuation(text) || !text.includes(' ')) continue;
    const before = lines[i - 1]?.text ?? '';
    const after = lines[i + 1]?.text ?? '';
    if (!before && !after && isTitleFragment(text, title)) removed[i] = 1;
  }
}

/**
 * Takes the footnote texts out of the body: page-foot blocks after a rule (raw PDF layout), "[^n]: ..."
 * definitions (cleaned layout), and blocks that start with the next footnote number (joined layout).
 */
export function stripPageNoise(lines: readonly Line[], ctx: NoiseContext): { lines: Line[]; footnotes: RawFootnote[] } {
  const removed = new Uint8Array(lines.length);
  markHeaders(lines, ctx, removed);
  const footnotes: RawFootnote[] = [];
  let expected = 1;
  let current: RawFootnote | null = null;
  let inZone = false;

  const start = (mark: string, text: string, line: number): void => {
    current = { mark, text, line };
    footnotes.push(current);
    expected = Number(mark) + 1;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const text = line.text;
    if (removed[i]) {
      // A running head ends the foot of the previous page.
      if (isHeaderLine(text, ctx)) inZone = false;
      current = null;
      continue;
    }
    const first = text.charCodeAt(0);
    if ((first === 95 || first === 45) && rule.test(text)) {
      removed[i] = 1;
      inZone = text.startsWith('_');
      current = null;
      continue;
    }
    if (!text) {
      if (!inZone) current = null;
      continue;
    }
    const def = first === 91 ? bracketDefinition.exec(text) : null;
    if (def?.[1] && (text.includes(']:') || !lines[i - 1]?.text) && Math.abs(Number(def[1]) - expected) <= 2) {
      start(def[1], def[2] ?? '', line.n);
      removed[i] = 1;
      continue;
    }
    const numbered = first >= 48 && first <= 57 ? numberedStart.exec(text) : null;
    const mark = numbered?.[1];
    const startsNew = mark !== undefined && (inZone ? Number(mark) >= expected && Number(mark) <= expected + 2 : Number(mark) === expected && !lines[i - 1]?.text);
    if (startsNew && mark && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|per cent|years?)\b/.test(numbered?.[2] ?? '')) {
      start(mark, numbered?.[2] ?? '', line.n);
      removed[i] = 1;
      continue;
    }
    if (current !== null && (inZone || lines[i - 1]?.text)) {
      const note: RawFootnote = current;
      note.text = joinWrapped(note.text, text);
      removed[i] = 1;
      continue;
    }
    if (inZone) removed[i] = 1;
  }
  const out = lines.map((l, i) => (removed[i] ? { n: l.n, text: '' } : l));
  return { lines: out, footnotes: footnotes.map((f) => ({ ...f, text: singleSpaced(f.text).trim() })) };
}

/** Joins a wrapped line to the text before it, keeping a hyphen at the line end ("post-" + "conflict"). */
export function joinWrapped(before: string, after: string): string {
  if (!before) return after;
  if (/[A-Za-z]-$/.test(before) || /[\u2010-\u2015/]$/.test(before)) return before + after;
  return `${before} ${after}`;
}
