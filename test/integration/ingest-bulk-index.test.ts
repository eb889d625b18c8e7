import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { searchGraph } from '../../graph/neo4j/queries/search.ts';
import { ingest } from '../../ingest/pipeline.ts';
import { generateResolutions } from '../../ingest/synth/generate.ts';
import { applySchema } from '../../graph/neo4j/schema.ts';
import { cleanDatabase } from '../support/clean-db.ts';

let conn: GraphConnection;
const dir = mkdtempSync(path.join(tmpdir(), 'resograph-bulk-'));
const resolutions = [...generateResolutions({ count: 16, seed: 'bulk-index' })];
const files = resolutions.map((resolution, i) => {
  const file = path.join(dir, `r${String(i).padStart(2, '0')}.txt`);
  writeFileSync(file, resolution.text);
  return file;
});

async function searchIndexes(): Promise<{ name: string; state: string }[]> {
  const result = await conn.driver.executeQuery(
    "SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'documentText' RETURN name, state", {},
    { database: conn.database, routing: neo4j.routing.READ },
  );
  return result.records.map((record) => ({ name: record.get('name') as string, state: record.get('state') as string }));
}

beforeAll(async () => {
  conn = await connect();
  await cleanDatabase(conn);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await conn?.driver.close();
});

describe('a bulk load into an empty graph', () => {
  it('builds the full-text index once at the end, and search finds the loaded documents by their words', async () => {
    const notices: string[] = [];
    const summary = await ingest(conn, { paths: files.slice(0, 12), workers: 0, bulkLoadFiles: 10, onNotice: (line) => notices.push(line) });
    expect(summary.documents.new).toBe(12);
    expect(notices[0]).toBe('building the full-text search index over the loaded documents');
    expect(notices[1]).toMatch(/^search index built in \d+\.\ds$/);
    expect(await searchIndexes()).toEqual([{ name: 'documentText', state: 'ONLINE' }]);

    const first = resolutions[0]!.document;
    const word = first.title!.split(/\W+/).filter((w) => w.length > 6).sort((a, b) => b.length - a.length)[0]!;
    const results = await searchGraph(conn, { q: word, limit: 50 });
    expect(results.map((result) => result.id)).toContain(first.symbol);
  });

  it('answers a search by symbol while the index is being built', async () => {
    const first = resolutions[0]!.document;
    await conn.driver.executeQuery('DROP INDEX documentText', {}, { database: conn.database, routing: neo4j.routing.WRITE });
    try {
      const results = await searchGraph(conn, { q: first.symbol, limit: 10 });
      expect(results[0]?.id).toBe(first.symbol);
    } finally {
      await applySchema(conn);
    }
  });

  it('keeps the index live for a load that is small beside what the graph holds', async () => {
    const notices: string[] = [];
    const summary = await ingest(conn, { paths: files.slice(12), workers: 0, bulkLoadFiles: 2, onNotice: (line) => notices.push(line) });
    expect(summary.documents.new).toBe(4);
    expect(notices).toEqual([]);
    expect(await searchIndexes()).toEqual([{ name: 'documentText', state: 'ONLINE' }]);
  });
});
