import type { ParsedDocument } from '../../graph/model/parsed-document.ts';
import type { DocumentWrite, EdgeKind, Provenance } from '../../graph/model/graph-rows.ts';
import { toStance } from '../../graph/model/stance.ts';
import { toStoredText } from '../../graph/model/stored-text.ts';
import { toContentHash } from './content-hash.ts';
import { toDocumentKind, toDocumentNumber, toPlaceName } from './keys.ts';
import { createRowSet } from './row-set.ts';

type Reference = ParsedDocument['references'][number];

export interface WriteOptions {
  /** The file the document was read from, stored on the node. */
  file?: string | null;
}

// "Recalling", "Reaffirming", and resolutions adopted "pursuant to" or "in fulfilment of" another.
const recallLead = /\brecall|\breaffirm/i;
const recallQuote = /\bpursuant to\b|\bin fulfil?ment of\b/i;

/** A parsed document as the rows that put it in the graph: pure, the same input gives the same rows. */
export function toDocumentWrite(doc: ParsedDocument, options: WriteOptions = {}): DocumentWrite {
  const kind = toDocumentKind(doc.symbol);
  const rows = createRowSet(doc.symbol);
  const stored = toStoredText(doc);
  const masthead = (quote: string): Provenance => ({
    source: doc.symbol, paragraph: 'masthead', lead: null, quote, footnote: null, stance: 'neutral',
  });

  if (doc.report) rows.edge('ADOPTED_ON_REPORT_OF', doc.symbol, rows.ref(doc.report, { report: true }), masthead(doc.report));
  if (doc.agendaItem && doc.title) {
    const key = rows.agendaItem(doc.title);
    rows.edge('UNDER', doc.symbol, key, { ...masthead(`Agenda item ${doc.agendaItem}`), session: doc.session, item: doc.agendaItem });
  }
  for (const reference of doc.references) addReference(reference);

  const lists = rows.done();
  const facts = {
    title: doc.title ?? null,
    body: doc.body ?? null,
    session: doc.session ?? null,
    number: toDocumentNumber(doc.symbol),
    adopted: doc.adopted ?? null,
    issued: doc.issued ?? null,
    agendaItem: doc.agendaItem ?? null,
    report: doc.report ?? null,
    meeting: doc.meeting ?? null,
  };
  const synthetic = doc.synthetic ?? false;
  const warnings = [...doc.warnings];
  // Everything written but the file it came from: the same document read from another path is unchanged.
  const hash = toContentHash([
    JSON.stringify([kind, synthetic, facts, warnings, lists]), stored.text, stored.paragraphs, stored.footnotes,
  ]);
  return {
    symbol: doc.symbol,
    hash,
    document: {
      symbol: doc.symbol,
      kind,
      synthetic,
      props: {
        ...facts,
        file: options.file ?? null,
        hash,
        synthetic,
        paragraphs: stored.paragraphs,
        footnotes: stored.footnotes,
        text: stored.text,
        warnings,
      },
    },
    ...lists,
  };

  function addReference(reference: Reference): void {
    const provenance: Provenance = {
      source: doc.symbol,
      paragraph: reference.paragraph,
      lead: reference.lead || null,
      quote: reference.quote || null,
      footnote: reference.footnote ?? null,
      stance: toStance(reference.lead),
    };
    const where = reference.annexParagraph ? { ...provenance, annexParagraph: reference.annexParagraph } : provenance;
    switch (reference.kind) {
      case 'resolution':
      case 'decision':
      case 'document': {
        const target = rows.ref(reference.symbol, { report: false });
        const date = 'date' in reference ? (reference.date ?? null) : null;
        rows.edge(toCitationKind(reference, target), doc.symbol, target, { ...where, date });
        return;
      }
      case 'conference':
      case 'summit':
      case 'meeting': {
        const key = rows.conference(reference.name, reference.kind);
        rows.edge('REFERS_TO_CONFERENCE', doc.symbol, key, { ...where, conveners: reference.conveners ?? null });
        const sessions = reference.sessions.length > 0 ? reference.sessions : [{}];
        for (const session of sessions) {
          const place = session.place ?? reference.place;
          if (!place || !toPlaceName(place)) continue;
          rows.edge('HELD_IN', key, rows.place(place), {
            ...where, start: session.start ?? null, end: session.end ?? null, label: session.label ?? null,
          });
        }
        return;
      }
      case 'group': {
        const key = rows.group(reference.name, reference.established ?? null);
        rows.edge('REFERS_TO_GROUP', doc.symbol, key, where);
        if (reference.establishedBy) rows.edge('ESTABLISHED_BY', key, rows.ref(reference.establishedBy, { report: false }), where);
        for (const report of reference.reports ?? []) rows.edge('REPORTED_IN', key, rows.ref(report, { report: true }), where);
        return;
      }
      case 'instrument':
        rows.edge('REFERS_TO_INSTRUMENT', doc.symbol, rows.instrument(reference.name), where);
        return;
      case 'series':
        rows.edge('REFERS_TO_SERIES', doc.symbol, rows.series(reference.topic), where);
        return;
    }
  }

  function toCitationKind(reference: Reference, target: string): EdgeKind {
    const recalls = kind === 'resolution' && toDocumentKind(target) === 'resolution' &&
      (recallLead.test(reference.lead ?? '') || recallQuote.test(reference.quote ?? ''));
    return recalls ? 'RECALLS' : 'CITES';
  }
}
