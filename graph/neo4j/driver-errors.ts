import { GraphError } from './errors.ts';

export interface Target {
  uri: string;
  user: string;
  database: string;
  /** Names the settings a person would change: the NEO4J_* variables, or the local server's files. */
  local: boolean;
}

/** Turns a driver failure into the one-line error a person can act on; undefined for failures it does not know. */
export function toGraphError(error: unknown, target: Target): GraphError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  // The driver's first sentence says what failed; the rest (a routing table dump) helps nobody reading a one-line error.
  const reason = (firstLine(error).split(/\. /)[0] ?? '').replace(/\.$/, '');
  const options = { cause: error };
  switch (code) {
    case 'Neo.ClientError.Security.Unauthorized':
    case 'Neo.ClientError.Security.AuthenticationRateLimit':
      return new GraphError(
        'unauthorized',
        target.local
          ? `the local Neo4j at ${target.uri} refused its stored password: restore .neo4j/password, or delete .neo4j/data to start afresh`
          : `Neo4j at ${target.uri} refused user '${target.user}' (${reason}): check NEO4J_USER and NEO4J_PASSWORD`,
        [],
        options,
      );
    case 'ServiceUnavailable':
    case 'SessionExpired':
      return new GraphError(
        'unreachable',
        target.local
          ? `the local Neo4j does not answer at ${target.uri}: run \`resograph neo4j stop\` and \`resograph neo4j start\``
          : `no Neo4j answers at ${target.uri} (${reason}): check NEO4J_URI and that the server is up and reachable from here`,
        [],
        options,
      );
    case 'Neo.ClientError.Database.DatabaseNotFound':
      return new GraphError(
        'database-missing',
        `database '${target.database}' does not exist on ${target.uri}: check NEO4J_DATABASE (Neo4j Community has only 'neo4j'), or create it`,
        [],
        options,
      );
    default:
      return undefined;
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').replace(/\s+/g, ' ').slice(0, 200);
}

/** A query the server stopped at its time limit (the transaction timeout, or a termination that says so). */
export function isQueryTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || (code === 'Neo.TransientError.Transaction.Terminated' && /timeout/i.test((error as Error).message ?? ''));
}
