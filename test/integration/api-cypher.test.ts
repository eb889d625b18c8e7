import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../ingest/pipeline.ts';
import { startTestServer, type TestServer } from '../support/app-server.ts';
import { cleanDatabase } from '../support/clean-db.ts';
import { corpusDir } from '../support/corpus.ts';
import { postCypher } from '../support/cypher-api.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ cypherLimits: { timeoutMs: 10_000, maxRows: 50 } });
  await cleanDatabase(server.conn);
  const summary = await ingest(server.conn, { paths: [path.join(corpusDir, 'A-RES-64-25.txt')], workers: 0 });
  expect(summary.failures).toEqual([]);
});
afterAll(() => server?.close());

describe('POST /api/cypher', () => {
  it('answers columns, rows and the canvas elements of the nodes it returns', async () => {
    const { status, body } = await postCypher(server.url, 'MATCH (r:Resolution {symbol: $s})-[c:RECALLS]->(m) RETURN r, c, m.symbol AS cited ORDER BY cited', { s: 'A/RES/64/25' });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['r', 'c', 'cited']);
    const expected = await server.conn.driver.executeQuery('MATCH (:Resolution {symbol: "A/RES/64/25"})-[:RECALLS]->(m) RETURN m.symbol AS s ORDER BY s', {}, { database: server.conn.database });
    expect(body.rows.map((row: unknown[]) => row[2])).toEqual(expected.records.map((r) => r.get('s')));
    expect(body.rows.length).toBeGreaterThan(0);
    const [first] = body.rows;
    expect(first[0]).toMatchObject({ $type: 'Node', labels: expect.arrayContaining(['Document', 'Resolution']), element: 'A/RES/64/25' });
    expect(first[0].properties.symbol).toBe('A/RES/64/25');
    expect(first[0].properties.session).toBe(64);
    expect(first[1]).toMatchObject({ $type: 'Relationship', type: 'RECALLS', start: first[0].elementId });
    // The cited ends were not returned as nodes, yet they are on the canvas, so each edge can be drawn.
    const ids = body.elements.nodes.map((n: { data: { id: string } }) => n.data.id);
    expect(ids).toEqual(expect.arrayContaining(['A/RES/64/25', ...body.rows.map((row: unknown[]) => row[2])]));
    expect(body.elements.edges.length).toBe(new Set(body.rows.map((row: any[]) => row[1].elementId)).size);
    for (const edge of body.elements.edges) expect(edge.data).toMatchObject({ source: 'A/RES/64/25', type: 'RECALLS', doc: 'A/RES/64/25' });
    expect(body.rows.every((row: any[]) => body.elements.edges.some((e: any) => e.data.id === row[1].element))).toBe(true);
    // The same edge as the explorer's own route, so both merge on the canvas.
    const neighbours = await (await fetch(`${server.url}/api/nodes/${encodeURIComponent('A/RES/64/25')}/neighbours?direction=out&type=RECALLS&limit=500`)).json();
    expect(neighbours.elements.edges.map((e: any) => e.data.id).sort()).toEqual(body.elements.edges.map((e: any) => e.data.id).sort());
    expect(body.summary).toMatchObject({ rowCount: body.rows.length, truncated: false, queryType: 'r', limits: { timeoutMs: 10_000, maxRows: 50 } });
  });

  it('finds nodes and relationships inside paths, lists and maps', async () => {
    const { status, body } = await postCypher(
      server.url,
      `MATCH p = (r:Resolution {symbol: 'A/RES/64/25'})-[:REFERS_TO]->(g:ExpertGroup)
       WITH p, g LIMIT 1
       RETURN {path: p, nested: [[g]]} AS m`,
    );
    expect(status).toBe(200);
    const map = body.rows[0][0];
    expect(map.$type).toBe('Map');
    expect(map.value.path.$type).toBe('Path');
    expect(map.value.path.nodes.map((n: any) => n.element)).toEqual(['A/RES/64/25', map.value.nested[0][0].element]);
    expect(map.value.nested[0][0].element).toMatch(/^ExpertGroup:/);
    expect(body.elements.nodes.map((n: any) => n.data.type).sort()).toEqual(['group', 'resolution']);
    expect(body.elements.edges).toHaveLength(1);
    expect(body.elements.edges[0].data.type).toBe('REFERS_TO');
  });

  it('renders Neo4j types faithfully', async () => {
    const { status, body } = await postCypher(
      server.url,
      `RETURN 9007199254740993 AS big, -9007199254740993 AS small, 42 AS int, 1.0 AS float, 0.0/0.0 AS nan, date('2009-12-02') AS d,
              datetime('2009-12-02T10:15:30.123+01:00') AS dt, localdatetime('2009-12-02T10:15') AS ldt, time('10:15:30Z') AS t,
              localtime('10:15') AS lt, duration({years: 1, months: 2, days: 3, seconds: 4.5}) AS dur,
              point({latitude: 40.75, longitude: -73.98}) AS geo, point({x: 1, y: 2, z: 3}) AS xyz, {a: {b: [1, 'x', null]}} AS nested, true AS yes, null AS nothing`,
    );
    expect(status).toBe(200);
    const row = Object.fromEntries(body.columns.map((c: string, i: number) => [c, body.rows[0][i]]));
    expect(row.big).toEqual({ $type: 'Integer', value: '9007199254740993' });
    expect(row.small).toEqual({ $type: 'Integer', value: '-9007199254740993' });
    expect(row.int).toBe(42);
    expect(row.float).toEqual({ $type: 'Float', value: 1 });
    expect(row.nan).toEqual({ $type: 'Float', value: 'NaN' });
    expect(row.d).toEqual({ $type: 'Date', value: '2009-12-02' });
    expect(row.dt).toEqual({ $type: 'DateTime', value: '2009-12-02T10:15:30.123000000+01:00' });
    expect(row.ldt).toEqual({ $type: 'LocalDateTime', value: '2009-12-02T10:15:00' });
    expect(row.t.$type).toBe('Time');
    expect(row.t.value).toMatch(/^10:15:30/);
    expect(row.lt.$type).toBe('LocalTime');
    expect(row.dur).toEqual({ $type: 'Duration', value: 'P1Y2M3DT4.5S' });
    expect(row.geo).toEqual({ $type: 'Point', srid: 4326, x: -73.98, y: 40.75 });
    expect(row.xyz).toEqual({ $type: 'Point', srid: 9157, x: 1, y: 2, z: 3 });
    expect(row.nested).toEqual({ $type: 'Map', value: { a: { $type: 'Map', value: { b: [1, 'x', null] } } } });
    expect(row.yes).toBe(true);
    expect(row.nothing).toBeNull();
  });

  it('stops at the row cap and says so', async () => {
    const { status, body } = await postCypher(server.url, 'UNWIND range(1, 100000) AS i RETURN i');
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(50);
    expect(body.rows.at(-1)).toEqual([50]);
    expect(body.summary).toMatchObject({ rowCount: 50, truncated: true, limits: { maxRows: 50 } });
  });

  it('reports a syntax error with Neo4j code, message and position in the query as typed', async () => {
    const { status, body } = await postCypher(server.url, 'MATCH (n)\nRETRN n');
    expect(status).toBe(400);
    expect(body.error.code).toBe('cypher-error');
    expect(body.error.message).toMatch(/^Invalid input 'RETRN'/);
    expect(body.error.details).toEqual({ neo4jCode: 'Neo.ClientError.Statement.SyntaxError', position: { line: 2, column: 1, offset: 10 } });
  });

  it('passes parameters and reports a missing one', async () => {
    const ok = await postCypher(server.url, 'RETURN $n + 1 AS next, $list AS list', { n: 41, list: ['a'] });
    expect(ok.body.rows).toEqual([[42, ['a']]]);
    expect((await postCypher(server.url, 'RETURN $x AS x', { x: 0.5 })).body.rows).toEqual([[{ $type: 'Float', value: 0.5 }]]);
    expect((await postCypher(server.url, 'UNWIND range(1, 10) AS i RETURN i LIMIT $n', { n: 3 })).body.rows).toHaveLength(3);
    const missing = await postCypher(server.url, 'RETURN $absent AS x');
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.neo4jCode).toBe('Neo.ClientError.Statement.ParameterMissing');
  });

  it('accepts EXPLAIN and PROFILE, and rejects a bad request body', async () => {
    expect((await postCypher(server.url, 'PROFILE MATCH (n:Resolution) RETURN count(n) AS c')).body.rows[0][0]).toBeGreaterThan(0);
    expect((await postCypher(server.url, 'EXPLAIN MATCH (n) RETURN n')).body.rows).toEqual([]);
    const response = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '' }) });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('bad-request');
  });
});

describe('GET /api/cypher/schema', () => {
  it('lists the live labels, types, keys, procedures and functions, and the limits', async () => {
    await server.conn.driver.executeQuery('CREATE (:ConsoleSchemaProbe {consoleProbeKey: 1})-[:CONSOLE_PROBE]->(:ConsoleSchemaProbe)', {}, { database: server.conn.database });
    const schema = await (await fetch(`${server.url}/api/cypher/schema`)).json();
    await server.conn.driver.executeQuery('MATCH (n:ConsoleSchemaProbe) DETACH DELETE n', {}, { database: server.conn.database });
    expect(schema.labels).toEqual(expect.arrayContaining(['Resolution', 'ExpertGroup', 'ConsoleSchemaProbe']));
    expect(schema.relationshipTypes).toEqual(expect.arrayContaining(['RECALLS', 'CONSOLE_PROBE']));
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['symbol', 'consoleProbeKey']));
    expect(schema.procedures.map((p: { name: string }) => p.name)).toContain('db.labels');
    expect(schema.functions.find((f: { name: string }) => f.name === 'count')).toMatchObject({ aggregating: true });
    expect(schema.limits).toEqual({ timeoutMs: 10_000, maxRows: 50 });
  });
});
