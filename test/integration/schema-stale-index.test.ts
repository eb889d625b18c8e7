import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { searchGraph } from '../../graph/neo4j/queries/search.ts';
import { applySchema } from '../../graph/neo4j/schema.ts';
import { ingest } from '../../ingest/pipeline.ts';
import { cleanDatabase } from '../support/clean-db.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateResolutions } from '../../ingest/synth/generate.ts';

let conn: GraphConnection;
const dir = mkdtempSync(path.join(tmpdir(), 'resograph-index-'));
const write = () => ({ database: conn.database, routing: neo4j.routing.WRITE });

async function documentTextConfig(): Promise<Record<string, unknown> | undefined> {
  const result = await conn.driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'documentText' RETURN options", {}, write());
  return (result.records[0]?.get('options') as { indexConfig: Record<string, unknown> } | undefined)?.indexConfig;
}

beforeAll(async () => {
  conn = await connect();
  await cleanDatabase(conn);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await conn?.driver.close();
});

describe('the full-text index', () => {
  it('is built again when an older database holds it kept current in each transaction', async () => {
    await conn.driver.executeQuery('DROP INDEX documentText', {}, write());
    await conn.driver.executeQuery('CREATE FULLTEXT INDEX documentText FOR (n:Document|Paragraph) ON EACH [n.title, n.text]', {}, write());
    expect((await documentTextConfig())?.['fulltext.eventually_consistent']).toBe(false);
    await applySchema(conn);
    expect((await documentTextConfig())?.['fulltext.eventually_consistent']).toBe(true);
  });

  it('holds what an ingest loaded once the ingest returns (the ingest waits for it to catch up)', async () => {
    const [resolution] = [...generateResolutions({ count: 1, seed: 'search-after-ingest' })];
    const file = path.join(dir, 'one.txt');
    writeFileSync(file, resolution!.text);
    await ingest(conn, { paths: [file], workers: 0 });
    const word = resolution!.document.title!.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
    const results = await searchGraph(conn, { q: word, limit: 20 });
    expect(results.map((result) => result.id)).toContain(resolution!.document.symbol);
  });
});
