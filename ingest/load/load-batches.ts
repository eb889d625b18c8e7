import { isRetryableError } from 'neo4j-driver';
import type { GraphConnection } from '../../graph/neo4j/connection.ts';
import type { DocumentWrite } from '../../graph/model/graph-rows.ts';
import { addCounters, zeroCounters, type WriteCounters } from '../../graph/neo4j/queries/write-documents.ts';
import { writeBatch, type WriteStatus } from './write-batch.ts';

export interface LoadItem {
  file: string;
  write: DocumentWrite;
}

export interface LoadResult {
  file: string;
  symbol: string;
  status: WriteStatus | 'failed';
  error?: string;
}

export interface BatchReport {
  results: LoadResult[];
  counters: WriteCounters;
}

/** The database went away and the driver's own retries gave up: nothing more can be written in this run. */
export class DatabaseUnavailable extends Error {
  override readonly name = 'DatabaseUnavailable';
}

/**
 * Writes each batch of whole documents in one transaction. When a batch fails for a reason the driver
 * does not retry (bad data), its documents are written again one per transaction, so only the bad one
 * fails, named with its file. When the server is unreachable, stops with DatabaseUnavailable: every
 * committed batch is whole, and a rerun skips those by their hash and completes the rest.
 */
export async function* loadBatches(conn: GraphConnection, batches: AsyncIterable<LoadItem[]>): AsyncGenerator<BatchReport> {
  for await (const batch of batches) yield await loadBatch(conn, batch);
}

export async function loadBatch(conn: GraphConnection, batch: readonly LoadItem[]): Promise<BatchReport> {
  try {
    const outcome = await writeBatch(conn, batch.map((item) => item.write));
    return { results: batch.map((item) => resultOf(item, outcome.statuses.get(item.write.symbol) ?? 'new')), counters: outcome.counters };
  } catch (error) {
    if (isUnavailable(error)) throw new DatabaseUnavailable(messageOf(error), { cause: error });
    if (batch.length === 1 && batch[0]) return { results: [{ ...resultOf(batch[0], 'failed'), error: messageOf(error) }], counters: zeroCounters() };
  }
  const report: BatchReport = { results: [], counters: zeroCounters() };
  for (const item of batch) {
    const one = await loadBatch(conn, [item]);
    report.results.push(...one.results);
    addCounters(report.counters, one.counters);
  }
  return report;
}

function resultOf(item: LoadItem, status: LoadResult['status']): LoadResult {
  return { file: item.file, symbol: item.write.symbol, status };
}

function isUnavailable(error: unknown): boolean {
  return isRetryableError(error) || (error instanceof Error && /ServiceUnavailable|SessionExpired/.test(String((error as { code?: unknown }).code)));
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
