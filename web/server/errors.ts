import { isQueryTimeout } from '../../graph/neo4j/driver-errors.ts';
/** The API's one error type: a status and a message that is safe to show to the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Maps anything thrown in a route to the JSON body and status the client receives. */
export function toErrorResponse(error: unknown): { status: number; body: { error: { code: string; message: string; details?: unknown } } } {
  if (isApiError(error)) {
    return { status: error.status, body: { error: { code: error.code, message: error.message, details: error.details } } };
  }
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && unavailableCodes.has(code)) {
    return { status: 503, body: { error: { code: 'database-unreachable', message: 'The Neo4j database is unreachable. Is it running?' } } };
  }
  if (isQueryTimeout(error)) {
    return { status: 504, body: { error: { code: 'query-timeout', message: 'The database took too long to answer and the query was stopped. Try a smaller depth or fewer nodes.' } } };
  }
  const status = (error as { statusCode?: unknown })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { error: { code: 'bad-request', message: (error as Error).message } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on the server; its log says more.' } } };
}
