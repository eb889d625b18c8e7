import { z } from 'zod';

/** `GET /api/health`: which Neo4j the project talks to, and how much it holds. */
export const Health = z.object({
  neo4j: z.object({
    version: z.string(),
    edition: z.string(),
    database: z.string(),
    uri: z.string(),
  }),
  counts: z.object({
    nodes: z.number().int().nonnegative(),
    relationships: z.number().int().nonnegative(),
  }),
});
export type Health = z.infer<typeof Health>;
