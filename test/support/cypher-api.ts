import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../../graph/neo4j/connection.ts';

/** POSTs a query to the console's route and returns the status and the JSON body. */
export async function postCypher(url: string, query: string, params: Record<string, unknown> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  return { status: response.status, body: await response.json() };
}

export interface DatabaseCounts {
  nodes: number;
  relationships: number;
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  indexes: string[];
  users: string[];
  databases: string[];
  /** Every node and relationship with its labels or type and properties, sorted: a change anywhere shows. */
  fingerprint: string;
}

/** What a write of any kind would change, read straight from Neo4j (not through the API under test). */
export async function readCounts(conn: GraphConnection): Promise<DatabaseCounts> {
  const read = { database: conn.database, routing: neo4j.routing.READ };
  const system = { database: 'system', routing: neo4j.routing.READ };
  const strings = async (query: string, config = read) => (await conn.driver.executeQuery(query, {}, config)).records.map((r) => String(r.get(0))).sort();
  const number = async (query: string) => Number((await conn.driver.executeQuery(query, {}, read)).records[0]?.get(0));
  const [nodes, relationships, labels, relationshipTypes, propertyKeys, indexes, users, databases, fingerprint] = await Promise.all([
    number('MATCH (n) RETURN count(n)'),
    number('MATCH ()-[r]->() RETURN count(r)'),
    strings('CALL db.labels()'),
    strings('CALL db.relationshipTypes()'),
    strings('CALL db.propertyKeys()'),
    strings('SHOW INDEXES YIELD name RETURN name'),
    strings('SHOW USERS YIELD user RETURN user', system),
    strings('SHOW DATABASES YIELD name RETURN name', system),
    fingerprintOf(conn),
  ]);
  return { nodes, relationships, labels, relationshipTypes, propertyKeys, indexes, users, databases, fingerprint };
}

async function fingerprintOf(conn: GraphConnection): Promise<string> {
  const read = { database: conn.database, routing: neo4j.routing.READ };
  const { records } = await conn.driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS what, properties(n) AS props UNION ALL MATCH (a)-[r]->(b) RETURN [type(r), elementId(a), elementId(b)] AS what, properties(r) AS props',
    {},
    read,
  );
  const lines = records.map((r) => JSON.stringify([r.get('what'), Object.entries(r.get('props') as object).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, String(v)])]));
  return lines.sort().join('\n');
}
