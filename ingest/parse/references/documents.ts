// Document symbols written out in full: "A/51/261", "A/C.2/59/3", "S/PRST/2013/2", "CD/1839",
// "A/55/140 and Corr.1 and Add.1" (three documents), "A/79/552-S/2024/767" (a joint document: two
// symbols), "A/73/12 (Part I)". Full resolution symbols ("A/RES/64/25") come out as resolutions.
import { readSymbol } from '../symbols.ts';
import { keywordsIn, type Keywords } from './keywords.ts';

export interface DocumentHit {
  kind: 'resolution' | 'decision' | 'document';
  symbol: string;
  quote: string;
}

// A symbol: an upper-case organ prefix, then slash-separated parts. No nested quantifiers: each part
// is one character class run, and the parts are separated by a literal slash.
const symbolPattern = /(?<![\w/.-])([A-Z][A-Za-z]{0,9}(?:\.\d{1,4})?(?:-[A-Z]{1,3}){0,2}(?:-\d{1,3})?)\/([A-Za-z0-9.\-]{1,24}(?:\/[A-Za-z0-9.\-]{1,24}){0,6})(\s?\((?:Parts? [IVX\d]+(?: and [IVX\d]+)?|Vol\. ?[IVX\d]+|\d{4}|[IVXLC]{1,7})\)(?:\/[A-Za-z0-9.\-]{1,24}){0,3})?/g;
// Special-session resolution numbers ("S-10/2") are cited as resolutions, not as document symbols.
const sessionNumber = /^E?S-\d{1,2}\/\d{1,4}$/;
const suffixList = /^(?:,\s*|\s+and\s+|,\s+and\s+)((?:Corr|Add|Rev|Amend|Suppl)\.\s?\d{1,3})/;
const url = /\b(?:https?:\/\/|www\.)\S+/g;
const jointHyphen = /(\d)-(?=[A-Z]{1,6}(?:\.\d{1,4})?\/)/g;
const infcircNumber = /\bINFCIRC (\d{1,4})\b/g;

// The pattern is tried only just before the slashes: a symbol's first slash follows its organ prefix,
// which has at most 27 characters ([A-Z], 9 letters, ".9999", "-ABC" twice, "-999"), all of them
// letters, digits, dots and hyphens.
const symbolSticky = new RegExp(symbolPattern.source, 'y');
const maxPrefix = 27;

function isPrefixChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/**
 * What symbolPattern.exec(text) finds with lastIndex `from`. `slashes` are where the text may hold a
 * slash, ascending; `next.slash` is the first of them not yet passed, kept between calls.
 */
function nextSymbol(text: string, slashes: readonly number[], from: number, next: { slash: number }): RegExpExecArray | null {
  for (; next.slash < slashes.length; next.slash++) {
    const a = slashes[next.slash] as number;
    if (a <= from || text.charCodeAt(a) !== 47) continue;
    let lo = a;
    while (lo > from && a - lo < maxPrefix && isPrefixChar(text.charCodeAt(lo - 1))) lo--;
    for (let p = lo; p < a; p++) {
      const c = text.charCodeAt(p);
      if (c < 65 || c > 90) continue;
      symbolSticky.lastIndex = p;
      const m = symbolSticky.exec(text);
      if (m) return m;
    }
  }
  return null;
}

/** Whether a hyphen stands close enough before a slash to join two symbols (see jointHyphen: at most 12 characters). */
function hyphenBeforeSlash(text: string, slashes: readonly number[]): boolean {
  for (const a of slashes) for (let p = Math.max(0, a - 12); p < a; p++) if (text.charCodeAt(p) === 45) return true;
  return false;
}

function classify(symbol: string): DocumentHit['kind'] {
  if (/^(?:A|S|E|A\/HRC)\/RES\//.test(symbol)) return 'resolution';
  if (/^(?:A|E|A\/HRC)\/DEC\//.test(symbol)) return 'decision';
  return 'document';
}

/** Every full document symbol in the text, with corrigenda and addenda written after it expanded. */
export function findDocumentRefs(text: string, found: Keywords = keywordsIn(text)): DocumentHit[] {
  const hits: DocumentHit[] = [];
  // Every symbol holds a slash; each pass below runs only when its characters occur.
  const slash = found.slashes.length > 0;
  const infcirc = found.infcirc.length > 0;
  if (!slash && !infcirc) return hits;
  let clean = found.addresses.length ? text.replace(url, (u) => ' '.repeat(u.length)) : text;
  // The hyphen of a joint symbol ("A/79/552-S/2024/767") belongs to neither document.
  if (slash && hyphenBeforeSlash(clean, found.slashes)) clean = clean.replace(jointHyphen, '$1 ');
  const next = { slash: 0 };
  for (let m = slash ? nextSymbol(clean, found.slashes, 0, next) : null; m; m = nextSymbol(clean, found.slashes, m.index + m[0].length, next)) {
    const body = `${m[1]}/${m[2]}`;
    const end = m.index + m[0].length;
    const trimmed = body.replace(/[.,;:\-]+$/, '');
    const tail = m[3] ?? '';
    const part = /Part|Vol/.test(tail) || /\/RES\//.test(body) ? tail : '';
    if (sessionNumber.test(trimmed)) continue;
    const symbol = readSymbol(`${trimmed}${part}`);
    if (!symbol) continue;
    const quoteStart = m.index;
    hits.push({ kind: classify(symbol), symbol, quote: '' });
    const base = symbol;
    // "and Corr.1 and Add.1", ", Add.1 and Corr.2"
    let rest = clean.slice(end, end + 120);
    let consumed = 0;
    for (let s = suffixList.exec(rest); s?.[1]; s = suffixList.exec(rest)) {
      const suffixed = readSymbol(`${base}/${s[1].replace(/\s/g, '')}`);
      if (suffixed) hits.push({ kind: classify(suffixed), symbol: suffixed, quote: '' });
      consumed += s[0].length;
      rest = rest.slice(s[0].length);
    }
    const quote = clean.slice(quoteStart, end + consumed).trim().replace(/[.,;:]+$/, '');
    for (let i = hits.length - 1; i >= 0 && hits[i]?.quote === ''; i--) {
      const h = hits[i];
      if (h) h.quote = quote;
    }
  }
  // IAEA information circulars are often written with a space for the slash: "INFCIRC 549".
  if (infcirc) for (const m of clean.matchAll(infcircNumber)) hits.push({ kind: 'document', symbol: `INFCIRC/${m[1]}`, quote: m[0] });
  return hits;
}
