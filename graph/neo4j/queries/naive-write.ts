import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import type { DocumentWrite } from '../../model/graph-rows.ts';
import { edgeEnds, edgeKinds, nodeKey } from '../../model/graph-rows.ts';

// The baseline the ingest benchmark measures the loader against: what a first attempt writes, one
// document node and then one reference per transaction, each a MERGE of both ends and a CREATE.

/** Writes one document the naive way; returns the number of relationships written. */
export async function writeDocumentNaively(conn: GraphConnection, write: DocumentWrite): Promise<number> {
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const { session: number, ...props } = write.document.props;
    await session.executeWrite((tx) => tx.run('MERGE (d:Document {symbol: $symbol}) SET d += $props', {
      symbol: write.symbol, props: { ...props, session: number === null ? null : neo4j.int(number) },
    }));
    let edges = 0;
    for (const kind of edgeKinds) {
      const { type, from, to } = edgeEnds[kind];
      const cypher = `MERGE (a:${from} {${nodeKey[from]}: $from}) MERGE (b:${to} {${nodeKey[to]}: $to}) CREATE (a)-[r:${type}]->(b) SET r = $props`;
      for (const edge of write.edges[kind]) {
        const props = Object.fromEntries(Object.entries(edge.props).map(([key, value]) => [key, typeof value === 'number' ? neo4j.int(value) : value]));
        await session.executeWrite((tx) => tx.run(cypher, { from: edge.from, to: edge.to, props }));
        edges += 1;
      }
    }
    return edges;
  } finally {
    await session.close();
  }
}
