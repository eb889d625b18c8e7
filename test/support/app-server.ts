import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { createApp, type AppOptions } from '../../web/server/app.ts';
import { builtAppDir } from '../../web/server/serve.ts';

export interface TestServer {
  url: string;
  conn: GraphConnection;
  close(): Promise<void>;
}

/** The real HTTP server on a free loopback port, talking to the test database. */
export async function startTestServer(options: Pick<AppOptions, 'cypherLimits'> = {}): Promise<TestServer> {
  const conn = await connect();
  const app = await createApp({ conn, staticDir: builtAppDir, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    conn,
    async close() {
      await app.close();
      await conn.driver.close();
    },
  };
}
