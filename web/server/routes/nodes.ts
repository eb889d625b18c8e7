import type { FastifyInstance } from 'fastify';
import type { GraphConnection } from '../../../graph/neo4j/connection.ts';
import { readNeighbours } from '../../../graph/neo4j/queries/neighbours.ts';
import { readNode } from '../../../graph/neo4j/queries/node.ts';
import { NeighboursQuery, NodeParams, type NeighboursResponse, type NodeDetails } from '../../../graph/model/api.ts';
import { notFound, validate } from './validate.ts';

export function nodeRoutes(app: FastifyInstance, conn: GraphConnection): void {
  app.get('/api/nodes/:id', async (request): Promise<NodeDetails> => {
    const { id } = validate(NodeParams, request.params, 'node id');
    const node = await readNode(conn, id);
    if (!node) throw notFound(id);
    return node;
  });

  app.get('/api/nodes/:id/neighbours', async (request): Promise<NeighboursResponse> => {
    const { id } = validate(NodeParams, request.params, 'node id');
    const query = validate(NeighboursQuery, request.query, 'neighbours query');
    const neighbours = await readNeighbours(conn, id, query);
    if (!neighbours) throw notFound(id);
    return neighbours;
  });
}
