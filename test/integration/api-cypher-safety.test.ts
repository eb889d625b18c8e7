import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../ingest/pipeline.ts';
import { startTestServer, type TestServer } from '../support/app-server.ts';
import { cleanDatabase } from '../support/clean-db.ts';
import { corpusDir } from '../support/corpus.ts';
import { postCypher, readCounts, type DatabaseCounts } from '../support/cypher-api.ts';

let server: TestServer;
let before: DatabaseCounts;

beforeAll(async () => {
  server = await startTestServer({ cypherLimits: { timeoutMs: 1_500, maxRows: 1_000 } });
  await cleanDatabase(server.conn);
  const summary = await ingest(server.conn, { paths: [path.join(corpusDir, 'A-RES-64-25.txt')], workers: 0 });
  expect(summary.failures).toEqual([]);
  before = await readCounts(server.conn);
  expect(before.nodes).toBeGreaterThan(10);
});
afterAll(() => server?.close());

// Each kind of write, and the refusal it must meet. `code` is the console's error code, `says` its message.
const writes: { kind: string; query: string; code: string; says: RegExp }[] = [
  { kind: 'CREATE', query: 'CREATE (:ConsoleWrite {x: 1})', code: 'refused-write', says: /only reads.*writes to the graph \(CREATE\)/ },
  { kind: 'MERGE', query: "MERGE (d:Document {symbol: 'A/RES/99/99'}) RETURN d", code: 'refused-write', says: /writes to the graph \(MERGE\)/ },
  { kind: 'SET', query: "MATCH (d:Document {symbol: 'A/RES/64/25'}) SET d.title = 'changed' RETURN d", code: 'refused-write', says: /writes to the graph \(SET/ },
  { kind: 'SET a label', query: 'MATCH (d:Document) SET d:Changed', code: 'refused-write', says: /writes to the graph \(SET a label\)/ },
  { kind: 'REMOVE', query: "MATCH (d:Document {symbol: 'A/RES/64/25'}) REMOVE d.title", code: 'refused-write', says: /writes to the graph/ },
  { kind: 'REMOVE a label', query: 'MATCH (d:Resolution) REMOVE d:Resolution', code: 'refused-write', says: /writes to the graph \(REMOVE a label\)/ },
  { kind: 'DELETE', query: 'MATCH ()-[r:RECALLS]->() DELETE r', code: 'refused-write', says: /writes to the graph \(DELETE\)/ },
  { kind: 'DETACH DELETE', query: 'MATCH (n) DETACH DELETE n', code: 'refused-write', says: /writes to the graph \(DETACH DELETE\)/ },
  { kind: 'FOREACH', query: 'FOREACH (i IN [1, 2] | CREATE (:ConsoleWrite))', code: 'refused-write', says: /writes to the graph/ },
  { kind: 'LOAD CSV', query: "LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row", code: 'refused-load-csv', says: /LOAD CSV reads files/ },
  { kind: 'LOAD CSV that writes', query: "LOAD CSV FROM 'file:///etc/hostname' AS row CREATE (:ConsoleWrite {line: row[0]})", code: 'refused-load-csv', says: /LOAD CSV/ },
  { kind: 'a writing procedure', query: "CALL db.createLabel('ConsoleWrite')", code: 'refused-write', says: /the procedure db\.createLabel/ },
  { kind: 'a writing procedure with YIELD', query: "CALL db.createProperty('consoleWrite') RETURN 1 AS x", code: 'refused-write', says: /the procedure db\.createProperty/ },
  { kind: 'CREATE USER', query: "CREATE USER console_intruder SET PASSWORD 'secret-password-1' CHANGE NOT REQUIRED", code: 'refused-admin', says: /administration commands/ },
  { kind: 'CREATE DATABASE', query: 'CREATE DATABASE consoleintruder', code: 'refused-admin', says: /administration commands/ },
  { kind: 'SHOW USERS', query: 'SHOW USERS', code: 'refused-admin', says: /administration commands/ },
  { kind: 'GRANT', query: 'GRANT ROLE admin TO neo4j', code: 'refused-admin', says: /administration commands/ },
  { kind: 'CREATE INDEX', query: 'CREATE INDEX console_write FOR (n:Document) ON (n.consoleWrite)', code: 'refused-admin', says: /schema or administration operation/ },
  { kind: 'DROP INDEX', query: 'DROP INDEX documentText IF EXISTS', code: 'refused-admin', says: /schema or administration operation/ },
  { kind: 'TERMINATE TRANSACTIONS', query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", code: 'refused-admin', says: /TERMINATE TRANSACTIONS is an administration command/ },
  { kind: 'CALL {} subquery', query: 'CALL { CREATE (:ConsoleWrite) } RETURN 1 AS one', code: 'refused-write', says: /writes to the graph \(CREATE\)/ },
  { kind: 'scoped CALL () {} subquery', query: 'MATCH (d:Document) CALL (d) { SET d.consoleWrite = true } RETURN count(*) AS c', code: 'refused-write', says: /writes to the graph/ },
  { kind: 'CALL {} IN TRANSACTIONS', query: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS', code: 'refused-write', says: /writes to the graph/ },
  { kind: 'a write behind a read in UNION', query: 'RETURN 1 AS x UNION CREATE (:ConsoleWrite) RETURN 2 AS x', code: 'refused-write', says: /writes to the graph/ },
];

describe('POST /api/cypher refuses every kind of write', () => {
  it.each(writes)('refuses $kind with a clear message', async ({ query, code, says }) => {
    const { status, body } = await postCypher(server.url, query);
    expect(status).toBe(400);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(says);
    expect(body.error.message).toMatch(/Nothing was changed\.$/);
  });

  it('answers nothing from another database (Neo4j itself refuses USE system here)', async () => {
    const { status, body } = await postCypher(server.url, 'USE system SHOW DATABASES');
    expect(status).toBe(400);
    expect(body.rows).toBeUndefined();
    expect(body.error.message).toMatch(/USE/);
  });

  it('leaves nodes, relationships, labels, keys, indexes, users and databases as they were', async () => {
    expect(await readCounts(server.conn)).toEqual(before);
  });
});

describe('the other routes', () => {
  it('read only: calling every route of the API leaves the database as it was', async () => {
    const id = encodeURIComponent('A/RES/64/25');
    const routes = [
      '/api/health', '/api/search?q=information', `/api/nodes/${id}`, `/api/nodes/${id}/neighbours?direction=both&limit=500`,
      `/api/chain/${id}?direction=ancestors&depth=10`, `/api/chain/${id}?direction=descendants&depth=3`, `/api/path?from=${id}&to=${encodeURIComponent('A/RES/53/70')}`,
      '/api/cypher/schema', '/api/nodes/nothing-here', '/api/nope',
    ];
    for (const route of routes) expect((await fetch(`${server.url}${route}`)).status, route).toBeLessThan(500);
    expect(await readCounts(server.conn)).toEqual(before);
  });
});

describe('the time limit', () => {
  it('stops a runaway cartesian product with a message while the server keeps answering', async () => {
    const started = Date.now();
    const runaway = postCypher(server.url, 'MATCH (a), (b), (c), (d), (e), (f) WHERE a.symbol <> b.symbol OR c.key <> d.key OR e.name <> f.name RETURN count(*) AS n');
    // While it runs, the API answers other requests, and quickly.
    const healthTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const t = Date.now();
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      healthTimes.push(Date.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const { status, body } = await runaway;
    const took = Date.now() - started;
    expect(status).toBe(400);
    expect(body.error.code).toBe('timeout');
    expect(body.error.message).toMatch(/time limit of 1\.5 s/);
    expect(body.error.details.limits).toEqual({ timeoutMs: 1_500, maxRows: 1_000 });
    expect(body.error.details.neo4jCode).toMatch(/TransactionTimedOut/);
    expect(took).toBeGreaterThanOrEqual(1_400);
    expect(took).toBeLessThan(15_000);
    expect(Math.max(...healthTimes)).toBeLessThan(1_000);
    // And the database answers a normal query right after.
    expect((await postCypher(server.url, 'MATCH (n:Resolution) RETURN count(n) AS n')).status).toBe(200);
  });
});
