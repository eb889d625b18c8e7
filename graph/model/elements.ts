import { z } from 'zod';

// The graph as the explorer draws it: Cytoscape element data. The API answers with these shapes and the
// page renders them as they are, so keys are stable ids, never Neo4j's internal ones.

export const NodeType = z.enum([
  'resolution', 'decision', 'document', 'report', 'conference', 'summit', 'meeting', 'group', 'place', 'instrument', 'series', 'agendaItem',
]);
export type NodeType = z.infer<typeof NodeType>;

export const EdgeType = z.enum(['RECALLS', 'CITES', 'REFERS_TO', 'ESTABLISHED_BY', 'REPORTED_IN', 'HELD_IN', 'UNDER', 'ADOPTED_ON_REPORT_OF']);
export type EdgeType = z.infer<typeof EdgeType>;

/** The edges that follow citation from one document to another (chains and paths walk these). */
export const citationTypes = ['RECALLS', 'CITES'] as const satisfies readonly EdgeType[];

export const NodeData = z.object({
  /** The plain symbol for documents ("A/RES/64/25"), `<Label>:<key>` for any other node. */
  id: z.string(),
  type: NodeType,
  /** Short: "64/25", "WSIS", "GGE 2004". */
  label: z.string(),
  title: z.string().nullable(),
  /** ISO, at the precision known ("1999-08"). */
  date: z.string().nullable(),
  body: z.string().nullable(),
  session: z.number().int().nullable(),
  agendaItem: z.string().nullable(),
  stub: z.boolean(),
  synthetic: z.boolean(),
  /** How many documents cite or mention it. */
  citedBy: z.number().int().nonnegative(),
});
export type NodeData = z.infer<typeof NodeData>;

export const EdgeData = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: EdgeType,
  /** The symbol of the document whose text makes the edge. */
  doc: z.string(),
  paragraph: z.string().nullable(),
  lead: z.string().nullable(),
  quote: z.string().nullable(),
  footnote: z.string().nullable(),
  stance: z.string(),
  /** HELD_IN only: when and which phase. */
  start: z.string().nullable().optional(),
  end: z.string().nullable().optional(),
  label: z.string().nullable().optional(),
});
export type EdgeData = z.infer<typeof EdgeData>;

export const NodeElement = z.object({ data: NodeData });
export type NodeElement = z.infer<typeof NodeElement>;
export const EdgeElement = z.object({ data: EdgeData });
export type EdgeElement = z.infer<typeof EdgeElement>;

export const Elements = z.object({ nodes: z.array(NodeElement), edges: z.array(EdgeElement) });
export type Elements = z.infer<typeof Elements>;
