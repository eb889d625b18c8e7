import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';
import type { Health } from '../../model/health.ts';

/** What the server is and how much it holds: the first thing the page shows. */
export async function readHealth(conn: GraphConnection): Promise<Health> {
  const read = { database: conn.database, routing: neo4j.routing.READ };
  const [components, counts] = await Promise.all([
    conn.driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition', {}, read),
    conn.driver.executeQuery(
      'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      {},
      read,
    ),
  ]);
  const server = components.records[0];
  const count = counts.records[0];
  return {
    neo4j: {
      version: String(server?.get('version') ?? 'unknown'),
      edition: String(server?.get('edition') ?? 'unknown'),
      database: conn.database,
      uri: conn.uri,
    },
    counts: {
      nodes: toNumber(count?.get('nodes')),
      relationships: toNumber(count?.get('relationships')),
    },
  };
}

function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0);
}
