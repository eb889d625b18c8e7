import type { FastifyInstance } from 'fastify';
import type { GraphConnection } from '../../../graph/neo4j/connection.ts';
import { readViewElements } from '../../../graph/neo4j/queries/view-elements.ts';
import { ViewElementsRequest, type ViewElementsResponse } from '../../../graph/model/api.ts';
import { validate } from './validate.ts';

/** POST, not GET: a view's ids (up to 5,000 of up to 500 characters) do not fit in a URL. */
export function viewElementsRoutes(app: FastifyInstance, conn: GraphConnection): void {
  app.post('/api/view-elements', { bodyLimit: 4 * 1024 * 1024 }, async (request): Promise<ViewElementsResponse> => {
    const { ids } = validate(ViewElementsRequest, request.body, 'view elements request');
    return readViewElements(conn, ids);
  });
}
