import { fileURLToPath } from 'node:url';
import type { GraphConnection } from '../../graph/neo4j/connection.ts';
import { createApp } from './app.ts';
import { type ListenAddress, readListenAddress } from './listen-address.ts';

export const builtAppDir = fileURLToPath(new URL('../../dist/app/', import.meta.url));

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server on the given address (loopback and PORT or 4173 by default). */
export async function serve(conn: GraphConnection, address: ListenAddress = readListenAddress()): Promise<RunningServer> {
  const app = await createApp({ conn, staticDir: builtAppDir });
  try {
    await app.listen({ host: address.host, port: address.port });
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new Error(`port ${address.port} on ${address.host} is taken: stop what runs there or set PORT to another port`);
    }
    throw error;
  }
  const bound = app.server.address();
  const port = typeof bound === 'object' && bound ? bound.port : address.port;
  const host = address.host.includes(':') ? `[${address.host}]` : address.host;
  return { url: `http://${host}:${port}/`, close: () => app.close() };
}
