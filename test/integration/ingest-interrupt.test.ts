import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../graph/neo4j/local-server.ts';
import { listInputs } from '../../ingest/load/list-inputs.ts';
import { prepareFile } from '../../ingest/load/prepare-file.ts';
import { writeSynthCorpus } from '../../ingest/synth/write-corpus.ts';
import { cleanDatabase } from '../support/clean-db.ts';
import { dumpGraph, query } from './ingest-dump.ts';

// This test stops its server in the middle of an ingest, so it runs a server of its own: the other
// test files (and anyone else using the test server) never see it go away.
const root = fileURLToPath(new URL('../..', import.meta.url));
const testDir = process.env.RESOGRAPH_NEO4J_DIR ?? path.join(root, '.neo4j/test');
const env: NodeJS.ProcessEnv = { ...process.env, RESOGRAPH_NEO4J_DIR: `${testDir}-interrupt` };
delete env.NEO4J_URI;
const corpus = mkdtempSync(path.join(tmpdir(), 'resograph-interrupt-'));
const total = 800;
let conn: GraphConnection;

function runIngest(): { exit: Promise<{ code: number | null; stdout: string }> } {
  const child = spawn(process.execPath, [path.join(root, 'bin/resograph.js'), 'ingest', corpus, '--batch-size', '40'], { env, cwd: root });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.resume();
  return { exit: new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout }))) };
}

async function wholeDocuments(): Promise<number> {
  const rows = await query<{ n: number }>(conn, 'MATCH (d:Document {stub: false}) RETURN count(d) AS n');
  return rows[0]?.n ?? 0;
}

beforeAll(async () => {
  const lib = path.join(testDir, 'lib');
  const ownLib = path.join(`${testDir}-interrupt`, 'lib');
  if (!existsSync(ownLib) && existsSync(lib)) cpSync(lib, ownLib, { recursive: true });
  await startLocalNeo4j({ env });
  conn = await connect({ env });
  await cleanDatabase(conn);
  await writeSynthCorpus({ count: total, seed: 'interrupt', outDir: corpus });
}, 300_000);

afterAll(async () => {
  await conn?.driver.close();
  await stopLocalNeo4j({ env });
  rmSync(corpus, { recursive: true, force: true });
}, 120_000);

describe('an ingest cut short by the server stopping', () => {
  it('leaves no half document, and a rerun completes with the graph of a clean run', async () => {
    const cut = runIngest();
    while ((await wholeDocuments()) < 120) await new Promise((resolve) => setTimeout(resolve, 100));
    await conn.driver.close();
    await stopLocalNeo4j({ env });
    const { code, stdout } = await cut.exit;
    expect(code).toBe(1);
    expect(stdout).toContain('stopped before the end');

    await startLocalNeo4j({ env });
    conn = await connect({ env });
    const loaded = await wholeDocuments();
    expect(loaded).toBeGreaterThanOrEqual(120);
    expect(loaded).toBeLessThan(total);

    // Every document in the graph holds all the edges its text makes: none was written in part.
    const expected = new Map<string, number>();
    for (const file of (await listInputs([corpus], false)).files) {
      for (const { write } of (await prepareFile(file, { fromJson: false })).documents) {
        expected.set(write.symbol, Object.values(write.edges).reduce((n, list) => n + list.length, 0));
      }
    }
    const made = await query<{ source: string; edges: number }>(conn, 'MATCH ()-[r]->() RETURN r.source AS source, count(r) AS edges');
    const whole = await query<{ symbol: string }>(conn, 'MATCH (d:Document {stub: false}) RETURN d.symbol AS symbol');
    const edgesOf = new Map(made.map((row) => [row.source, row.edges]));
    for (const { symbol } of whole) expect([symbol, edgesOf.get(symbol) ?? 0]).toEqual([symbol, expected.get(symbol)]);
    expect(made.every((row) => whole.some((doc) => doc.symbol === row.source))).toBe(true);

    const rerun = await runIngest().exit;
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`${total - loaded} documents new, 0 replaced, ${loaded} unchanged, 0 failed`);
    const completed = await dumpGraph(conn);

    await cleanDatabase(conn);
    expect((await runIngest().exit).code).toBe(0);
    const clean = await dumpGraph(conn);
    expect(completed.nodes).toEqual(clean.nodes);
    expect(completed.relationships).toEqual(clean.relationships);
  }, 300_000);
});
