import type { FastifyInstance } from 'fastify';
import type { GraphConnection } from '../../../graph/neo4j/connection.ts';
import { searchGraph } from '../../../graph/neo4j/queries/search.ts';
import { SearchQuery, type SearchResponse } from '../../../graph/model/api.ts';
import { validate } from './validate.ts';

export function searchRoutes(app: FastifyInstance, conn: GraphConnection): void {
  app.get('/api/search', async (request): Promise<SearchResponse> => {
    const query = validate(SearchQuery, request.query, 'search query');
    return { results: await searchGraph(conn, query) };
  });
}
