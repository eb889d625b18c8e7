// The explorer API's shapes, as graph/model defines them (types only: zod stays out of the browser bundle).
import type { EdgeType, NodeType } from '../../../../graph/model/elements.ts';

export type { EdgeData, EdgeType, Elements, NodeData, NodeType } from '../../../../graph/model/elements.ts';
export type {
  ChainResponse, CitationPath, Direction, Footnote, NeighbourGroup, NeighboursResponse, NodeDetails, Paragraph, PathResponse, Reference, SearchResult, ViewElementsResponse,
} from '../../../../graph/model/api.ts';
export type { SavedView, SavedViewCreated } from '../../../../graph/model/saved-view.ts';

/** Every node type, in legend order. */
export const nodeTypes = [
  'resolution', 'decision', 'document', 'report', 'conference', 'summit',
  'meeting', 'group', 'instrument', 'series', 'place', 'agendaItem',
] as const satisfies readonly NodeType[];

/** Every relationship type, in legend order. */
export const edgeTypes = [
  'RECALLS', 'CITES', 'REFERS_TO', 'ESTABLISHED_BY', 'REPORTED_IN', 'HELD_IN', 'UNDER', 'ADOPTED_ON_REPORT_OF',
] as const satisfies readonly EdgeType[];

export type {
  CypherErrorDetails, CypherLimits, CypherNode, CypherPosition, CypherRelationship, CypherResponse, CypherSchema, CypherSummary, CypherValue,
} from '../../../../graph/model/cypher.ts';
