// Ingest speed: 25,000 synthetic resolutions (parse included) into a clean local Neo4j of the bench's own,
// a second run over the same files, peak memory of the ingest process, and the per-edge ratio against a
// naive loader (one reference per transaction, run before the loads and after them, the faster run counted)
// on a 1,000-document slice of the same files, both with parse included and, like the naive loader, from
// parsed documents (`--from-json`).
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from '../../graph/neo4j/connection.ts';
import { startLocalNeo4j } from '../../graph/neo4j/local-server.ts';
import { writeDocumentNaively } from '../../graph/neo4j/queries/naive-write.ts';
import { listInputs } from '../../ingest/load/list-inputs.ts';
import { prepareFile } from '../../ingest/load/prepare-file.ts';
import { writeSynthCorpus } from '../../ingest/synth/write-corpus.ts';
import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../../graph/neo4j/connection.ts';
import type { DocumentWrite } from '../../graph/model/graph-rows.ts';
import { applySchema } from '../../graph/neo4j/schema.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const count = Number(process.env.RESOGRAPH_BENCH_COUNT ?? 25_000);
const naiveCount = Math.min(count, 1000);

interface Run { seconds: number; peakRssMb: number; relationships: number; stdout: string }

export default async function benchIngest(): Promise<void> {
  // The bench empties its database, so it never uses the user's server: a folder of its own, jars copied.
  const dir = process.env.RESOGRAPH_BENCH_NEO4J_DIR ?? path.join(root, '.neo4j/bench');
  const env: NodeJS.ProcessEnv = { ...process.env, RESOGRAPH_NEO4J_DIR: dir };
  delete env.NEO4J_URI;
  for (const other of [path.join(root, '.neo4j/lib'), path.join(root, '.neo4j/test/lib')]) {
    if (!existsSync(path.join(dir, 'lib')) && existsSync(other)) cpSync(other, path.join(dir, 'lib'), { recursive: true });
  }
  await startLocalNeo4j({ env, onProgress: (line) => console.log(`[neo4j] ${line}`) });
  const conn = await connect({ env });
  const corpus = mkdtempSync(path.join(tmpdir(), 'resograph-bench-'));
  try {
    const synth = await writeSynthCorpus({ count, seed: 'bench', outDir: corpus });
    console.log(`${synth.files} synthetic resolutions, ${(synth.bytes / 1048576).toFixed(0)} MB, ${synth.references} references`);
    // The naive loader runs first, on a slice of the same files: besides its own figure it warms the fresh
    // server's compiled code, so the runs below measure the loader, not the JVM's start (said in the output).
    const files = (await listInputs([corpus], false)).files.slice(0, naiveCount);
    const writes = [];
    for (const file of files) writes.push(...(await prepareFile(file, { fromJson: false })).documents.map((document) => document.write));
    await wipe(conn);
    const naiveCold = await runNaive(conn, writes);

    await wipe(conn);
    const first = await runIngest([corpus], env);
    const second = await runIngest([corpus], env);
    // Like for like with the naive loader, which is handed parsed documents: the same load from
    // `resograph parse --jsonl` output, into an emptied database again.
    const parsed = `${corpus}-parsed.jsonl`;
    await writeParseOutput(corpus, parsed, env);
    await wipe(conn);
    const fromJson = await runIngest(['--from-json', parsed], env).finally(() => rmSync(parsed, { recursive: true, force: true }));
    // The naive loader again, after the loads: a run per reference is bound by each transaction's latency,
    // which drifts with the machine (1.6 to 3.8 ms per edge on one day, either run the slower), so the
    // ratio takes the naive loader's faster run and cannot pass on a slow one.
    await wipe(conn);
    const naiveWarm = await runNaive(conn, writes);

    const perEdge = (seconds: number, edges: number) => (seconds * 1e6) / Math.max(1, edges);
    const batched = perEdge(first.seconds, first.relationships);
    const batchedParsed = perEdge(fromJson.seconds, fromJson.relationships);
    const naiveRuns = [perEdge(naiveCold.seconds, naiveCold.edges), perEdge(naiveWarm.seconds, naiveWarm.edges)];
    const naive = Math.min(...naiveRuns);
    const slower = Math.max(...naiveRuns);
    console.log(`first run:  ${count} documents into an emptied database (server warmed by the naive run) in ${first.seconds.toFixed(1)}s (target < 30s), ${first.relationships} relationships, peak RSS ${first.peakRssMb.toFixed(0)} MB (target < 500 MB)`);
    console.log(`second run: ${second.seconds.toFixed(1)}s, ${(second.seconds / first.seconds).toFixed(2)}x the first (target <= 1.5x), peak RSS ${second.peakRssMb.toFixed(0)} MB`);
    for (const [when, run] of [['first', naiveCold], ['again, after the loads', naiveWarm]] as const) {
      console.log(`naive loader (${when}): ${writes.length} documents, ${run.edges} relationships in ${run.seconds.toFixed(1)}s, ${perEdge(run.seconds, run.edges).toFixed(0)} µs per edge`);
    }
    console.log(`from parse output: ${fromJson.seconds.toFixed(1)}s, ${fromJson.relationships} relationships, peak RSS ${fromJson.peakRssMb.toFixed(0)} MB`);
    console.log(`per edge: batched ${batched.toFixed(0)} µs (parse included), naive ${naive.toFixed(0)} µs (its faster run, parse excluded): batched is ${(naive / batched).toFixed(1)}x faster (target >= 50x); ${(slower / batched).toFixed(1)}x against its slower run`);
    console.log(`per edge, both from parsed documents: batched ${batchedParsed.toFixed(0)} µs, naive ${naive.toFixed(0)} µs: ${(naive / batchedParsed).toFixed(1)}x; ${(slower / batchedParsed).toFixed(1)}x against its slower run`);
  } finally {
    rmSync(corpus, { recursive: true, force: true });
    await conn.driver.close();
  }
}

/** The baseline: the same documents written one reference per transaction. */
async function runNaive(conn: GraphConnection, writes: readonly DocumentWrite[]): Promise<{ seconds: number; edges: number }> {
  const started = performance.now();
  let edges = 0;
  for (const write of writes) edges += await writeDocumentNaively(conn, write);
  return { seconds: (performance.now() - started) / 1000, edges };
}

/** `resograph parse --jsonl DIR`, untimed, into one file: the input of the from-parse-output run. */
async function writeParseOutput(corpus: string, file: string, env: NodeJS.ProcessEnv): Promise<void> {
  const out = openSync(file, 'w');
  try {
    const child = spawn(process.execPath, [path.join(root, 'bin/resograph.js'), 'parse', '--jsonl', corpus], { env, cwd: root, stdio: ['ignore', out, 'ignore'] });
    const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve));
    if (code !== 0) throw new Error(`parse exited with ${code}`);
  } finally {
    closeSync(out);
  }
}

/** `resograph ingest ARGS` as a child process, its peak RSS read from /proc while it runs. */
function runIngest(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'bin/resograph.js'), 'ingest', ...args], { env, cwd: root });
    let stdout = '';
    let peakKb = 0;
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.resume();
    const poll = setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match?.[1]) peakKb = Math.max(peakKb, Number(match[1]));
      } catch {
        // The process has just exited.
      }
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`ingest exited with ${code}:\n${stdout}`));
      const relationships = Number(/(\d+) relationships created/.exec(stdout)?.[1] ?? 0);
      console.log(stdout.trim().split('\n').slice(0, 2).map((line) => `  ${line}`).join('\n'));
      resolve({ seconds, peakRssMb: peakKb / 1024, relationships, stdout });
    });
  });
}

/** Empties the bench database: relationships first, then nodes, each in batches of their own. */
async function wipe(conn: GraphConnection): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives.
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(conn);
}
