// The bench's own graph: 25,000 synthetic resolutions in a local Neo4j folder of its own (.neo4j/bench),
// never the data `npm start` loaded. A marker node records the count and seed, so a second run reuses it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { startLocalNeo4j } from '../../graph/neo4j/local-server.ts';
import { applySchema } from '../../graph/neo4j/schema.ts';
import { ingest } from '../../ingest/pipeline.ts';
import { writeSynthCorpus } from '../../ingest/synth/write-corpus.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
// Not .neo4j/bench: the ingest bench empties that one.
export const benchDir = process.env.RESOGRAPH_API_BENCH_NEO4J_DIR ?? path.join(projectRoot, '.neo4j', 'bench-api');

export interface BenchData {
  count: number;
  seed: number;
}

/** Connects to the bench's own server (starting it), loading the synthetic corpus unless the marker says it is there. */
export async function openBenchGraph(data: BenchData, log: (line: string) => void = console.log): Promise<GraphConnection> {
  process.env.RESOGRAPH_NEO4J_DIR = benchDir;
  delete process.env.NEO4J_URI;
  await startLocalNeo4j({ onProgress: log });
  const conn = await connect();
  await applySchema(conn);
  if (await hasMarker(conn, data)) {
    log(`reusing the ${data.count} synthetic resolutions (seed ${data.seed}) already in ${benchDir}`);
    return conn;
  }
  await emptyDatabase(conn);
  const dir = await mkdtemp(path.join(tmpdir(), 'resograph-bench-'));
  try {
    log(`writing ${data.count} synthetic resolutions (seed ${data.seed}) to ${dir}`);
    await writeSynthCorpus({ count: data.count, seed: data.seed, outDir: dir });
    const started = Date.now();
    let logged = 0;
    const summary = await ingest(conn, {
      paths: [dir],
      workers: 1,
      onProgress: (state) => {
        if (state.documents - logged < 5000) return;
        logged = state.documents;
        log(`  loaded ${state.documents} documents (${Math.round((Date.now() - started) / 1000)} s)`);
      },
    });
    if (summary.failures.length > 0) throw new Error(`the bench corpus did not load: ${JSON.stringify(summary.failures.slice(0, 3))}`);
    log(`loaded ${summary.documents.new} documents in ${Math.round(summary.elapsedMs / 1000)} s`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await conn.driver.executeQuery('MERGE (m:BenchMarker {name: "api"}) SET m.count = $count, m.seed = $seed',
    { count: neo4j.int(data.count), seed: neo4j.int(data.seed) }, { database: conn.database });
  return conn;
}

async function hasMarker(conn: GraphConnection, data: BenchData): Promise<boolean> {
  const result = await conn.driver.executeQuery('MATCH (m:BenchMarker {name: "api"}) RETURN m.count AS count, m.seed AS seed', {}, {
    database: conn.database, routing: neo4j.routing.READ,
  });
  const record = result.records[0];
  return record !== undefined && neo4j.integer.toNumber(record.get('count')) === data.count && neo4j.integer.toNumber(record.get('seed')) === data.seed;
}

// CALL { } IN TRANSACTIONS needs an auto-commit transaction.
async function emptyDatabase(conn: GraphConnection): Promise<void> {
  const session = conn.driver.session({ database: conn.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
