import { readdirSync, readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import type { GraphConnection } from './connection.ts';

const schemaDir = new URL('./schema/', import.meta.url);

/** The statements of schema/*.cypher in file order: `;` ends a statement, `//` lines are comments. */
export function readSchemaStatements(): string[] {
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .flatMap((name) => splitStatements(readFileSync(new URL(name, schemaDir), 'utf8')));
}

export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/** The name a CREATE CONSTRAINT / CREATE ... INDEX statement gives. */
export function nameOf(statement: string): string | undefined {
  return /^CREATE\s+(?:CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)/i.exec(statement)?.[1];
}

/**
 * Creates the constraints and indexes that are missing (cheap to repeat: one SHOW when all exist, and every
 * statement says IF NOT EXISTS anyway) and waits until new indexes are online, so that the next query uses them.
 */
export async function applySchema(conn: GraphConnection): Promise<void> {
  const write = { database: conn.database, routing: neo4j.routing.WRITE };
  const shown = await conn.driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names', {}, write);
  const existing = new Set<string>(shown.records[0]?.get('names') ?? []);
  const missing = readSchemaStatements().filter((statement) => !existing.has(nameOf(statement) ?? ''));
  for (const statement of missing) await conn.driver.executeQuery(statement, {}, write);
  if (missing.length > 0) await conn.driver.executeQuery('CALL db.awaitIndexes(300)', {}, write);
}

/**
 * Full-text indexes a bulk load may drop and have applySchema build again at its end: Lucene updated in
 * every write transaction costs more than one population over the loaded nodes. Any later applySchema
 * (every ingest, `serve`, `start`) builds them again should the load stop half way.
 */
export const deferrableIndexes = ['documentText'] as const;

export async function dropDeferrableIndexes(conn: GraphConnection): Promise<void> {
  const write = { database: conn.database, routing: neo4j.routing.WRITE };
  for (const name of deferrableIndexes) await conn.driver.executeQuery(`DROP INDEX ${name} IF EXISTS`, {}, write);
}
