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

/** The `indexConfig` entries a CREATE ... INDEX statement sets, as SHOW INDEXES gives them back. */
export function indexConfigOf(statement: string): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  const block = /indexConfig:\s*\{([^}]*)\}/.exec(statement)?.[1] ?? '';
  for (const [, key, value] of block.matchAll(/`([\w.]+)`:\s*(true|false|'[^']*'|"[^"]*")/g)) {
    config[key!] = value === 'true' ? true : value === 'false' ? false : value!.slice(1, -1);
  }
  return config;
}

/** An index is stale when the database holds it with another value of a setting its statement names. */
export function isStale(statement: string, options: { indexConfig?: Record<string, unknown> } | null): boolean {
  const held = options?.indexConfig ?? {};
  return Object.entries(indexConfigOf(statement)).some(([key, value]) => key in held && held[key] !== value);
}

/**
 * Creates the constraints and indexes that are missing, and builds again those the database holds with
 * other settings (documentText became eventually consistent), then waits until new indexes are online, so
 * that the next query uses them. Cheap to repeat: one SHOW when all are current.
 */
export async function applySchema(conn: GraphConnection): Promise<void> {
  const write = { database: conn.database, routing: neo4j.routing.WRITE };
  const shown = await conn.driver.executeQuery('SHOW INDEXES YIELD name, options RETURN name, options', {}, write);
  const existing = new Map<string, { indexConfig?: Record<string, unknown> } | null>(
    shown.records.map((record) => [record.get('name') as string, record.get('options') as { indexConfig?: Record<string, unknown> } | null]),
  );
  let created = false;
  for (const statement of readSchemaStatements()) {
    const name = nameOf(statement) ?? '';
    if (existing.has(name) && !isStale(statement, existing.get(name) ?? null)) continue;
    if (existing.has(name)) await conn.driver.executeQuery(`DROP INDEX ${name}`, {}, write);
    await conn.driver.executeQuery(statement, {}, write);
    created = true;
  }
  if (created) await conn.driver.executeQuery('CALL db.awaitIndexes(300)', {}, write);
}

/**
 * Waits until eventually consistent full-text indexes hold every committed write, so that a search after
 * an ingest finds what it loaded.
 */
export async function awaitSearchIndexes(conn: GraphConnection): Promise<void> {
  await conn.driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()', {}, { database: conn.database, routing: neo4j.routing.WRITE });
}
