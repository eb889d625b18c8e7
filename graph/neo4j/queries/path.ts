import type { GraphConnection } from '../connection.ts';
import { maxPathLength, type CitationPath, type PathQuery, type PathResponse } from '../../model/api.ts';
import type { NodeLabel } from '../../model/graph-rows.ts';
import { edgeMap, matchByKey, nodeMap, parseNodeId, readConfig, toEdgeData, toNodeData, uniqueById, type EdgeRow, type NodeRow } from './elements.ts';

// The shortest chains of citation between two nodes: `from` cites ... cites `to` (forward), or the
// reverse (backward), both tried. Ranked by length, then by the newest document on the path.

/**
 * Paths read per direction before ranking: SHORTEST takes a literal, so one of these fixed sizes, the
 * smallest at or above `max` (parallel edges make paths through the same nodes, dropped after).
 */
const candidateSizes = [5, 20] as const;

const pathQuery = (from: NodeLabel, to: NodeLabel, k: number) => {
  const path = (a: string, b: string) => `COLLECT {
    MATCH p = SHORTEST ${k} (${a})-[:RECALLS|CITES|REFERS_TO]->{1,${maxPathLength}}(${b})
    RETURN {nodes: [n IN nodes(p) | ${nodeMap('n')}], edges: [r IN relationships(p) | ${edgeMap('r')}]}
  }`;
  return `
    OPTIONAL ${matchByKey('a', from, 'from')}
    OPTIONAL ${matchByKey('b', to, 'to')}
    RETURN a IS NOT NULL AND b IS NOT NULL AS found, ${path('a', 'b')} AS forward, ${path('b', 'a')} AS backward`;
};

export interface FoundPath {
  nodes: NodeRow[];
  edges: EdgeRow[];
  direction: CitationPath['direction'];
}

/** The paths between two element ids, or null when either end is not in the graph. One query, both directions. */
export async function readPaths(conn: GraphConnection, query: PathQuery): Promise<PathResponse | null> {
  const from = parseNodeId(query.from);
  const to = parseNodeId(query.to);
  const k = candidateSizes.find((size) => size >= query.max) ?? 20;
  const result = await conn.driver.executeQuery(pathQuery(from.label, to.label, k), { from: from.key, to: to.key }, readConfig(conn));
  const record = result.records[0];
  if (!record?.get('found')) return null;
  if (query.from === query.to) return { paths: [], elements: { nodes: [], edges: [] } };
  type Row = { nodes: NodeRow[]; edges: EdgeRow[] };
  const found: FoundPath[] = [
    ...(record.get('forward') as Row[]).map((row) => ({ ...row, direction: 'forward' as const })),
    ...(record.get('backward') as Row[]).map((row) => ({ ...row, direction: 'backward' as const })),
  ];
  return toPathResponse(found, query.max);
}

const weakLinks = (path: FoundPath) => path.edges.filter((edge) => edge.type !== 'RECALLS').length;
const edgeKey = (path: FoundPath) => path.edges.map((edge) => toEdgeData(edge).id).join(' ');

export function toPathResponse(found: FoundPath[], max: number): PathResponse {
  const newest = (path: FoundPath) => path.nodes.reduce((date, node) => (node.date && node.date > date ? node.date : date), '');
  // Of paths through the same nodes, the one that recalls (the stronger link) and, past that, the one whose
  // edges sort first: the server returns parallel paths in no fixed order, and a view must not change on reload.
  const ranked = found.sort((a, b) => a.edges.length - b.edges.length || newest(b).localeCompare(newest(a)) ||
    weakLinks(a) - weakLinks(b) || edgeKey(a).localeCompare(edgeKey(b)));
  const seen = new Set<string>();
  const kept: FoundPath[] = [];
  // Parallel edges (one document citing another in two paragraphs) make paths through the same nodes: keep one.
  for (const path of ranked) {
    const key = `${path.direction}:${path.nodes.map((node) => node.id).join('>')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(path);
    if (kept.length === max) break;
  }
  const nodes = kept.flatMap((path) => path.nodes.map((node) => ({ data: toNodeData(node) })));
  const edges = kept.map((path) => path.edges.map((edge) => ({ data: toEdgeData(edge) })));
  return {
    paths: kept.map((path, i) => ({
      nodes: path.nodes.map((node) => node.id),
      edges: (edges[i] ?? []).map((edge) => edge.data.id),
      length: path.edges.length,
      direction: path.direction,
    })),
    elements: { nodes: uniqueById(nodes), edges: uniqueById(edges.flat()) },
  };
}
