// The console's cost per query against a plain driver read of the same rows, in the same process: what
// the EXPLAIN check, the explicit read transaction, streaming with the cap and the tagged conversion add.
// Rows are made by UNWIND, so any Neo4j will do and nothing is written: the one connect() names
// (NEO4J_URI, or the local server of RESOGRAPH_NEO4J_DIR, e.g. .neo4j/test after a test run).
import neo4j from 'neo4j-driver';
import { connect } from '../../graph/neo4j/connection.ts';
import { runCypher } from '../../graph/neo4j/cypher/run-cypher.ts';

const samples = Number(process.env.BENCH_SAMPLES ?? 30);
const limits = { timeoutMs: 60_000, maxRows: 5_000 };

const workloads = [
  { name: '1 row', query: 'RETURN 1 AS one', rows: 1 },
  { name: '5,000 rows of maps', query: "UNWIND range(1, 5000) AS i RETURN i, {a: i, b: toString(i), c: [i, i * 2]} AS m, date('2009-12-02') AS d", rows: 5_000 },
  { name: '100,000 rows, cap 5,000', query: 'UNWIND range(1, 100000) AS i RETURN i', rows: 5_000 },
];

export default async function bench(): Promise<void> {
  const conn = await connect();
  const read = { database: conn.database, routing: neo4j.routing.READ };
  try {
    console.log(`median of ${samples} runs each, after 5 warm-up runs; ratio = console / plain driver read`);
    for (const workload of workloads) {
      // The plain read takes only the rows the console keeps, so both hand over the same answer.
      const plain = async () => {
        const result = await conn.driver.executeQuery(`CALL () { ${workload.query} } RETURN * LIMIT ${workload.rows}`, {}, read);
        return result.records.length;
      };
      const console_ = async () => (await runCypher(conn, { query: workload.query, params: {} }, limits)).rows.length;
      const plainMs = await median(plain, workload.rows);
      const consoleMs = await median(console_, workload.rows);
      console.log(`${workload.name.padEnd(26)} driver ${plainMs.toFixed(1).padStart(7)} ms  console ${consoleMs.toFixed(1).padStart(7)} ms  ${(consoleMs / plainMs).toFixed(2).padStart(5)}x`);
    }
  } finally {
    await conn.driver.close();
  }
}

async function median(run: () => Promise<number>, rows: number): Promise<number> {
  for (let i = 0; i < 5; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    const got = await run();
    times.push(performance.now() - started);
    if (got !== rows) throw new Error(`expected ${rows} rows, got ${got}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
