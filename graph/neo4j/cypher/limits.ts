import type { CypherLimits } from '../../model/cypher.ts';
import { GraphError } from '../errors.ts';

/** The console's limits, each overridable by the environment variable named beside it. */
export const defaultCypherLimits: Readonly<CypherLimits> = Object.freeze({
  /** RESOGRAPH_CYPHER_TIMEOUT_MS: a query's transaction is terminated by Neo4j after this long. */
  timeoutMs: 10_000,
  /** RESOGRAPH_CYPHER_MAX_ROWS: rows read from a result; the rest are never fetched. */
  maxRows: 5_000,
});

/** The limits the environment sets, checked at start-up so a typo stops the server with a clear line. */
export function readCypherLimits(env: NodeJS.ProcessEnv = process.env): CypherLimits {
  return {
    timeoutMs: readPositive(env, 'RESOGRAPH_CYPHER_TIMEOUT_MS', defaultCypherLimits.timeoutMs, 3_600_000),
    maxRows: readPositive(env, 'RESOGRAPH_CYPHER_MAX_ROWS', defaultCypherLimits.maxRows, 1_000_000),
  };
}

function readPositive(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new GraphError('bad-config', `${name}=${raw} is not a whole number from 1 to ${max}`);
  }
  return value;
}
