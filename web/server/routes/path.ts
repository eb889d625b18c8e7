import type { FastifyInstance } from 'fastify';
import type { GraphConnection } from '../../../graph/neo4j/connection.ts';
import { readPaths } from '../../../graph/neo4j/queries/path.ts';
import { PathQuery, type PathResponse } from '../../../graph/model/api.ts';
import { ApiError } from '../errors.ts';
import { validate } from './validate.ts';

export function pathRoutes(app: FastifyInstance, conn: GraphConnection): void {
  app.get('/api/path', async (request): Promise<PathResponse> => {
    const query = validate(PathQuery, request.query, 'path query');
    const paths = await readPaths(conn, query);
    if (!paths) throw new ApiError(404, 'not-found', `No node ${JSON.stringify(query.from)} or ${JSON.stringify(query.to)} in the graph`);
    return paths;
  });
}
