import type { TestProject } from 'vitest/node';
import { connect } from '../../graph/neo4j/connection.ts';
import { isGraphError } from '../../graph/neo4j/errors.ts';
import { startLocalNeo4j } from '../../graph/neo4j/local-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Neo4j the tests talk to; `connect()` in a test reaches the same one. */
    neo4j: { uri: string; database: string; local: boolean };
  }
}

/**
 * Starts the local Neo4j (downloading its jars on a fresh clone) or reuses the one running, unless
 * NEO4J_URI names another server. It is left running afterwards: starting it again costs seconds,
 * and `.ci/run` stops the one it started with `resograph neo4j stop`.
 */
export default async function setup(project: TestProject): Promise<void> {
  // The test projects' `env` (vite.config.ts) reaches the workers; the setup runs in the main process, so apply it here too.
  Object.assign(process.env, project.config.env);
  if (process.env.NEO4J_URI && process.env.RESOGRAPH_TEST_WIPE !== '1') {
    throw new Error(
      `the tests empty their database, and NEO4J_URI names ${process.env.NEO4J_URI}: set RESOGRAPH_TEST_WIPE=1 to allow it, or unset NEO4J_URI to test against a local server of their own`,
    );
  }
  try {
    if (!process.env.NEO4J_URI) await startLocalNeo4j({ onProgress: (line) => console.log(`[neo4j] ${line}`) });
    const conn = await connect();
    project.provide('neo4j', { uri: conn.uri, database: conn.database, local: conn.local });
    await conn.driver.close();
  } catch (error) {
    // One line that says what to do, rather than a stack trace from inside the setup.
    if (isGraphError(error)) throw new Error(`Neo4j for the tests: ${[error.message, ...error.details].join('\n  ')}`);
    throw error;
  }
}
