// Document symbols written out in full: "A/51/261", "A/C.2/59/3", "S/PRST/2013/2", "CD/1839",
// "A/55/140 and Corr.1 and Add.1" (three documents), "A/79/552-S/2024/767" (a joint document: two
// symbols), "A/73/12 (Part I)". Full resolution symbols ("A/RES/64/25") come out as resolutions.
import { parseSymbol } from '../../../graph/ids.ts';
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
  if (slash) clean = clean.replace(jointHyphen, '$1 ');
  symbolPattern.lastIndex = 0;
  for (let m = slash ? symbolPattern.exec(clean) : null; m; m = symbolPattern.exec(clean)) {
    const body = `${m[1]}/${m[2]}`;
    const end = m.index + m[0].length;
    const trimmed = body.replace(/[.,;:\-]+$/, '');
    const tail = m[3] ?? '';
    const part = /Part|Vol/.test(tail) || /\/RES\//.test(body) ? tail : '';
    if (sessionNumber.test(trimmed)) continue;
    const symbol = parseSymbol(`${trimmed}${part}`);
    if (!symbol) continue;
    const quoteStart = m.index;
    hits.push({ kind: classify(symbol), symbol, quote: '' });
    const base = symbol;
    // "and Corr.1 and Add.1", ", Add.1 and Corr.2"
    let rest = clean.slice(end, end + 120);
    let consumed = 0;
    for (let s = suffixList.exec(rest); s?.[1]; s = suffixList.exec(rest)) {
      const suffixed = parseSymbol(`${base}/${s[1].replace(/\s/g, '')}`);
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
