import type { Command } from 'commander';
import { connect } from '../graph/neo4j/connection.ts';
import { applySchema } from '../graph/neo4j/schema.ts';
import { serveUntilStopped } from '../web/server/cli.ts';

/** `npm start`: Neo4j up (local or NEO4J_URI), schema applied, the explorer served. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('start or reuse Neo4j, apply the schema, and serve the explorer')
    .action(async () => {
      const conn = await connect({ start: true });
      await applySchema(conn);
      await serveUntilStopped(conn);
    });
}
