import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../../graph/neo4j/connection.ts';
import { applySchema } from '../../graph/neo4j/schema.ts';

/**
 * Empties the test database (in batches, so a large graph does not need one huge transaction) and
 * applies the schema; each integration test file calls it in beforeAll.
 */
export async function cleanDatabase(conn: GraphConnection): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives.
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(conn);
}
