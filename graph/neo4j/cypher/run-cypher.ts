import neo4j, { type ManagedTransaction, type Transaction } from 'neo4j-driver';
import type { CypherLimits, CypherRequest, CypherResponse, CypherValue } from '../../model/cypher.ts';
import type { GraphConnection } from '../connection.ts';
import { assertReadOnly, type Explained } from './check-read-only.ts';
import { toCypherError } from './cypher-error.ts';
import { GraphCollector } from './to-cypher-elements.ts';
import { toCypherValue } from './to-cypher-value.ts';
import { toDriverParams } from './to-driver-params.ts';

// A query a person typed, run so that it cannot change anything: EXPLAIN first (refused unless it only
// reads this database), then the query itself in a read transaction with a time limit, rows read up to the
// cap and no further, and the transaction rolled back at the end whatever happened.

// On its own line, so Neo4j's positions need only the line moved back, and the offset by its length.
const explainPrefix = 'EXPLAIN\n';

export async function runCypher(conn: GraphConnection, { query, params }: CypherRequest, limits: CypherLimits): Promise<CypherResponse> {
  const started = performance.now();
  const request = { query, params: toDriverParams(params) };
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
  // An explicit transaction: no retries (a retried runaway would run twice as long), and always rolled back.
  const tx = session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: 'resograph-console' } });
  try {
    const explained = await explain(tx, request, limits);
    assertReadOnly(explained, conn.database);
    const collector = new GraphCollector();
    const result = tx.run(request.query, request.params);
    const rows: CypherValue[][] = [];
    let truncated = false;
    for await (const record of result) {
      if (rows.length === limits.maxRows) {
        truncated = true;
        break;
      }
      rows.push(record.keys.map((key) => toCypherValue(record.get(key), collector)));
    }
    const columns = [...(await result.keys())].map(String);
    const summary = truncated ? null : await result.summary();
    await fetchMissingEnds(tx, collector);
    const { elements, undrawable } = collector.toElements();
    return {
      columns,
      rows,
      elements,
      summary: {
        rowCount: rows.length,
        truncated,
        undrawable,
        queryType: summary?.queryType ?? explained.queryType,
        elapsedMs: Math.round(performance.now() - started),
        limits,
        notifications: (summary?.notifications ?? []).map((n) => ({ code: n.code, title: n.title, description: n.description })),
      },
    };
  } catch (error) {
    throw toCypherError(error, limits, { lines: 0, chars: 0 }) ?? error;
  } finally {
    await tx.rollback().catch(() => {});
    await session.close();
  }
}

async function explain(tx: Transaction, request: CypherRequest, limits: CypherLimits): Promise<Explained> {
  // PROFILE runs the query; for the check it is read as EXPLAIN, which has the same length.
  const profiled = /^\s*PROFILE\b/i.exec(request.query);
  const text = profiled ? request.query.replace(/PROFILE/i, 'EXPLAIN') : `${explainPrefix}${request.query}`;
  try {
    const result = await tx.run(text, request.params);
    return { queryType: result.summary.queryType, plan: result.summary.plan };
  } catch (error) {
    const shift = profiled ? { lines: 0, chars: 0 } : { lines: 1, chars: explainPrefix.length };
    throw toCypherError(error, limits, shift) ?? error;
  }
}

/** A relationship needs both its ends on the canvas; those the answer left out are read by element id. */
async function fetchMissingEnds(tx: Transaction | ManagedTransaction, collector: GraphCollector): Promise<void> {
  const missing = collector.missingEnds();
  if (!missing.length) return;
  const result = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
  for (const record of result.records) toCypherValue(record.get('n'), collector);
}
