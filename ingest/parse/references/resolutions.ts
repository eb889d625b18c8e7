// Resolutions and decisions cited by number after "resolution(s)" or "decision(s)", with the date
// written beside each: "53/70 of 4 December 1998, ... and 63/37 of 2 December 2008"; "71/31 and 71/32
// of 5 December 2016" (both dated); "1514 (XV)"; "2200 A (XXI)"; "43/222 A to E" (five);
// "Security Council resolution 1373 (2001)"; "Human Rights Council resolution 20/8".
import { numberedResolutionSymbol, toResolutionSymbol, type SymbolBody } from '../../../graph/ids.ts';
import { monthPattern, parseDayMonthYear } from '../dates.ts';
import { keywordsIn, type Keywords } from './keywords.ts';

export interface SymbolHit {
  kind: 'resolution' | 'decision';
  symbol: string;
  date?: string;
  quote: string;
}

// Tried one character before each "esolution" and "ecision" of the text.
const trigger = /\b([Rr]esolutions?|[Dd]ecisions?)\s+(?=(?:E?S-)?\d)/y;
const item = /(?:((?:E?S-)?\d{1,4})\s?\/\s?(\d{1,4})(?:\s?([A-Z]{1,2})(?![A-Za-z]))?(?:\s?to\s([A-Z])(?![A-Za-z]))?|(\d{1,4})(?:\s?([A-Z]))?\s?\(\s?([IVXLC]+|\d{4})\s?\))/y;
const dated = new RegExp(`,?\\s+(?:of|on|dated|adopted on)\\s+(\\d{1,2}\\s+${monthPattern}\\s+\\d{4})`, 'y');
const separator = /\s*(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+)(?=(?:E?S-)?\d)/y;

type Named = SymbolBody | 'council' | 'foreign' | null;

/** \s of a regular expression. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** [A-Za-z.'\u2019-] */
function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 39 || c === 0x2019 || c === 45;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** Whether text.slice(from, to) is "and", "of", "on" or "the". */
function isSmallWord(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n === 2) return text.startsWith('of', from) || text.startsWith('on', from);
  return n === 3 && (text.startsWith('and', from) || text.startsWith('the', from));
}

/**
 * What /((?:[A-Z][A-Za-z.'\u2019-]*|and|of|on|the)\s+){0,5}$/.exec(before)[0] is, read back from the end
 * word by word (the expression is tried at every position of the text: some 450 ns a trigger). The
 * match is the last words (at most five) that are capitalised or "and", "of", "on", "the", each with
 * the white space after it; when fewer than five, it begins as early as it can in the word before
 * them, which may end in such a word ("fooBar" ends in "Bar", "brand" in "and").
 */
export function wordsBeforeTrigger(before: string): string {
  const length = before.length;
  if (!length || !isSpace(before.charCodeAt(length - 1))) return '';
  let start = length;
  let pos = length;
  for (let count = 0; count < 5; count++) {
    let e = pos;
    while (e > 0 && isSpace(before.charCodeAt(e - 1))) e--;
    if (e === 0) break;
    let b = e;
    while (b > 0 && !isSpace(before.charCodeAt(b - 1))) b--;
    // The word's tail made of name characters; a capitalised word is one that starts with a capital.
    let tail = e;
    while (tail > b && isNameChar(before.charCodeAt(tail - 1))) tail--;
    if ((tail === b && isCapital(before.charCodeAt(b))) || isSmallWord(before, b, e)) {
      start = b;
      pos = b;
      continue;
    }
    // The earliest end of the word that is capitalised or a small word, if any.
    let q = tail;
    while (q < e && !isCapital(before.charCodeAt(q))) q++;
    let earliest = q < e ? q : -1;
    for (const n of [3, 2]) {
      if (e - n >= b && e - n < (earliest < 0 ? e : earliest) && isSmallWord(before, e - n, e)) earliest = e - n;
    }
    if (earliest >= 0) start = earliest;
    break;
  }
  return before.slice(start);
}

/** The body named just before the trigger word: "Security Council resolution", "its resolution", "WHO resolution". */
function namedBody(before: string): Named {
  const run = wordsBeforeTrigger(before).trim().replace(/^(?:(?:and|of|on|the)\s+)+/, '');
  if (!run || !/[A-Z]/.test(run)) return null;
  if (/\bSecurity Council$/.test(run)) return 'SC';
  if (/\bHuman Rights Council$/.test(run)) return 'HRC';
  if (/\bEconomic and Social Council$/.test(run)) return 'ECOSOC';
  if (/^(?:(?:United Nations )?General )?Assembly$/.test(run) || /\bGeneral Assembly$/.test(run)) return 'GA';
  if (/^(?:the )?Council$/.test(run)) return 'council';
  if (/^(?:Its|Their|The|This|That|These|Those|See|Including|Also|In|By|Recalling|Reaffirming|Resolution|Resolutions)$/i.test(run)) return null;
  if (/(?:Council|Assembly|Conference|Commission|Board|Committee|Organization|Organisation|Agency|Parties|Union|Group)$/.test(run)) return 'foreign';
  return null;
}

function bodyOf(named: Named, own: SymbolBody, first: string | undefined, bracket: string | undefined): SymbolBody | null {
  if (named === 'foreign') return null;
  if (bracket) {
    if (/^\d{4}$/.test(bracket)) return named === null || named === 'SC' || named === 'council' ? 'SC' : null;
    return named === 'ECOSOC' ? 'ECOSOC' : named === 'SC' || named === 'HRC' ? null : 'GA';
  }
  if (first && /^\d{4}$/.test(first) && Number(first) >= 1946) return named === 'HRC' || named === 'GA' ? null : 'ECOSOC';
  if (named === 'council') return own === 'GA' ? 'HRC' : own === 'SC' ? 'GA' : own;
  if (named) return named === 'SC' ? null : named;
  return own === 'SC' ? 'GA' : own;
}

const letters = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0) && out.length < 26; c++) out.push(String.fromCharCode(c));
  return out;
};

/** Every resolution and decision cited by number in the text. */
export function findResolutionRefs(text: string, own: SymbolBody, found: Keywords = keywordsIn(text)): SymbolHit[] {
  const hits: SymbolHit[] = [];
  // Where the search for the next trigger starts.
  let next = 0;
  for (const word of found.citations) {
    if (word - 1 < next) continue;
    trigger.lastIndex = word - 1;
    const t = trigger.exec(text);
    if (!t) continue;
    // [Rr]esolutions? or [Dd]ecisions?
    const initial = t[1]?.charCodeAt(0);
    const kind = initial === 68 || initial === 100 ? 'decision' : 'resolution';
    const named = namedBody(text.slice(Math.max(0, t.index - 60), t.index));
    let pos = t.index + t[0].length;
    // Items joined by "and" since the last comma wait for a date written after the last of them.
    let pending: SymbolHit[] = [];
    const listStart = hits.length;
    for (;;) {
      item.lastIndex = pos;
      const m = item.exec(text);
      if (!m) break;
      pos = item.lastIndex;
      const [raw, first, second, letter, toLetter, oldNumber, oldLetter, bracket] = m;
      const body = bodyOf(named, own, first, bracket);
      const made: SymbolHit[] = [];
      if (body) {
        if (first && second) {
          const suffixes = letter && toLetter ? letters(letter, toLetter) : [letter ?? ''];
          for (const s of suffixes) {
            const symbol = numberedResolutionSymbol(body, first, second, s, kind);
            if (symbol) made.push({ kind, symbol, quote: raw });
          }
        } else if (oldNumber && bracket) {
          const symbol = toResolutionSymbol(body, `${oldNumber}${oldLetter ? ` ${oldLetter}` : ''} (${bracket})`, kind);
          if (symbol) made.push({ kind, symbol, quote: raw });
        }
      }
      dated.lastIndex = pos;
      const d = dated.exec(text);
      if (d?.[1]) {
        pos = dated.lastIndex;
        const date = parseDayMonthYear(d[1]) ?? undefined;
        if (date) {
          for (const h of pending) if (!h.date) h.date = date;
          for (const h of made) if (!h.date) h.date = date;
        }
        // The item begins with its number, so the quote needs no trimming at its start.
        const quote = `${raw}${d[0]}`;
        for (const h of made) h.quote = quote;
        pending = [];
      } else {
        pending.push(...made);
      }
      hits.push(...made);
      separator.lastIndex = pos;
      const sep = separator.exec(text);
      if (!sep) break;
      if (sep[0].includes(',')) pending = [];
      pos = separator.lastIndex;
    }
    // A single citation quotes its trigger too: "resolution 63/37".
    if (hits.length - listStart === 1) {
      const h = hits[listStart];
      if (h) h.quote = text.slice(t.index, pos).trim().replace(/[,;]$/, '');
    }
    next = Math.max(pos, t.index + t[0].length);
  }
  return hits;
}
