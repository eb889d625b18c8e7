import type { Command } from 'commander';
import { applySchema } from '../../graph/neo4j/schema.ts';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { serve } from './serve.ts';

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
  const server = await serve(conn);
  console.log(`Resograph is ready at ${server.url}  (Neo4j at ${conn.uri}, database ${conn.database})`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await conn.driver.close();
}
