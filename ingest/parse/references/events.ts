// Conferences, summits and meetings: a capitalised name around "Conference", "Summit" or "Meeting"
// ("World Summit on the Information Society", "Ministerial Conference on Terrorism", "Assembly of
// States Parties to the Rome Statute ..."), or "meetings of experts"; with the places, dates and
// phases written after them ("held in Geneva from 10 to 12 December 2003 (first phase) and in Tunis ...").
import type { Session } from '../../../graph/model/parsed-document.ts';
import { readDateSpans } from '../date-ranges.ts';
import { AnchoredScan, anchored } from './anchored-scan.ts';
import { keywordsIn, type Keywords } from './keywords.ts';

export interface EventHit {
  kind: 'conference' | 'summit' | 'meeting';
  name: string;
  sessions: Session[];
  quote: string;
  /** The short name written in brackets after the full one, "(the Third Review Conference)". */
  alias?: string;
}

const keyword = /\b(Conferences?|Summits?|Meetings?|Assembly of (?:the )?States Parties)\b|\b((?:[a-z-]+ ){0,2}meetings? of (?:governmental )?experts|(?:quadrennial |annual )?high-level (?:plenary )?meetings? of the (?:General Assembly|Security Council)|meeting of the Committee on [A-Z][\w-]*(?: (?:with|the|of|and|on) [A-Z][\w-]*| [A-Z][\w-]*){0,8})\b/g;
// Every keyword match holds one of the event keywords, at most three words after its start.
const keywordScan = anchored(keyword, { maxSpaces: 3 });
// "in" is left out: "Meeting of States Parties to the Treaty in New York" ends before the place.
const connectors = new Set(['of', 'on', 'for', 'the', 'and', 'to', 'against', 'with', 'a', 'an']);
const notEvents = /^(?:Conference (?:Room|room|Building|services?|servicing)|Summit (?:Outcome)?$)/;
const place = "((?:The )?[A-Z][\\w'\\u2019.-]+(?: [A-Z][\\w'\\u2019.-]+){0,3}(?:, [A-Z][\\w'\\u2019.-]+(?: [A-Z][\\w'\\u2019.-]+){0,2})?)";

const sessionAt = new RegExp(`^,?\\s*(?:which was |that was |to be )?(?:held |convened |taking place |to be held )?(?:(?:and|as well as) )?(?:in ${place})?(?:,? (?:from|on|in) )?`);

// The words before a name that are no part of it, and the words after it, one at a time.
const leftOut = new Set(['The', 'A', 'An', 'and', 'Its', 'At', 'In', 'By', 'See', 'Recalling', 'Welcoming', 'Noting']);

/** /^(?:[A-Z0-9][\w'\u2019.-]*|United|Nations)$/.test(text.slice(from, to)): a capital or a digit, then word characters. */
function isCapWord(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  const c = text.charCodeAt(from);
  if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  for (let i = from + 1; i < to; i++) {
    const d = text.charCodeAt(i);
    if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 95 || d === 39 || d === 0x2019 || d === 46 || d === 45)) return false;
  }
  return true;
}

/** , ; : ( ) */
function isClauseMark(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** /[,;:()]$/.test(word) */
function endsClause(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41;
}

// Two words or more: what s.split(/\s+/).filter(Boolean).length >= 2 says, without the split.
const twoWords = /\S\s+\S/;

/** \s of a regular expression. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** words(text.slice(end - width, end)) read from the last word back, each word split off when first asked for. */
class WordsBefore {
  private readonly found: string[] = [];
  private pos: number;
  private readonly lo: number;

  constructor(
    private readonly text: string,
    end: number,
    width: number,
  ) {
    this.pos = end;
    this.lo = Math.max(0, end - width);
  }

  /** The i-th word from the end (0 is the last), or undefined. */
  at(i: number): string | undefined {
    const { text } = this;
    while (this.found.length <= i) {
      let e = this.pos;
      while (e > this.lo && isSpace(text.charCodeAt(e - 1))) e--;
      if (e <= this.lo) return undefined;
      let b = e;
      while (b > this.lo && !isSpace(text.charCodeAt(b - 1))) b--;
      this.found.push(text.slice(b, e));
      this.pos = b;
    }
    return this.found[i];
  }
}

/** Extends the keyword to the whole capitalised name on both sides. */
export function expandName(text: string, start: number, end: number): { name: string; start: number; end: number } {
  // The words of the 120 characters before, last first, split only as far as they are read.
  const before = new WordsBefore(text, start, 120);
  const left: string[] = [];
  for (let i = 0; ; i++) {
    const w = before.at(i);
    if (w === undefined || endsClause(w)) break;
    if (isCapWord(w, 0, w.length) || (w === 'and' && left.length && isCapWord(before.at(i + 1) ?? '', 0, (before.at(i + 1) ?? '').length))) left.push(w);
    else break;
  }
  // Read last first: the first word of the name is the last taken.
  let first = left.length;
  while (first > 0 && leftOut.has(left[first - 1] as string)) first--;
  let head = '';
  for (let i = first - 1; i >= 0; i--) head += i === first - 1 ? left[i] : ` ${left[i]}`;
  // The words on the right, read in the 200 characters after the keyword one at a time: a run of white
  // space, a word (no white space, no , ; : ( or )), and the mark after it that ends the name, if any.
  const limit = Math.min(text.length, end + 200);
  // The words taken on the right: how long they are as written (for the end of the name) and with
  // single spaces between them (`spaced`, for the name: the words before are joined with single
  // spaces, the keyword has them).
  let right = 0;
  let spaced = '';
  let pending = 0;
  let pendingSpaced = '';
  for (let p = end; ; ) {
    let from = p;
    while (from < limit && isSpace(text.charCodeAt(from))) from++;
    let to = from;
    while (to < limit && !isSpace(text.charCodeAt(to)) && !isClauseMark(text.charCodeAt(to))) to++;
    if (from === p || to === from) break;
    const closes = to < limit && isClauseMark(text.charCodeAt(to));
    const gap = from - p;
    if (!closes && to - from <= 7 && connectors.has(text.slice(from, to))) {
      pending += gap + to - from;
      pendingSpaced += ` ${text.slice(from, to)}`;
      p = to;
      continue;
    }
    if (!isCapWord(text, from, to) || isDigit(text.charCodeAt(from)) || (!pending && !right)) break;
    right += pending + gap + to - from;
    spaced += `${pendingSpaced} ${text.slice(from, to)}`;
    pending = 0;
    pendingSpaced = '';
    if (closes) break;
    p = to;
  }
  let name = `${head ? `${head} ` : ''}${text.slice(start, end)}${spaced}`;
  const last = name.charCodeAt(name.length - 1);
  if (last === 46 || last === 44) name = name.slice(0, -1);
  return { name: name.trim(), start: start - (head ? head.length + 1 : 0), end: end + right };
}

function kindOf(name: string): EventHit['kind'] {
  if (/\bSummits?\b/.test(name)) return 'summit';
  if (/\b[Mm]eetings?\b/.test(name)) return 'meeting';
  return 'conference';
}

/** The sessions written after the name: "held in Geneva from 10 to 12 December 2003 (first phase) and in Tunis ...". */
function readSessions(text: string): { sessions: Session[]; length: number } {
  const sessions: Session[] = [];
  let pos = 0;
  for (let round = 0; round < 6; round++) {
    const rest = text.slice(pos);
    const m = sessionAt.exec(rest);
    if (!m || !m[0].trim()) break;
    const placeName = m[1];
    let used = m[0].length;
    const dates = readDateSpans(rest.slice(used));
    if (!placeName && !dates) break;
    if (dates) used += dates.length;
    const label = /^ \(([a-z]+ (?:phase|session|part))\)/.exec(rest.slice(used));
    if (label) used += label[0].length;
    const spans = dates?.spans ?? [{}];
    for (const s of spans) {
      const session: Session = {};
      if (placeName) session.place = placeName;
      if ('start' in s && s.start) session.start = s.start;
      if ('end' in s && s.end) session.end = s.end;
      if (label?.[1]) session.label = label[1];
      sessions.push(session);
    }
    pos += used;
    if (!/^,?\s*(?:and|as well as) (?:in |from |on )/.test(text.slice(pos))) break;
  }
  return { sessions, length: pos };
}

const shortName = /^,? \((?:the |hereinafter )?([A-Z][\w'\u2019\u2010\u2011 -]{2,80}?\b(?:Conference|Summit|Meeting))\)/;

/** A footnote number run into the name ("Development6") and a hyphen the line break left a space after go. */
function tidyName(name: string): string {
  const last = name.charCodeAt(name.length - 1);
  const unglued = last >= 48 && last <= 57 ? name.replace(/([a-z])\d{1,2}$/, '$1') : name;
  return unglued.includes('- ') ? unglued.replace(/([A-Za-z])- (?=[A-Z])/g, '$1-') : unglued;
}

/** "Summits" and "Conferences" of a series named in the singular. */
function singular(name: string): string {
  return name.includes('Summits') || name.includes('Conferences') || name.includes('Meetings') ? name.replace(/\b(Summit|Conference|Meeting)s\b/g, '$1') : name;
}

/** "2000 and 2010 Review Conferences" are two conferences, one a year. */
function perYear(name: string): string[] {
  const m = /^((?:\d{4}, )*\d{4}) and (\d{4}) (.+)$/.exec(name);
  if (!m?.[1] || !m[2] || !m[3]) return [name];
  return [...m[1].split(', '), m[2]].map((year) => `${year} ${m[3]}`);
}

export function findEventRefs(text: string, found: Keywords = keywordsIn(text)): EventHit[] {
  const hits: EventHit[] = [];
  if (!found.events.length) return hits;
  const scan = new AnchoredScan(keywordScan, text, found.events);
  let coveredTo = 0;
  let from = 0;
  for (let m = scan.exec(from); m; m = scan.exec(from)) {
    from = m.index + m[0].length;
    if (m.index < coveredTo) continue;
    const lower = m[2];
    const expanded = lower
      ? { name: lower.replace(/^(?:the|convening|in|of|at|and) /, ''), start: m.index, end: m.index + lower.length }
      : expandName(text, m.index, m.index + m[0].length);
    coveredTo = expanded.end;
    // A short name given in brackets after the full one, "(the Third Review Conference)", is no new event.
    if (!lower && /\((?:the )?$/.test(text.slice(Math.max(0, expanded.start - 6), expanded.start))) continue;
    // One name for all phases: "Summits" and "Conferences" of a series are named in the singular.
    const name = lower ? expanded.name : tidyName(singular(expanded.name));
    if (!lower && (!twoWords.test(name) || notEvents.test(name))) continue;
    if (!lower && /^(?:Conference|Summit|Meeting)s?$/.test(name)) continue;
    const { sessions, length } = readSessions(text.slice(expanded.end));
    const quote = text.slice(expanded.start, expanded.end + length).trim();
    const alias = shortName.exec(text.slice(expanded.end + length, expanded.end + length + 100))?.[1];
    for (const one of perYear(name)) {
      const hit: EventHit = { kind: kindOf(one), name: one, sessions, quote };
      if (alias) hit.alias = alias;
      hits.push(hit);
    }
    from = Math.max(from, expanded.end);
  }
  return hits;
}
