import type { FastifyInstance } from 'fastify';
import type { GraphConnection } from '../../../graph/neo4j/connection.ts';
import { readHealth } from '../../../graph/neo4j/queries/health.ts';

export function healthRoutes(app: FastifyInstance, conn: GraphConnection): void {
  app.get('/api/health', async () => readHealth(conn));
}
