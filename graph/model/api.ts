import { z } from 'zod';
import { EdgeType, Elements, NodeData, NodeType } from './elements.ts';

// The explorer's HTTP API: the query parameters each route accepts and the JSON it answers with.
// Query strings arrive as text, so numbers are coerced; anything else is a 400 carrying these issues.

const count = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q: say what to search for').max(200),
  limit: count(20, 100),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchMatch = z.enum(['symbol', 'title', 'text', 'name']);
export type SearchMatch = z.infer<typeof SearchMatch>;

export const SearchResult = z.object({
  id: z.string(),
  type: NodeType,
  label: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  body: z.string().nullable(),
  score: z.number(),
  match: SearchMatch,
});
export type SearchResult = z.infer<typeof SearchResult>;
export const SearchResponse = z.object({ results: z.array(SearchResult) });
export type SearchResponse = z.infer<typeof SearchResponse>;

/** A node id as it comes in the path: the symbol of a document, `<Label>:<key>` otherwise. */
export const NodeParams = z.object({ id: z.string().min(1).max(500) });
export type NodeParams = z.infer<typeof NodeParams>;

export const Paragraph = z.object({ id: z.string(), kind: z.string(), lead: z.string().nullable(), text: z.string() });
export type Paragraph = z.infer<typeof Paragraph>;
export const Footnote = z.object({ mark: z.string(), text: z.string(), paragraph: z.string().nullable() });
export type Footnote = z.infer<typeof Footnote>;
export const Reference = z.object({
  paragraph: z.string().nullable(),
  target: NodeData,
  type: EdgeType,
  quote: z.string().nullable(),
  lead: z.string().nullable(),
  footnote: z.string().nullable(),
});
export type Reference = z.infer<typeof Reference>;

const PropertyValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number(), z.boolean()]))]);
export const NodeDetails = z.object({
  node: NodeData,
  properties: z.record(z.string(), PropertyValue),
  paragraphs: z.array(Paragraph).nullable(),
  footnotes: z.array(Footnote).nullable(),
  references: z.array(Reference).nullable(),
  citedBy: z.number().int().nonnegative(),
});
export type NodeDetails = z.infer<typeof NodeDetails>;

export const Direction = z.enum(['in', 'out', 'both']);
export type Direction = z.infer<typeof Direction>;

export const NeighboursQuery = z.object({
  type: EdgeType.optional(),
  direction: Direction.default('both'),
  limit: count(50, 500),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type NeighboursQuery = z.infer<typeof NeighboursQuery>;

export const NeighbourGroup = z.object({ key: z.string(), label: z.string(), count: z.number().int().nonnegative() });
export type NeighbourGroup = z.infer<typeof NeighbourGroup>;
export const NeighboursResponse = z.object({ center: z.string(), elements: Elements, total: z.number().int().nonnegative(), groups: z.array(NeighbourGroup) });
export type NeighboursResponse = z.infer<typeof NeighboursResponse>;

export const maxChainDepth = 10;
export const maxChainNodes = 500;
export const ChainQuery = z.object({
  direction: z.enum(['ancestors', 'descendants']).default('ancestors'),
  depth: z.coerce.number().int().min(1).max(maxChainDepth).default(3),
});
export type ChainQuery = z.infer<typeof ChainQuery>;
export const ChainResponse = z.object({ root: z.string(), elements: Elements, truncated: z.boolean(), depthReached: z.number().int().nonnegative() });
export type ChainResponse = z.infer<typeof ChainResponse>;

export const maxPathLength = 10;
export const PathQuery = z.object({
  from: z.string().trim().min(1).max(500),
  to: z.string().trim().min(1).max(500),
  max: count(5, 20),
});
export type PathQuery = z.infer<typeof PathQuery>;
export const CitationPath = z.object({
  nodes: z.array(z.string()),
  edges: z.array(z.string()),
  length: z.number().int().nonnegative(),
  /** "forward": `from` cites its way to `to`; "backward": `to` cites its way to `from`. */
  direction: z.enum(['forward', 'backward']),
});
export type CitationPath = z.infer<typeof CitationPath>;
export const PathResponse = z.object({ paths: z.array(CitationPath), elements: Elements });
export type PathResponse = z.infer<typeof PathResponse>;

/** Nodes of a view asked for at once (a link or saved view reopening): as many as a saved view holds. */
export const maxViewNodes = 5000;
export const ViewElementsRequest = z.object({ ids: z.array(z.string().min(1).max(500)).min(1).max(maxViewNodes) }).strict();
export type ViewElementsRequest = z.infer<typeof ViewElementsRequest>;
export const ViewElementsResponse = z.object({
  elements: Elements,
  /** Ids asked for that the graph has no node for. */
  missing: z.array(z.string()),
  /** The edges among the nodes passed the cap, and only the first ones came back. */
  truncated: z.boolean(),
});
export type ViewElementsResponse = z.infer<typeof ViewElementsResponse>;
