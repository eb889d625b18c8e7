import type { CypherErrorDetails, CypherLimits, CypherPosition } from '../../model/cypher.ts';
import { isQueryTimeout } from '../driver-errors.ts';

export type CypherErrorCode =
  | 'refused-write'
  | 'refused-admin'
  | 'refused-load-csv'
  | 'refused-database'
  | 'timeout'
  | 'cypher-error';

/** A console query that was refused or failed: Neo4j's code, message and position where it gave them. */
export class CypherError extends Error {
  override readonly name = 'CypherError';

  constructor(
    readonly code: CypherErrorCode,
    message: string,
    readonly details: CypherErrorDetails,
  ) {
    super(message);
  }
}

export const isCypherError = (error: unknown): error is CypherError => error instanceof CypherError;

const positionPattern = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/**
 * Where Neo4j's message puts the error, moved back by `shift` (the lines and characters the console put
 * before the user's text). Null when the message gives no position.
 */
export function readPosition(message: string, shift: { lines: number; chars: number } = { lines: 0, chars: 0 }): CypherPosition | null {
  const m = positionPattern.exec(message);
  if (!m) return null;
  const line = Number(m[1]) - shift.lines;
  const offset = Number(m[3]) - shift.chars;
  if (line < 1 || offset < 0) return null;
  return { line, column: Number(m[2]), offset };
}

/** Neo4j's message without the position line and the caret drawing it appends. */
export function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(positionPattern, '').trim();
}

/** A failure from the driver, as the console reports it. */
export function toCypherError(error: unknown, limits: CypherLimits, shift?: { lines: number; chars: number }): CypherError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('Neo.')) return null;
  const message = (error as Error).message ?? '';
  if (isQueryTimeout(error)) {
    return new CypherError('timeout', `Stopped: the query ran longer than the time limit of ${seconds(limits.timeoutMs)}. Narrow it down (a LIMIT, a label, fewer patterns) and run it again.`, { neo4jCode: code, position: null, limits });
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
    return new CypherError('refused-write', `Refused: the console only reads, and this query writes (${firstSentence(message)}). Nothing was changed.`, { neo4jCode: code, position: null });
  }
  if (code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand' || code === 'Neo.ClientError.Statement.NotSystemDatabaseError') {
    return new CypherError('refused-admin', `Refused: administration commands cannot be run from the console (${firstSentence(message)}). Nothing was changed.`, { neo4jCode: code, position: null });
  }
  return new CypherError('cypher-error', firstSentence(message) || code, { neo4jCode: code, position: readPosition(message, shift) });
}

export const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);
