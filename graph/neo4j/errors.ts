/** What went wrong talking to or running Neo4j; the CLI prints `message` (and `details`, if any) and exits 1. */
export type GraphErrorCode =
  | 'java-missing'
  | 'java-too-old'
  | 'download-failed'
  | 'checksum-mismatch'
  | 'port-taken'
  | 'start-timeout'
  | 'start-failed'
  | 'stop-failed'
  | 'bad-config'
  | 'unauthorized'
  | 'unreachable'
  | 'database-missing'
  | 'not-running'
  | 'lock-failed';

export class GraphError extends Error {
  override readonly name = 'GraphError';

  constructor(
    readonly code: GraphErrorCode,
    /** One line that says what happened and what to do. */
    message: string,
    /** Extra lines worth showing below the message, such as the last lines of the server's log. */
    readonly details: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isGraphError(error: unknown, code?: GraphErrorCode): error is GraphError {
  return error instanceof GraphError && (code === undefined || error.code === code);
}
