import type { FastifyInstance } from 'fastify';
import type { GraphConnection } from '../../../graph/neo4j/connection.ts';
import { isCypherError } from '../../../graph/neo4j/cypher/cypher-error.ts';
import { readCypherSchema } from '../../../graph/neo4j/cypher/read-cypher-schema.ts';
import { runCypher } from '../../../graph/neo4j/cypher/run-cypher.ts';
import { CypherRequest, type CypherLimits, type CypherResponse, type CypherSchema } from '../../../graph/model/cypher.ts';
import { ApiError } from '../errors.ts';
import { validate } from './validate.ts';

export function cypherRoutes(app: FastifyInstance, conn: GraphConnection, limits: CypherLimits): void {
  app.get('/api/cypher/schema', async (): Promise<CypherSchema> => readCypherSchema(conn, limits));

  app.post('/api/cypher', async (request): Promise<CypherResponse> => {
    const body = validate(CypherRequest, request.body, 'Cypher request');
    try {
      return await runCypher(conn, body, limits);
    } catch (error) {
      if (isCypherError(error)) throw new ApiError(400, error.code, error.message, error.details);
      throw error;
    }
  });
}
