import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import { maxChainNodes, type ChainQuery, type ChainResponse } from '../../model/api.ts';
import type { EdgeElement, NodeElement } from '../../model/elements.ts';
import { edgeMap, nodeMap, parseNodeId, toEdgeData, toNodeData, type EdgeRow, type NodeRow } from './elements.ts';

// The citation chain of a document: what it recalls or cites, and what those recall, level by level
// (ancestors), or the documents that cite it, and those that cite them (descendants). A breadth-first walk,
// one query a level inside one read transaction, so each node is read once however many paths reach it:
// variable-length patterns would enumerate every path, which explodes on a dense graph.

/** Relationships read from one level's frontier at most: a level past the node cap is not needed. */
const maxEdgesPerLevel = 5000;

const rootQuery = `MATCH (n:Document {symbol: $symbol}) RETURN ${nodeMap('n')} AS node`;

const levelQueries = {
  ancestors: `
    UNWIND $frontier AS symbol
    MATCH (a:Document {symbol: symbol})-[r:RECALLS|CITES]->(b:Document)
    WITH r, b LIMIT ${maxEdgesPerLevel}
    RETURN ${edgeMap('r')} AS edge, b.symbol AS next, CASE WHEN b.symbol IN $seen THEN null ELSE ${nodeMap('b', 'r.date')} END AS node`,
  descendants: `
    UNWIND $frontier AS symbol
    MATCH (a:Document {symbol: symbol})<-[r:RECALLS|CITES]-(b:Document)
    WITH r, b LIMIT ${maxEdgesPerLevel}
    RETURN ${edgeMap('r')} AS edge, b.symbol AS next, CASE WHEN b.symbol IN $seen THEN null ELSE ${nodeMap('b')} END AS node`,
} as const;

/** The chain from a document, or null when no document has that symbol. */
export async function readChain(conn: GraphConnection, id: string, query: ChainQuery): Promise<ChainResponse | null> {
  const { label, key } = parseNodeId(id);
  if (label !== 'Document') return null;
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => walk(tx, key, query), { timeout: 5000 });
  } finally {
    await session.close();
  }
}

async function walk(tx: ManagedTransaction, symbol: string, { direction, depth }: ChainQuery): Promise<ChainResponse | null> {
  const root = (await tx.run(rootQuery, { symbol })).records[0];
  if (!root) return null;
  const nodes = new Map<string, NodeElement>([[symbol, { data: toNodeData(root.get('node') as NodeRow) }]]);
  const edges = new Map<string, EdgeElement>();
  let frontier = [symbol];
  let depthReached = 0;
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const result = await tx.run(levelQueries[direction], { frontier, seen: [...nodes.keys()] });
    const next: string[] = [];
    for (const record of result.records) {
      const target = record.get('next') as string;
      const row = record.get('node') as NodeRow | null;
      if (!nodes.has(target)) {
        if (nodes.size >= maxChainNodes || !row) {
          truncated = true;
          continue;
        }
        nodes.set(target, { data: toNodeData(row) });
        next.push(target);
      }
      const edge = toEdgeData(record.get('edge') as EdgeRow);
      edges.set(edge.id, { data: edge });
    }
    if (result.records.length >= maxEdgesPerLevel) truncated = true;
    if (next.length > 0) depthReached = level;
    frontier = next;
  }
  return { root: symbol, elements: { nodes: [...nodes.values()], edges: [...edges.values()] }, truncated, depthReached };
}
