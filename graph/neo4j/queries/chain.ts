import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import { maxChainNodes, type ChainQuery, type ChainResponse } from '../../model/api.ts';
import type { EdgeElement } from '../../model/elements.ts';
import { nodeMap, parseNodeId, toEdgeData, toNodeData, type NodeRow } from './elements.ts';

// The citation chain of a document: what it recalls or cites, and what those recall, level by level
// (ancestors), or the documents that cite it, and those that cite them (descendants). A breadth-first walk,
// one query a level inside one read transaction, so each node is read once however many paths reach it:
// variable-length patterns would enumerate every path, which explodes on a dense graph. Levels return
// symbols and edge properties only; the nodes kept are read once at the end.

/** Relationships read from one level's frontier at most: a level past the node cap is not needed. */
const maxEdgesPerLevel = 5000;

const rootQuery = 'MATCH (n:Document {symbol: $symbol}) RETURN n.symbol AS symbol';

const levelQueries = {
  ancestors: `
    UNWIND $frontier AS symbol
    MATCH (a:Document {symbol: symbol})-[r:RECALLS|CITES]->(b:Document)
    WITH a, r, b LIMIT ${maxEdgesPerLevel}
    RETURN a.symbol AS source, b.symbol AS target, b.symbol AS next, type(r) AS type, properties(r) AS props`,
  descendants: `
    UNWIND $frontier AS symbol
    MATCH (a:Document {symbol: symbol})<-[r:RECALLS|CITES]-(b:Document)
    WITH a, r, b LIMIT ${maxEdgesPerLevel}
    RETURN b.symbol AS source, a.symbol AS target, b.symbol AS next, type(r) AS type, properties(r) AS props`,
} as const;

const nodesQuery = `UNWIND $symbols AS symbol MATCH (n:Document {symbol: symbol}) RETURN ${nodeMap('n')} AS node`;

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
  if ((await tx.run(rootQuery, { symbol })).records.length === 0) return null;
  const seen = new Set([symbol]);
  // A stub has no date of its own; the edge that recalls it gives one ("53/70 of 4 December 1998").
  const dateHints = new Map<string, string>();
  const edges = new Map<string, EdgeElement>();
  let frontier = [symbol];
  let depthReached = 0;
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const result = await tx.run(levelQueries[direction], { frontier });
    const next: string[] = [];
    for (const record of result.records) {
      const target = record.get('next') as string;
      if (!seen.has(target)) {
        if (seen.size >= maxChainNodes) {
          truncated = true;
          continue;
        }
        seen.add(target);
        next.push(target);
      }
      const edge = toEdgeData({ source: record.get('source'), target: record.get('target'), type: record.get('type'), props: record.get('props') });
      edges.set(edge.id, { data: edge });
      const date = (record.get('props') as { date?: unknown }).date;
      if (typeof date === 'string' && !dateHints.has(edge.target)) dateHints.set(edge.target, date);
    }
    if (result.records.length >= maxEdgesPerLevel) truncated = true;
    if (next.length > 0) depthReached = level;
    frontier = next;
  }
  const rows = (await tx.run(nodesQuery, { symbols: [...seen] })).records.map((record) => record.get('node') as NodeRow);
  const nodes = rows.map((row) => ({ data: toNodeData({ ...row, date: row.date ?? dateHints.get(row.id) ?? null }) }));
  return { root: symbol, elements: { nodes, edges: [...edges.values()] }, truncated, depthReached };
}
