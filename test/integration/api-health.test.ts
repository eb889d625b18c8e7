import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDatabase } from '../support/clean-db.ts';
import { startTestServer, type TestServer } from '../support/app-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await cleanDatabase(server.conn);
});
afterAll(() => server?.close());

describe('GET /api/health', () => {
  it('reports the server and counts what was written through it', async () => {
    await server.conn.driver.executeQuery('CREATE (:Document {symbol: "A/RES/1/1"})-[:CITES]->(:Document {symbol: "A/1"})', {}, {
      database: server.conn.database,
    });
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    expect(body.neo4j.edition).toBe('community');
    expect(body.neo4j.database).toBe(server.conn.database);
    expect(body.counts).toEqual({ nodes: 2, relationships: 1 });
  });

  it('refuses to be framed and answers unknown API routes with a JSON 404', async () => {
    const response = await fetch(`${server.url}/api/nope`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not-found');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('serves the built page for client-side routes', async () => {
    const response = await fetch(`${server.url}/some/view`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="app">');
  });
});
