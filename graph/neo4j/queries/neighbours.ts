import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import type { NeighbourGroup, NeighboursQuery, NeighboursResponse } from '../../model/api.ts';
import { nodeKey, type NodeLabel } from '../../model/graph-rows.ts';
import { bodyOfSymbol, edgeMap, matchByKey, nodeMap, parseNodeId, readConfig, toEdgeData, toNodeData, uniqueById, type EdgeRow, type NodeRow } from './elements.ts';

// The nodes next to one node, newest first, a page at a time, with a summary of the whole set (by body,
// decade and lead phrase) so the page can offer "+N more". A hub is read up to maxScanned relationships.

export const maxScanned = 20_000;

const queries = Object.fromEntries(
  (Object.keys(nodeKey) as NodeLabel[]).map((label) => [label, `
    ${matchByKey('c', label, 'key')}
    // Collected inside a subquery, which answers with one row even when nothing matched: a node with no
    // neighbours of the kind asked for still has its centre and a total of 0.
    CALL (c) {
      CALL (c) {
        MATCH (c)-[r]->(m) WHERE $out AND ($type IS NULL OR type(r) = $type)
        RETURN r, m LIMIT ${maxScanned}
        UNION ALL
        MATCH (c)<-[r]-(m) WHERE $in AND ($type IS NULL OR type(r) = $type)
        RETURN r, m LIMIT ${maxScanned}
      }
      WITH m, collect(r) AS rels
      WITH m, rels, coalesce(m.adopted, m.issued, m.established, head([r IN rels WHERE r.date IS NOT NULL | r.date])) AS date
      ORDER BY date IS NULL, date DESC, coalesce(m.symbol, m.key, m.name)
      RETURN collect({m: m, rels: rels, date: date}) AS found
    }
    RETURN ${nodeMap('c')} AS center, size(found) AS total,
      [x IN found | {body: x.m.body, symbol: x.m.symbol, date: x.date, leads: [r IN x.rels | r.lead]}] AS facets,
      [x IN found[$offset..$end] | {node: ${nodeMap('x.m', 'x.date')}, edges: [r IN x.rels | ${edgeMap('r')}]}] AS page`]),
) as Record<NodeLabel, string>;

interface Facet {
  body: string | null;
  symbol: string | null;
  date: string | null;
  leads: (string | null)[];
}

/** The neighbours of an element id, or null when the graph has no such node. */
export async function readNeighbours(conn: GraphConnection, id: string, query: NeighboursQuery): Promise<NeighboursResponse | null> {
  const { label, key } = parseNodeId(id);
  const params = {
    key,
    type: query.type ?? null,
    out: query.direction !== 'in',
    in: query.direction !== 'out',
    offset: neo4j.int(query.offset),
    end: neo4j.int(query.offset + query.limit),
  };
  const result = await conn.driver.executeQuery(queries[label], params, readConfig(conn));
  const record = result.records[0];
  if (!record) return null;
  const center = toNodeData(record.get('center') as NodeRow);
  const page = record.get('page') as { node: NodeRow; edges: EdgeRow[] }[];
  return {
    center: center.id,
    elements: {
      nodes: uniqueById([{ data: center }, ...page.map(({ node }) => ({ data: toNodeData(node) }))]),
      edges: uniqueById(page.flatMap(({ edges }) => edges.map((edge) => ({ data: toEdgeData(edge) })))),
    },
    total: neo4j.integer.toNumber(record.get('total')),
    groups: toGroups(record.get('facets') as Facet[]),
  };
}

/** Counts of the whole neighbour set by body, decade and lead phrase, largest first within each kind. */
export function toGroups(facets: readonly Facet[]): NeighbourGroup[] {
  const counts = new Map<string, { label: string; count: number }>();
  const add = (key: string, label: string) => {
    const known = counts.get(key);
    if (known) known.count += 1;
    else counts.set(key, { label, count: 1 });
  };
  for (const facet of facets) {
    const body = facet.body ?? (facet.symbol ? bodyOfSymbol(facet.symbol) : null);
    if (body) add(`body:${body}`, body);
    const year = facet.date ? Number(facet.date.slice(0, 4)) : NaN;
    if (Number.isFinite(year)) add(`decade:${Math.floor(year / 10) * 10}s`, `${Math.floor(year / 10) * 10}s`);
    for (const lead of new Set(facet.leads.map(toLeadPhrase).filter((lead): lead is string => lead !== null))) add(`lead:${lead}`, lead);
  }
  const kind = (key: string) => ['body', 'decade', 'lead'].indexOf(key.split(':')[0] ?? '');
  return [...counts.entries()]
    .map(([key, { label, count }]) => ({ key, label, count }))
    .sort((a, b) => kind(a.key) - kind(b.key) || b.count - a.count || a.key.localeCompare(b.key));
}

/** "Recalling also, in this connection," -> "Recalling": the verb that says how a paragraph cites. */
export function toLeadPhrase(lead: string | null): string | null {
  const phrase = lead?.split(',')[0]?.replace(/\s+(?:also|further|again|once again)$/i, '').trim();
  return phrase ? phrase : null;
}
