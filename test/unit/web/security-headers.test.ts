import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { GraphConnection } from '../../../graph/neo4j/connection.ts';
import { createApp } from '../../../web/server/app.ts';

// No route below reaches the database, so the connection is never used.
let app: FastifyInstance;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'resograph-static-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(path.join(dir, 'app.js'), 'void 0;');
  app = await createApp({ conn: {} as GraphConnection, staticDir: dir });
});
afterAll(async () => {
  await app?.close();
});

const frameAncestors = (csp: unknown) => /frame-ancestors ([^;]+)/.exec(String(csp))?.[1];

describe('framing headers', () => {
  it.each(['/embed', '/embed?n=A%2FRES%2F64%2F25&title=x', '/embed#x'])('%s may be framed by any origin', async (url) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(200);
    expect(frameAncestors(response.headers['content-security-policy'])).toBe('* file:');
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it.each(['/', '/?n=A%2FRES%2F64%2F25', '/embedded', '/embed/', '/embed/x', '/v/abc', '/app.js', '/api/nowhere', '/x?y=/embed'])('%s refuses to be framed', async (url) => {
    const response = await app.inject({ url });
    expect(frameAncestors(response.headers['content-security-policy'])).toBe("'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
  });
});
