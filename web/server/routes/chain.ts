import type { FastifyInstance } from 'fastify';
import type { GraphConnection } from '../../../graph/neo4j/connection.ts';
import { readChain } from '../../../graph/neo4j/queries/chain.ts';
import { ChainQuery, NodeParams, type ChainResponse } from '../../../graph/model/api.ts';
import { notFound, validate } from './validate.ts';

export function chainRoutes(app: FastifyInstance, conn: GraphConnection): void {
  app.get('/api/chain/:id', async (request): Promise<ChainResponse> => {
    const { id } = validate(NodeParams, request.params, 'document id');
    const query = validate(ChainQuery, request.query, 'chain query');
    const chain = await readChain(conn, id, query);
    if (!chain) throw notFound(id);
    return chain;
  });
}
