// What the parse schema asks of a document beyond its TypeScript type: the spelling of dates and
// paragraph ids, and a whole session number. The parser builds its output under that type (plain
// objects, no other keys), so these values are all that can be wrong; a document whose values fit is
// one that ParsedDocument.parse returns unchanged (test/unit/parse/output-values.test.ts shows it).
import type { ParsedDocument } from '../../graph/model/parsed-document.ts';

const isDate = (d: string | null | undefined): boolean => d === null || d === undefined || isPartialDate(d);

// The two patterns are read character by character: a document has a paragraph id per reference, and
// testing each with the regular expression was some 4,000 calls per pass over the corpus.
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** partialDatePattern.test(d): four digits, then "-" and two digits, up to twice. */
export function isPartialDate(d: string): boolean {
  if (d.length !== 4 && d.length !== 7 && d.length !== 10) return false;
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : !isDigit(c)) return false;
  }
  return true;
}

/** paragraphIdPattern.test(id): "pp" or "op", then digits. */
export function isParagraphId(id: string): boolean {
  if (id.length < 3 || id.charCodeAt(1) !== 112) return false;
  const first = id.charCodeAt(0);
  if (first !== 112 && first !== 111) return false;
  for (let i = 2; i < id.length; i++) if (!isDigit(id.charCodeAt(i))) return false;
  return true;
}

export function valuesFitSchema(doc: ParsedDocument): boolean {
  if (doc.session !== null && !Number.isInteger(doc.session)) return false;
  if (!isDate(doc.adopted) || !isDate(doc.issued)) return false;
  for (const p of doc.paragraphs) if (!isParagraphId(p.id)) return false;
  for (const f of doc.footnotes) if (f.paragraph !== null && !isParagraphId(f.paragraph)) return false;
  for (const r of doc.references) {
    if (!isParagraphId(r.paragraph)) return false;
    switch (r.kind) {
      case 'resolution':
      case 'decision':
      case 'document':
        if (!isDate(r.date)) return false;
        break;
      case 'group':
        if (!isDate(r.established)) return false;
        break;
      case 'conference':
      case 'summit':
      case 'meeting':
        for (const s of r.sessions) if (!isDate(s.start) || !isDate(s.end)) return false;
        break;
      default:
        break;
    }
  }
  return true;
}
