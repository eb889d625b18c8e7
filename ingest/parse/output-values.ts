// What the parse schema asks of a document beyond its TypeScript type: the spelling of dates and
// paragraph ids, and a whole session number. The parser builds its output under that type (plain
// objects, no other keys), so these values are all that can be wrong; a document whose values fit is
// one that ParsedDocument.parse returns unchanged (test/unit/parse/output-values.test.ts shows it).
import { paragraphIdPattern, partialDatePattern, type ParsedDocument } from '../../graph/model/parsed-document.ts';

const isDate = (d: string | null | undefined): boolean => d === null || d === undefined || partialDatePattern.test(d);

export function valuesFitSchema(doc: ParsedDocument): boolean {
  if (doc.session !== null && !Number.isInteger(doc.session)) return false;
  if (!isDate(doc.adopted) || !isDate(doc.issued)) return false;
  for (const p of doc.paragraphs) if (!paragraphIdPattern.test(p.id)) return false;
  for (const f of doc.footnotes) if (f.paragraph !== null && !paragraphIdPattern.test(f.paragraph)) return false;
  for (const r of doc.references) {
    if (!paragraphIdPattern.test(r.paragraph)) return false;
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
