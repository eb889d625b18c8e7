// The explorer API's wire shapes (issue 5 contract). The server validates them with zod in graph/model/;
// the page only reads them, so plain types keep zod out of the browser bundle.

export const nodeTypes = [
  'resolution', 'decision', 'document', 'report', 'conference', 'summit',
  'meeting', 'group', 'instrument', 'series', 'place', 'agendaItem',
] as const;
export type NodeType = (typeof nodeTypes)[number];

export const edgeTypes = [
  'RECALLS', 'CITES', 'REFERS_TO', 'ESTABLISHED_BY', 'REPORTED_IN', 'HELD_IN', 'UNDER', 'ADOPTED_ON_REPORT_OF',
] as const;
export type EdgeType = (typeof edgeTypes)[number];

export interface NodeData {
  id: string;
  type: NodeType;
  label: string;
  title: string | null;
  date: string | null;
  body: string | null;
  session: number | null;
  agendaItem: string | null;
  stub: boolean;
  synthetic: boolean;
  citedBy: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  doc: string | null;
  paragraph: string | null;
  lead: string | null;
  quote: string | null;
  footnote: string | null;
  stance: string | null;
  start?: string | null;
  end?: string | null;
  label?: string | null;
}

export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}

export interface SearchResult {
  id: string;
  type: NodeType;
  label: string;
  title: string | null;
  date: string | null;
  body: string | null;
  score: number;
  match: 'symbol' | 'title' | 'text' | 'name';
}

export interface Paragraph {
  id: string;
  kind: string;
  lead: string | null;
  text: string;
}

export interface Footnote {
  mark: string;
  text: string;
  paragraph: string | null;
}

export interface Reference {
  paragraph: string | null;
  target: NodeData;
  type: EdgeType;
  quote: string | null;
  lead: string | null;
  footnote: string | null;
}

export interface NodeDetails {
  node: NodeData;
  properties: Record<string, unknown>;
  paragraphs: Paragraph[] | null;
  footnotes: Footnote[] | null;
  references: Reference[] | null;
  citedBy: number;
}

export interface NeighbourGroup {
  key: string;
  label: string;
  count: number;
}

export interface NeighboursResponse {
  center: string;
  elements: Elements;
  total: number;
  groups: NeighbourGroup[];
}

export interface ChainResponse {
  root: string;
  elements: Elements;
  truncated: boolean;
  depthReached: number;
}

export interface PathResult {
  nodes: string[];
  edges: string[];
  length: number;
}

export interface PathResponse {
  paths: PathResult[];
  elements: Elements;
}

export type Direction = 'in' | 'out' | 'both';
