import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { ingestSampleIfEmpty, samplePaths } from '../../ingest/sample.ts';
import { generateResolutions } from '../../ingest/synth/generate.ts';
import { cleanDatabase } from '../support/clean-db.ts';
import { query } from './ingest-dump.ts';

let conn: GraphConnection;
const corpus = mkdtempSync(path.join(tmpdir(), 'resograph-sample-'));

beforeAll(async () => {
  conn = await connect();
  await cleanDatabase(conn);
  const [synthetic] = [...generateResolutions({ count: 1, seed: 'sample' })];
  writeFileSync(path.join(corpus, 'A-RES-80-1.txt'), synthetic?.text ?? '');
  writeFileSync(path.join(corpus, 'A-RES-64-25.txt'), 'the corpus copy of the origin document is not read twice');
});
afterAll(async () => {
  rmSync(corpus, { recursive: true, force: true });
  await conn?.driver.close();
});

describe('the sample npm start loads', () => {
  it('loads the origin document and real texts into an empty database, never synthetic ones, and only once', async () => {
    const env = { ...process.env, RESOGRAPH_CORPUS: corpus };
    expect(samplePaths(env).map((file) => path.basename(file))).toEqual(['A-RES-64-25.txt', 'A-RES-80-1.txt']);
    process.env.RESOGRAPH_CORPUS = corpus;
    try {
      const first = await ingestSampleIfEmpty(conn);
      expect(first?.documents).toMatchObject({ new: 1, skipped: 1, failed: 0 });
      expect(await query(conn, 'MATCH (d:Document {stub: false}) RETURN d.symbol AS symbol, d.synthetic AS synthetic'))
        .toEqual([{ symbol: 'A/RES/64/25', synthetic: false }]);
      expect(await ingestSampleIfEmpty(conn)).toBeNull();
    } finally {
      delete process.env.RESOGRAPH_CORPUS;
    }
  });
});
