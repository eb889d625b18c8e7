import neo4j, { type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { BatchRows, EdgeKind } from '../../model/graph-rows.ts';
import { DocumentRow, edgeEnds, edgeKinds, edgeProperties, nodeKey } from '../../model/graph-rows.ts';

// The writes of a batch of whole documents, all inside the caller's transaction. Every query is a fixed
// string with data passed as parameters; labels and types come from the edgeEnds table, never from data.

/** What the query summaries counted, summed over the statements of one transaction. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

export function zeroCounters(): WriteCounters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0, labelsRemoved: 0 };
}

export function addCounters(into: WriteCounters, more: WriteCounters): WriteCounters {
  for (const key of Object.keys(into) as (keyof WriteCounters)[]) into[key] += more[key];
  return into;
}

/** What the graph already holds for these symbols: the hash of whole documents, nothing for stubs. */
export async function readStoredHashes(tx: ManagedTransaction, symbols: readonly string[]): Promise<Map<string, string>> {
  const result = await tx.run(
    `UNWIND $symbols AS symbol
     MATCH (d:Document {symbol: symbol}) WHERE d.hash IS NOT NULL AND NOT coalesce(d.stub, false)
     RETURN d.symbol AS symbol, d.hash AS hash`,
    { symbols },
  );
  return new Map(result.records.map((record) => [record.get('symbol') as string, record.get('hash') as string]));
}

/**
 * Label of nodes whose `mentionedIn` must be computed again from their edges. Marking is cheap where
 * rewriting a hub's list of thousands of symbols in every batch is not; refreshMentions clears it.
 */
export const PENDING = 'MentionsPending';

const deleteOwnEdgesQuery = `
  UNWIND $symbols AS s
  MATCH (d:Document {symbol: s})
  CALL (d, s) {
    MATCH (d)-[r]->(x) WHERE r.source = s RETURN r, x
    UNION ALL
    MATCH ()-[r:ESTABLISHED_BY {source: s}]->(x) RETURN r, x
    UNION ALL
    MATCH ()-[r:REPORTED_IN {source: s}]->(x) RETURN r, x
    UNION ALL
    MATCH ()-[r:HELD_IN {source: s}]->(x) RETURN r, x
  }
  DELETE r
  WITH DISTINCT x
  SET x:${PENDING}
  RETURN collect(elementId(x)) AS touched`;

/**
 * Before a changed document is written again: delete every edge it made (those whose `source` is its
 * symbol, including HELD_IN, ESTABLISHED_BY and REPORTED_IN between other nodes) and mark the nodes they
 * reached for a new `mentionedIn`. Returns those nodes, to be deleted if nothing holds them any more.
 */
export async function deleteOwnEdges(tx: ManagedTransaction, symbols: readonly string[], counters: WriteCounters): Promise<string[]> {
  if (symbols.length === 0) return [];
  const result = await run(tx, deleteOwnEdgesQuery, { symbols }, counters);
  return (result.records[0]?.get('touched') as string[] | undefined) ?? [];
}

/** Stubs and other nodes left with no relationship at all: a whole document always stays. */
export async function deleteOrphans(tx: ManagedTransaction, elementIds: readonly string[], counters: WriteCounters): Promise<void> {
  if (elementIds.length === 0) return;
  await run(tx, `
    UNWIND $ids AS id
    MATCH (x) WHERE elementId(x) = id
    WITH x WHERE NOT (x)--() AND (NOT x:Document OR coalesce(x.stub, false))
    DELETE x`, { ids: elementIds }, counters);
}

const flag = (condition: string, action: string) => `FOREACH (_ IN CASE WHEN ${condition} THEN [1] ELSE [] END | ${action})`;

// Properties are set by name rather than from a map (SET d += row.props): a map could hold the key the
// MERGE looks up, so the planner would put an Eager (every row held in memory) before the write. For the
// same reason the label flag is not called `synthetic`, the name of a property the statement sets.
const documentProperties = Object.keys(DocumentRow.shape.props.shape);

const writeDocumentsQuery = `
  UNWIND $rows AS row
  MERGE (d:Document {symbol: row.symbol})
  SET ${documentProperties.map((key) => `d.${key} = row.props.${key}`).join(', ')}, d.stub = false
  ${flag("row.kind = 'resolution'", 'SET d:Resolution')}
  ${flag("row.kind = 'decision'", 'SET d:Decision')}
  ${flag('row.isSynthetic', 'SET d:Synthetic')}
  ${flag('NOT row.isSynthetic', 'REMOVE d:Synthetic')}`;

const writeRefsQuery = `
  UNWIND $rows AS row
  MERGE (d:Document {symbol: row.symbol})
  ON CREATE SET d.stub = true, d.number = row.number
  ${flag("row.kind = 'resolution'", 'SET d:Resolution')}
  ${flag("row.kind = 'decision'", 'SET d:Decision')}
  ${flag('row.report', 'SET d:Report')}`;

// Of the spellings of one key, a node keeps the one that sorts first, so the order of ingest does not matter.
const keepFirst = (property: string) => `n.${property} = CASE WHEN n.${property} IS NULL OR row.${property} < n.${property} THEN row.${property} ELSE n.${property} END`;

const entityQueries = {
  conferences: `UNWIND $rows AS row MERGE (n:Conference {key: row.key}) SET ${keepFirst('name')}
    ${flag('row.summit', 'SET n:Summit')} ${flag('row.meeting', 'SET n:Meeting')}`,
  groups: `UNWIND $rows AS row MERGE (n:ExpertGroup {key: row.key}) SET ${keepFirst('name')}, ${keepFirst('established')}`,
  places: 'UNWIND $rows AS row MERGE (n:Place {name: row.name})',
  instruments: `UNWIND $rows AS row MERGE (n:Instrument {key: row.key}) SET ${keepFirst('name')}`,
  series: `UNWIND $rows AS row MERGE (n:Series {key: row.key}) SET ${keepFirst('topic')}`,
  agendaItems: `UNWIND $rows AS row MERGE (n:AgendaItem {key: row.key}) SET ${keepFirst('title')}`,
} as const;

// Edges come grouped by their start node, found once for all its edges; each edge is a list, its end and
// then the values of edgeProperties (null for absent ones, which CREATE does not store), so that keys are
// not sent again for every edge, and properties named in CREATE need no Eager as `SET r = map` does.
// Each end gets the mark refreshMentions looks for in the same statement, not in one of its own.
const edgeQueries = Object.fromEntries(
  edgeKinds.map((kind) => {
    const { type, from, to } = edgeEnds[kind];
    const props = edgeProperties.map((key, index) => `${key}: edge[${index + 1}]`).join(', ');
    return [kind, `
      UNWIND $rows AS row
      MATCH (a:${from} {${nodeKey[from]}: row.from})
      UNWIND row.edges AS edge
      MATCH (b:${to} {${nodeKey[to]}: edge[0]})
      CREATE (a)-[:${type} {${props}}]->(b)
      SET b:${PENDING}`];
  }),
) as Record<EdgeKind, string>;

const edgePropertyIndex = new Map<string, number>(edgeProperties.map((key, index) => [key, index + 1]));

/**
 * Writes a batch: whole documents, then the nodes they name, then the edges, each marking the node it
 * reaches for refreshMentions (the start of an edge is the citing document, or a node another edge reaches).
 */
export async function writeBatchRows(tx: ManagedTransaction, rows: BatchRows, counters: WriteCounters): Promise<void> {
  // Sent one after another without waiting for each to finish: the server runs them in order while the
  // driver encodes the next. (The load is bound by the server's CPU, so the bench shows no change.)
  const pending = [
    run(tx, writeDocumentsQuery, { rows: rows.documents.map(toDocumentParams) }, counters),
    run(tx, writeRefsQuery, { rows: rows.refs }, counters),
  ];
  for (const [list, query] of Object.entries(entityQueries) as [keyof typeof entityQueries, string][]) {
    if (rows[list].length > 0) pending.push(run(tx, query, { rows: rows[list] }, counters));
  }
  for (const kind of edgeKinds) {
    if (rows.edges[kind].length > 0) pending.push(run(tx, edgeQueries[kind], { rows: toEdgeParams(rows.edges[kind]) }, counters));
  }
  await Promise.all(pending);
}

// Neo4j stores a JavaScript number as a float; sessions and other counts are integers in the graph.
function toDocumentParams(row: DocumentRow) {
  const props = { ...row.props, session: row.props.session === null ? null : neo4j.int(row.props.session) };
  return { symbol: row.symbol, kind: row.kind, isSynthetic: row.synthetic, props };
}

function toEdgeParams(rows: BatchRows['edges'][EdgeKind]) {
  const byStart = new Map<string, unknown[][]>();
  for (const row of rows) {
    const edge: unknown[] = new Array(edgeProperties.length + 1).fill(null);
    edge[0] = row.to;
    let last = 0;
    for (const [key, value] of Object.entries(row.props)) {
      const index = edgePropertyIndex.get(key);
      if (index === undefined) throw new Error(`edge property ${key} is not in edgeProperties`);
      if (value === null || value === undefined) continue;
      edge[index] = typeof value === 'number' ? neo4j.int(value) : value;
      if (index > last) last = index;
    }
    // Past the end of a list Cypher reads null, as for the properties this edge does not have.
    edge.length = last + 1;
    const edges = byStart.get(row.from);
    if (edges) edges.push(edge);
    else byStart.set(row.from, [edge]);
  }
  return [...byStart].map(([from, edges]) => ({ from, edges }));
}

// While a load fills an empty graph its statistics keep changing, and the server plans each statement
// again every few seconds: about 6% of its time in a profile. Each plan here looks nodes up by their
// unique keys, the same plan whatever the counts, so the first one is kept (1.5% after).
async function run(tx: ManagedTransaction, query: string, params: Record<string, unknown>, counters: WriteCounters): Promise<QueryResult> {
  const result = await tx.run(`CYPHER replan=skip ${query}`, params);
  const updates = result.summary.counters.updates();
  for (const key of Object.keys(counters) as (keyof WriteCounters)[]) counters[key] += updates[key] ?? 0;
  return result;
}

const pendingQuery = `MATCH (n:${PENDING}) RETURN elementId(n) AS id LIMIT $limit`;

/** Up to `limit` nodes marked for refreshMentions, by element id. */
export async function readPending(tx: ManagedTransaction, limit: number): Promise<string[]> {
  const result = await tx.run(pendingQuery, { limit: neo4j.int(limit) });
  return result.records.map((record) => record.get('id') as string);
}

const refreshMentionsQuery = `
  UNWIND $ids AS id
  MATCH (n:${PENDING}) WHERE elementId(n) = id
  CALL (n) {
    OPTIONAL MATCH (n)-[r]-()
    WITH DISTINCT r.source AS source WHERE source IS NOT NULL AND source <> coalesce(n.symbol, '')
    WITH source ORDER BY source
    RETURN collect(source) AS sources
  }
  SET n.mentionedIn = CASE WHEN size(sources) = 0 THEN null ELSE sources END
  REMOVE n:${PENDING}
  RETURN count(n) AS refreshed`;

/**
 * Sets `mentionedIn` (the sorted symbols of the documents whose edges reach the node) on those of the
 * given nodes that are still marked, from the edges themselves, so it is right whatever order documents
 * came in. Returns how many it did.
 */
export async function refreshMentions(tx: ManagedTransaction, ids: readonly string[], counters: WriteCounters): Promise<number> {
  const result = await run(tx, refreshMentionsQuery, { ids }, counters);
  return neo4j.integer.toNumber(result.records[0]?.get('refreshed') ?? 0);
}
