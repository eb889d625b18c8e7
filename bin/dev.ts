import type { Command } from 'commander';
import { connect } from '../graph/neo4j/connection.ts';
import { applySchema } from '../graph/neo4j/schema.ts';
import { serve } from '../web/server/serve.ts';

/** `npm run dev`: the API on API_PORT (default 4174) and Vite with hot reload on PORT (default 5173), proxying /api to it. */
export function registerDev(program: Command): void {
  program
    .command('dev')
    .description('run the API and Vite with hot reload')
    .action(async () => {
      const conn = await connect({ start: true });
      await applySchema(conn);
      const apiPort = Number(process.env.API_PORT ?? 4174);
      process.env.API_PORT = String(apiPort);
      const api = await serve(conn, { host: '127.0.0.1', port: apiPort });
      const { createServer } = await import('vite');
      const vite = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, server: { port: Number(process.env.PORT ?? 5173) } });
      await vite.listen();
      vite.printUrls();
      console.log(`API at ${api.url}`);
      const stop = async () => {
        await vite.close();
        await api.close();
        await conn.driver.close();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
