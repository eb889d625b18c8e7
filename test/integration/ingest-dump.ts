import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../../graph/neo4j/connection.ts';

/**
 * The whole graph as sorted lines: each node as its labels and properties, each relationship as its type,
 * the keys of its ends and its properties. Two graphs are the same when their dumps are equal.
 */
export async function dumpGraph(conn: GraphConnection): Promise<{ nodes: string[]; relationships: string[] }> {
  const read = { database: conn.database, routing: neo4j.routing.READ };
  const nodes = await conn.driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', {}, read);
  const relationships = await conn.driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, coalesce(a.symbol, a.key, a.name) AS from, coalesce(b.symbol, b.key, b.name) AS to, properties(r) AS props`,
    {}, read,
  );
  return {
    nodes: nodes.records.map((record) => canonical([[...(record.get('labels') as string[])].sort(), record.get('props')])).sort(),
    relationships: relationships.records
      .map((record) => canonical([record.get('type'), record.get('from'), record.get('to'), record.get('props')]))
      .sort(),
  };
}

export async function countGraph(conn: GraphConnection): Promise<{ nodes: number; relationships: number; properties: number }> {
  const result = await conn.driver.executeQuery(
    `CALL { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps }
     CALL { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relProps }
     RETURN nodes, relationships, nodeProps + relProps AS properties`,
    {}, { database: conn.database, routing: neo4j.routing.READ },
  );
  const record = result.records[0];
  const number = (key: string) => neo4j.integer.toNumber(record?.get(key) ?? 0);
  return { nodes: number('nodes'), relationships: number('relationships'), properties: number('properties') };
}

export async function query<T = Record<string, unknown>>(conn: GraphConnection, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await conn.driver.executeQuery(cypher, params, { database: conn.database });
  return result.records.map((record) => toPlain(record.toObject()) as T);
}

function canonical(value: unknown): string {
  return JSON.stringify(toPlain(value), (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item);
}

function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  return value;
}
