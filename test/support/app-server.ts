import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { createApp, type AppOptions } from '../../web/server/app.ts';
import { builtAppDir } from '../../web/server/serve.ts';

export interface TestServer {
  url: string;
  conn: GraphConnection;
  /** The saved views of this server, in a folder of its own. */
  viewsDir: string;
  close(): Promise<void>;
}

/** The real HTTP server on a free loopback port, talking to the test database. */
export async function startTestServer(options: Pick<AppOptions, 'cypherLimits'> = {}): Promise<TestServer> {
  const conn = await connect();
  const viewsDir = mkdtempSync(path.join(tmpdir(), 'resograph-views-'));
  const app = await createApp({ conn, staticDir: builtAppDir, viewsDir, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    conn,
    viewsDir,
    async close() {
      await app.close();
      await conn.driver.close();
      rmSync(viewsDir, { recursive: true, force: true });
    },
  };
}
