import { z } from 'zod';

/** The spellings of the string fields whose type is narrower than `string` (shared with the parser's own check). */
export const partialDatePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const paragraphIdPattern = /^(pp|op)\d+$/;

/** A date at the precision the text gives: "2003-12-10", "1999-08" or "2004". */
export const PartialDate = z.string().regex(partialDatePattern, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

export const Body = z.enum(['GA', 'SC', 'HRC', 'ECOSOC', 'OTHER']);
export type Body = z.infer<typeof Body>;

export const ParagraphId = z.string().regex(paragraphIdPattern);

export const Paragraph = z.object({
  id: ParagraphId,
  kind: z.enum(['preambular', 'operative']),
  /** The opening participle or verb phrase ("Recalling also", "Calls upon"); empty when none is recognised. */
  lead: z.string(),
  text: z.string(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Footnote = z.object({
  mark: z.string(),
  text: z.string(),
  /** The paragraph whose marker the footnote belongs to, or null when no marker was found. */
  paragraph: ParagraphId.nullable(),
  /** Number of the annex paragraph holding the marker, for footnotes of an annex. */
  annexParagraph: z.string().optional(),
});
export type Footnote = z.infer<typeof Footnote>;

/** Where a reference was found: every reference carries it, so a reader can see the sentence. */
const provenance = {
  paragraph: ParagraphId,
  lead: z.string(),
  quote: z.string(),
  /** Mark of the footnote that holds the reference, when it comes from one. */
  footnote: z.string().optional(),
  /** Number of the annex paragraph, when the reference is in an annex (it is then attached to the adopting paragraph). */
  annexParagraph: z.string().optional(),
};

export const Session = z.object({
  place: z.string().optional(),
  start: PartialDate.optional(),
  end: PartialDate.optional(),
  /** "first phase", "second phase", ... */
  label: z.string().optional(),
});
export type Session = z.infer<typeof Session>;

const symbolRef = { symbol: z.string(), date: PartialDate.optional(), ...provenance };
const eventRef = {
  name: z.string(),
  place: z.string().optional(),
  sessions: z.array(Session),
  conveners: z.array(z.string()).optional(),
  ...provenance,
};

export const ResolutionReference = z.object({ kind: z.literal('resolution'), ...symbolRef });
export const DecisionReference = z.object({ kind: z.literal('decision'), ...symbolRef });
export const DocumentReference = z.object({ kind: z.literal('document'), ...symbolRef });
export const ConferenceReference = z.object({ kind: z.literal('conference'), ...eventRef });
export const SummitReference = z.object({ kind: z.literal('summit'), ...eventRef });
export const MeetingReference = z.object({ kind: z.literal('meeting'), ...eventRef });
export const GroupReference = z.object({
  kind: z.literal('group'),
  name: z.string(),
  /** Year (or finer date) the group was established, as written. */
  established: PartialDate.optional(),
  /** Canonical symbol of the resolution or decision that established it. */
  establishedBy: z.string().optional(),
  /** Symbols of the group's reports. */
  reports: z.array(z.string()),
  ...provenance,
});
export const InstrumentReference = z.object({ kind: z.literal('instrument'), name: z.string(), ...provenance });
export const SeriesReference = z.object({ kind: z.literal('series'), topic: z.string(), ...provenance });

export const Reference = z.discriminatedUnion('kind', [
  ResolutionReference,
  DecisionReference,
  DocumentReference,
  ConferenceReference,
  SummitReference,
  MeetingReference,
  GroupReference,
  InstrumentReference,
  SeriesReference,
]);
export type Reference = z.infer<typeof Reference>;
export type ReferenceKind = Reference['kind'];

/** What `resograph parse` prints for one document: the public parse format, and all the loader reads. */
export const ParsedDocument = z.object({
  /** Canonical full symbol: "A/RES/64/25", "S/RES/2334(2016)", "A/HRC/RES/20/8". */
  symbol: z.string(),
  body: Body,
  session: z.number().int().nullable(),
  title: z.string(),
  adopted: PartialDate.nullable(),
  /** The masthead date the document was issued. */
  issued: PartialDate.nullable(),
  agendaItem: z.string().nullable(),
  /** Symbol of the committee report or draft the resolution was adopted on. */
  report: z.string().nullable(),
  meeting: z.string().nullable(),
  /** True for texts made by `resograph synth`, never for United Nations texts. */
  synthetic: z.boolean().optional().default(false),
  paragraphs: z.array(Paragraph),
  footnotes: z.array(Footnote),
  references: z.array(Reference),
  warnings: z.array(z.string()),
});
export type ParsedDocument = z.infer<typeof ParsedDocument>;

/** The JSON Schema of the parse format, as `resograph parse --schema` prints it. */
export function toParsedDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ParsedDocument, { io: 'output' }) as Record<string, unknown>;
}
