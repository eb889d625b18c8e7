import type { Command } from 'commander';
import { applySchema } from '../../graph/neo4j/schema.ts';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { readListenAddress, type ListenAddress } from './listen-address.ts';
import { type RunningServer, serve } from './serve.ts';

/** `resograph serve`: the API and the built explorer, on loopback unless HOST says otherwise. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the explorer and its API on 127.0.0.1:PORT (PORT defaults to 4173; set HOST to listen elsewhere)')
    .action(async () => {
      const conn = await connect({ start: true });
      await applySchema(conn);
      await serveUntilStopped(conn);
    });
}

/** Serves until SIGINT or SIGTERM, then closes the server and the driver. */
export async function serveUntilStopped(conn: GraphConnection): Promise<void> {
  const address = readListenAddress();
  let server: RunningServer;
  try {
    server = await serve(conn, address);
  } catch (error) {
    const running = await runningResograph(address);
    if (!running) throw error;
    console.log(`Resograph already runs at ${running} (Neo4j at ${conn.uri}); this start reused it.`);
    await conn.driver.close();
    return;
  }
  console.log(`Resograph is ready at ${server.url}  (Neo4j at ${conn.uri}, database ${conn.database})`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await conn.driver.close();
}

/** A Resograph server already listening on the address (a second `npm start`), or null when something else holds it. */
async function runningResograph(address: ListenAddress): Promise<string | null> {
  const host = address.host === '0.0.0.0' || address.host === '::' ? '127.0.0.1' : address.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/`;
  try {
    const response = await fetch(`${url}api/health`, { signal: AbortSignal.timeout(3000) });
    const body = (await response.json()) as { neo4j?: unknown };
    return body && typeof body === 'object' && 'neo4j' in body ? url : null;
  } catch {
    return null;
  }
}
