import { z } from 'zod';
import { Stance } from './stance.ts';

// The rows the loader writes: one parsed document becomes one DocumentWrite, and a batch of
// documents is written as one UNWIND per kind of row. Keys only, never Neo4j's internal ids.

export const DocumentKind = z.enum(['resolution', 'decision', 'document']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A whole document: the node with its text. `session` stays a JS number here; the query module makes it an Integer. */
export const DocumentRow = z.object({
  symbol: z.string(),
  kind: DocumentKind,
  synthetic: z.boolean(),
  props: z.object({
    title: z.string().nullable(),
    body: z.string().nullable(),
    session: z.number().int().nullable(),
    number: z.string().nullable(),
    adopted: z.string().nullable(),
    issued: z.string().nullable(),
    agendaItem: z.string().nullable(),
    report: z.string().nullable(),
    meeting: z.string().nullable(),
    file: z.string().nullable(),
    hash: z.string(),
    synthetic: z.boolean(),
    paragraphs: z.string(),
    footnotes: z.string(),
    text: z.string(),
    warnings: z.array(z.string()),
  }),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

/** A document named by another one; it stays a stub until its own text is loaded. */
export const DocumentRefRow = z.object({ symbol: z.string(), kind: DocumentKind, number: z.string().nullable(), report: z.boolean() });
export type DocumentRefRow = z.infer<typeof DocumentRefRow>;

export const ConferenceRow = z.object({ key: z.string(), name: z.string(), summit: z.boolean(), meeting: z.boolean() });
export type ConferenceRow = z.infer<typeof ConferenceRow>;
export const GroupRow = z.object({ key: z.string(), name: z.string(), established: z.string().nullable() });
export type GroupRow = z.infer<typeof GroupRow>;
export const PlaceRow = z.object({ name: z.string() });
export type PlaceRow = z.infer<typeof PlaceRow>;
export const InstrumentRow = z.object({ key: z.string(), name: z.string() });
export type InstrumentRow = z.infer<typeof InstrumentRow>;
export const SeriesRow = z.object({ key: z.string(), topic: z.string() });
export type SeriesRow = z.infer<typeof SeriesRow>;
export const AgendaItemRow = z.object({ key: z.string(), title: z.string() });
export type AgendaItemRow = z.infer<typeof AgendaItemRow>;

/**
 * Where an edge comes from: the citing document (`source`), the paragraph ("pp3", "op1", or "masthead"),
 * its lead phrase, the words quoted, the footnote mark. Absent values are left out (Neo4j stores no null).
 */
export const Provenance = z.object({
  source: z.string(),
  paragraph: z.string().nullish(),
  lead: z.string().nullish(),
  quote: z.string().nullish(),
  footnote: z.string().nullish(),
  stance: Stance,
});
export type Provenance = z.infer<typeof Provenance>;

/** The labels of keyed nodes; `nodeKey` names the property that identifies each. */
export const NodeLabel = z.enum(['Document', 'Conference', 'ExpertGroup', 'Place', 'Instrument', 'Series', 'AgendaItem']);
export type NodeLabel = z.infer<typeof NodeLabel>;
export const nodeKey: Readonly<Record<NodeLabel, string>> = {
  Document: 'symbol', Conference: 'key', ExpertGroup: 'key', Place: 'name', Instrument: 'key', Series: 'key', AgendaItem: 'key',
};

/** Each kind names a relationship type and the labels at its two ends (see docs/graph-model.md). */
export const EdgeKind = z.enum([
  'RECALLS', 'CITES', 'ADOPTED_ON_REPORT_OF', 'UNDER',
  'REFERS_TO_CONFERENCE', 'REFERS_TO_GROUP', 'REFERS_TO_INSTRUMENT', 'REFERS_TO_SERIES',
  'ESTABLISHED_BY', 'REPORTED_IN', 'HELD_IN',
]);
export type EdgeKind = z.infer<typeof EdgeKind>;

/** The relationship type of each edge kind and the labels (with their key property) of its two ends. */
export const edgeEnds: Readonly<Record<EdgeKind, { type: string; from: NodeLabel; to: NodeLabel }>> = {
  RECALLS: { type: 'RECALLS', from: 'Document', to: 'Document' },
  CITES: { type: 'CITES', from: 'Document', to: 'Document' },
  ADOPTED_ON_REPORT_OF: { type: 'ADOPTED_ON_REPORT_OF', from: 'Document', to: 'Document' },
  UNDER: { type: 'UNDER', from: 'Document', to: 'AgendaItem' },
  REFERS_TO_CONFERENCE: { type: 'REFERS_TO', from: 'Document', to: 'Conference' },
  REFERS_TO_GROUP: { type: 'REFERS_TO', from: 'Document', to: 'ExpertGroup' },
  REFERS_TO_INSTRUMENT: { type: 'REFERS_TO', from: 'Document', to: 'Instrument' },
  REFERS_TO_SERIES: { type: 'REFERS_TO', from: 'Document', to: 'Series' },
  ESTABLISHED_BY: { type: 'ESTABLISHED_BY', from: 'ExpertGroup', to: 'Document' },
  REPORTED_IN: { type: 'REPORTED_IN', from: 'ExpertGroup', to: 'Document' },
  HELD_IN: { type: 'HELD_IN', from: 'Conference', to: 'Place' },
};
export const edgeKinds = EdgeKind.options;

const EdgeValue = z.union([z.string(), z.number().int(), z.array(z.string())]);
export const EdgeRow = z.object({
  from: z.string(),
  to: z.string(),
  props: Provenance.extend({}).catchall(EdgeValue.nullable()),
});
export type EdgeRow = z.infer<typeof EdgeRow>;

/**
 * Every property an edge of any kind may carry (the writer sets them by name, so a new one goes here), the
 * most often set first: the writer sends each edge's values only up to the last one it has.
 */
export const edgeProperties = [
  'source', 'paragraph', 'lead', 'quote', 'stance', 'date', 'footnote', 'annexParagraph',
  'conveners', 'start', 'end', 'label', 'session', 'item',
] as const;

/** The properties of an edge by those names, as the row builder takes them; null and undefined ones are not stored. */
export type EdgeProps = { [name in (typeof edgeProperties)[number]]?: string | number | string[] | null | undefined };


export const DocumentWrite = z.object({
  symbol: z.string(),
  hash: z.string(),
  document: DocumentRow,
  refs: z.array(DocumentRefRow),
  conferences: z.array(ConferenceRow),
  groups: z.array(GroupRow),
  places: z.array(PlaceRow),
  instruments: z.array(InstrumentRow),
  series: z.array(SeriesRow),
  agendaItems: z.array(AgendaItemRow),
  edges: z.record(EdgeKind, z.array(EdgeRow)),
});
export type DocumentWrite = z.infer<typeof DocumentWrite>;

/** The rows of several whole documents merged so that each node appears once: one UNWIND per list. */
export const BatchRows = z.object({
  symbols: z.array(z.string()),
  documents: z.array(DocumentRow),
  refs: z.array(DocumentRefRow),
  conferences: z.array(ConferenceRow),
  groups: z.array(GroupRow),
  places: z.array(PlaceRow),
  instruments: z.array(InstrumentRow),
  series: z.array(SeriesRow),
  agendaItems: z.array(AgendaItemRow),
  edges: z.record(EdgeKind, z.array(EdgeRow)),
});
export type BatchRows = z.infer<typeof BatchRows>;
