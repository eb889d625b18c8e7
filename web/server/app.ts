import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { GraphConnection } from '../../graph/neo4j/connection.ts';
import { readCypherLimits } from '../../graph/neo4j/cypher/limits.ts';
import type { CypherLimits } from '../../graph/model/cypher.ts';
import { ApiError, toErrorResponse } from './errors.ts';
import { chainRoutes } from './routes/chain.ts';
import { cypherRoutes } from './routes/cypher.ts';
import { healthRoutes } from './routes/health.ts';
import { nodeRoutes } from './routes/nodes.ts';
import { pathRoutes } from './routes/path.ts';
import { searchRoutes } from './routes/search.ts';
import { viewElementsRoutes } from './routes/view-elements.ts';
import { viewRoutes } from './routes/views.ts';
import { securityHeaders } from './security-headers.ts';
import { createViewStore, defaultViewsDir } from './views/view-store.ts';

export interface AppOptions {
  conn: GraphConnection;
  /** The built web app (vite build's output); the API alone is served when it is absent. */
  staticDir?: string;
  logger?: boolean;
  /** Where saved views are kept (RESOGRAPH_VIEWS_DIR or .resograph/views by default). */
  viewsDir?: string;
  /** The console's time limit and row cap; by default from RESOGRAPH_CYPHER_TIMEOUT_MS and RESOGRAPH_CYPHER_MAX_ROWS. */
  cypherLimits?: CypherLimits;
}

/** One Node process serves the JSON API under /api and the built explorer everywhere else. */
export async function createApp({ conn, staticDir, logger = false, viewsDir = defaultViewsDir(), cypherLimits = readCypherLimits() }: AppOptions): Promise<FastifyInstance> {
  // Node ids are up to 500 characters (an expert group's full name), several times that once encoded in a path;
  // Fastify's default of 100 would turn them into 404s, and views holding them would reopen without them.
  const app = Fastify({ logger, routerOptions: { maxParamLength: 2000 } });
  securityHeaders(app);
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error(error);
    void reply.status(status).send(body);
  });

  healthRoutes(app, conn);
  searchRoutes(app, conn);
  nodeRoutes(app, conn);
  chainRoutes(app, conn);
  pathRoutes(app, conn);
  viewElementsRoutes(app, conn);
  viewRoutes(app, createViewStore(viewsDir));
  cypherRoutes(app, conn, cypherLimits);

  app.all('/api/*', async (request) => {
    throw new ApiError(404, 'not-found', `No API route ${request.method} ${request.url.split('?')[0]}`);
  });
  if (staticDir && existsSync(staticDir)) {
    await app.register(fastifyStatic, { root: staticDir, index: 'index.html', wildcard: false });
    // Client-side routes (/, /embed, /v/:id ...) all load the same page.
    app.setNotFoundHandler((_request, reply) => reply.type('text/html').sendFile('index.html'));
  }
  return app;
}
