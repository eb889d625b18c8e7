import type { GraphConnection } from '../connection.ts';
import { maxPathLength, type CitationPath, type PathQuery, type PathResponse } from '../../model/api.ts';
import type { NodeLabel } from '../../model/graph-rows.ts';
import { edgeMap, matchByKey, nodeMap, parseNodeId, readConfig, toEdgeData, toNodeData, uniqueById, type EdgeRow, type NodeRow } from './elements.ts';

// The shortest chains of citation between two nodes: `from` cites ... cites `to` (forward), or the
// reverse (backward), both tried. Ranked by length, then by the newest document on the path.

/** Paths read per direction before ranking; SHORTEST takes a literal, and `max` is at most this. */
const candidates = 20;

const pathQuery = (from: NodeLabel, to: NodeLabel) => `
  ${matchByKey('a', from, 'from')}
  ${matchByKey('b', to, 'to')}
  MATCH p = SHORTEST ${candidates} (a)-[:RECALLS|CITES|REFERS_TO]->{1,${maxPathLength}}(b)
  RETURN [n IN nodes(p) | ${nodeMap('n')}] AS nodes, [r IN relationships(p) | ${edgeMap('r')}] AS edges`;

const existsQuery = (label: NodeLabel) => `${matchByKey('n', label, 'key')} RETURN count(n) AS n`;

interface FoundPath {
  nodes: NodeRow[];
  edges: EdgeRow[];
  direction: CitationPath['direction'];
}

/** The paths between two element ids, or null when either end is not in the graph. */
export async function readPaths(conn: GraphConnection, query: PathQuery): Promise<PathResponse | null> {
  const from = parseNodeId(query.from);
  const to = parseNodeId(query.to);
  const config = readConfig(conn);
  const present = await Promise.all([from, to].map(async ({ label, key }) =>
    Number((await conn.driver.executeQuery(existsQuery(label), { key }, config)).records[0]?.get('n') ?? 0) > 0));
  if (present.includes(false)) return null;
  if (query.from === query.to) return { paths: [], elements: { nodes: [], edges: [] } };
  const [forward, backward] = await Promise.all([
    conn.driver.executeQuery(pathQuery(from.label, to.label), { from: from.key, to: to.key }, config),
    conn.driver.executeQuery(pathQuery(to.label, from.label), { from: to.key, to: from.key }, config),
  ]);
  const found: FoundPath[] = [
    ...forward.records.map((record) => ({ nodes: record.get('nodes') as NodeRow[], edges: record.get('edges') as EdgeRow[], direction: 'forward' as const })),
    ...backward.records.map((record) => ({ nodes: record.get('nodes') as NodeRow[], edges: record.get('edges') as EdgeRow[], direction: 'backward' as const })),
  ];
  return toPathResponse(found, query.max);
}

function toPathResponse(found: FoundPath[], max: number): PathResponse {
  const newest = (path: FoundPath) => path.nodes.reduce((date, node) => (node.date && node.date > date ? node.date : date), '');
  const ranked = found.sort((a, b) => a.edges.length - b.edges.length || newest(b).localeCompare(newest(a)));
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
