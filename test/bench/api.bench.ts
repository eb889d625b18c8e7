// Explorer API latency through HTTP (the real Fastify server in this process, on a loopback port) against
// 25,000 synthetic resolutions in the bench's own local Neo4j (.neo4j/bench). Each figure is a p95, printed
// beside its target and as a ratio to the p95 of GET /api/health measured in the same run (the baseline).
import neo4j from 'neo4j-driver';
import { createApp } from '../../web/server/app.ts';
import { openBenchGraph } from './api-bench-data.ts';

const data = { count: 25_000, seed: 1 };
const samples = Number(process.env.BENCH_SAMPLES ?? 200);

interface Workload {
  name: string;
  targetMs: number | null;
  /** One request each; returns how many nodes the answer held. */
  calls: (() => Promise<number>)[];
}

export default async function bench(): Promise<void> {
  const conn = await openBenchGraph(data);
  const app = await createApp({ conn });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const read = { database: conn.database, routing: neo4j.routing.READ };
    // Whole resolutions spread over the corpus (every k-th by symbol), and for paths a document with one
    // it reaches in 2 to 4 hops, so that a path exists, as when a user asks for one between two nodes on screen.
    const docs = (await conn.driver.executeQuery(
      'MATCH (d:Synthetic) WHERE NOT d.stub WITH d ORDER BY d.symbol WITH collect(d.symbol) AS docs RETURN [i IN range(0, size(docs) - 1, size(docs) / $n) | docs[i]][0..$n] AS picked',
      { n: neo4j.int(samples) }, read)).records[0]?.get('picked') as string[];
    const pairs = (await conn.driver.executeQuery(
      `UNWIND $docs AS s MATCH (a:Document {symbol: s})
       CALL (a) { MATCH (a)-[:RECALLS|CITES]->{2,4}(b:Document) WHERE b <> a RETURN b LIMIT 1 }
       RETURN a.symbol AS from, b.symbol AS to`,
      { docs }, read)).records.map((r) => [r.get('from') as string, r.get('to') as string] as const);
    const enc = encodeURIComponent;
    // A failed request (a 504 when a query hits its time limit) counts as -1 node: the bench counts it and goes on.
    const http = (url: string) => async () => {
      const body = await request(base, url);
      return body === null ? -1 : ((body?.elements?.nodes?.length ?? 0) as number);
    };
    const returnOne = async () => {
      await conn.driver.executeQuery('RETURN 1', {}, read);
      return 0;
    };
    const workloads: Workload[] = [
      { name: 'baseline GET /api/health', targetMs: null, calls: docs.map(() => http('/api/health')) },
      { name: 'driver RETURN 1 (no HTTP)', targetMs: null, calls: docs.map(() => returnOne) },
      { name: 'neighbour expansion', targetMs: 15, calls: docs.map((s) => http(`/api/nodes/${enc(s)}/neighbours`)) },
      { name: 'shortest path', targetMs: 25, calls: pairs.map(([from, to]) => http(`/api/path?from=${enc(from)}&to=${enc(to)}`)) },
      { name: 'chain depth 5 (cap 500)', targetMs: 100, calls: docs.map((s) => http(`/api/chain/${enc(s)}?depth=5`)) },
      { name: 'chain depth 10 (cap 500)', targetMs: 500, calls: docs.map((s) => http(`/api/chain/${enc(s)}?depth=10`)) },
      { name: 'search (symbol and words)', targetMs: null, calls: docs.map((s, i) => http(`/api/search?q=${enc(i % 2 ? s : 'international security cooperation')}`)) },
    ];
    console.log(`${docs.length} documents sampled, ${pairs.length} pairs with a path; p95 of ${samples} requests each, after a warm-up round`);
    let baseline = 0;
    const misses: string[] = [];
    for (const workload of workloads) {
      for (const call of workload.calls.slice(0, 20)) await call();
      const times: number[] = [];
      let nodes = 0;
      let failed = 0;
      for (const call of workload.calls) {
        const started = performance.now();
        const answer = await call();
        times.push(performance.now() - started);
        if (answer < 0) failed += 1;
        else nodes += answer;
      }
      const p95 = percentile(times, 0.95);
      if (baseline === 0) baseline = p95;
      const verdict = workload.targetMs === null ? '' : p95 <= workload.targetMs ? `  target ${workload.targetMs} ms: met` : `  target ${workload.targetMs} ms: NOT met`;
      if (workload.targetMs !== null && (p95 > workload.targetMs || failed > 0)) misses.push(workload.name);
      console.log(`${workload.name.padEnd(28)} p50 ${percentile(times, 0.5).toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  ${(p95 / baseline).toFixed(1).padStart(5)}x baseline  ${(nodes / Math.max(1, times.length - failed)).toFixed(0).padStart(4)} nodes/answer${failed ? `  ${failed} FAILED` : ''}${verdict}`);
    }
    console.log(misses.length === 0 ? 'all API latency targets met' : `targets NOT met: ${misses.join(', ')}`);
  } finally {
    await app.close();
    await conn.driver.close();
  }
}

/** The answer's body, or null for a server error (printed once); a 4xx means the bench itself is wrong. */
async function request(base: string, url: string): Promise<any> {
  const response = await fetch(`${base}${url}`);
  const body = await response.json();
  if (response.status >= 500) {
    console.log(`  ${url}: ${response.status} ${body?.error?.code ?? ''}`);
    return null;
  }
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
