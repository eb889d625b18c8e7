import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { PENDING } from '../../graph/neo4j/queries/write-documents.ts';
import { refreshAllMentions } from '../../ingest/load/refresh-mentions.ts';
import { ingest } from '../../ingest/pipeline.ts';
import { generateResolutions } from '../../ingest/synth/generate.ts';
import { cleanDatabase } from '../support/clean-db.ts';
import { query } from './ingest-dump.ts';

let conn: GraphConnection;
const dir = mkdtempSync(path.join(tmpdir(), 'resograph-refresh-'));

const mentions = () => query<{ key: string; m: string[] | null }>(conn,
  'MATCH (n) RETURN coalesce(n.symbol, n.key, n.name) + "|" + labels(n)[0] AS key, n.mentionedIn AS m ORDER BY key');

beforeAll(async () => {
  conn = await connect();
  await cleanDatabase(conn);
  const file = path.join(dir, 'corpus.jsonl');
  writeFileSync(file, [...generateResolutions({ count: 40, seed: 'refresh' })].map((r) => JSON.stringify(r.document)).join('\n'));
  await ingest(conn, { paths: [file], fromJson: true, workers: 0 });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await conn.driver.close();
});

describe('refreshAllMentions', () => {
  it('refreshes every marked node in pages of small concurrent transactions, to the same lists as the ingest made', async () => {
    const before = await mentions();
    expect(before.filter((row) => row.m !== null).length).toBeGreaterThan(40);
    const [marked] = await query<{ n: number }>(conn, `MATCH (n) SET n:${PENDING}, n.mentionedIn = null RETURN count(n) AS n`);
    // 3 nodes a transaction, 2 at once, 30 a page: many pages, and a last one that is not full.
    const done = await refreshAllMentions(conn, { perTransaction: 3, concurrency: 2 });
    expect(done.nodes).toBe(marked?.n);
    expect(await query(conn, `MATCH (n:${PENDING}) RETURN n LIMIT 1`)).toEqual([]);
    expect(await mentions()).toEqual(before);
  });

  it('does nothing when no node is marked', async () => {
    expect((await refreshAllMentions(conn)).nodes).toBe(0);
  });
});
