import { addCounters, zeroCounters, type WriteCounters } from '../../graph/neo4j/queries/write-documents.ts';
import type { LoadResult } from './load-batches.ts';

/** What one ingest did, for the summary at the end and the exit code. */
export interface IngestSummary {
  files: number;
  documents: { new: number; replaced: number; unchanged: number; failed: number; skipped: number };
  counters: WriteCounters;
  /** Parse warnings, by file. */
  warnings: Map<string, string[]>;
  /** Files (and documents) that could not be read, parsed or written, with the reason. */
  failures: { file: string; symbol?: string; message: string }[];
  /** Set when the run stopped before the end (the database went away). */
  aborted?: string;
  elapsedMs: number;
}

export function createSummary(): IngestSummary {
  return {
    files: 0,
    documents: { new: 0, replaced: 0, unchanged: 0, failed: 0, skipped: 0 },
    counters: zeroCounters(),
    warnings: new Map(),
    failures: [],
    elapsedMs: 0,
  };
}

export function addResults(summary: IngestSummary, results: readonly LoadResult[], counters: WriteCounters): void {
  addCounters(summary.counters, counters);
  for (const result of results) {
    summary.documents[result.status] += 1;
    if (result.status === 'failed') summary.failures.push({ file: result.file, symbol: result.symbol, message: result.error ?? 'failed' });
  }
}

export function addWarnings(summary: IngestSummary, file: string, warnings: readonly string[]): void {
  if (warnings.length === 0) return;
  // The parser reports a warning both as an issue and in the document; say it once.
  summary.warnings.set(file, [...new Set([...(summary.warnings.get(file) ?? []), ...warnings])]);
}

/** A failed ingest exits with 1: some file failed, or the run did not finish. */
export function toExitCode(summary: IngestSummary): number {
  return summary.failures.length > 0 || summary.aborted ? 1 : 0;
}

/** The summary as lines for a person: totals first, then warnings and failures per file (the first `limit` files of each). */
export function formatSummary(summary: IngestSummary, limit = 30): string[] {
  const { documents: d, counters: c } = summary;
  const lines = [
    `ingested ${summary.files} files in ${(summary.elapsedMs / 1000).toFixed(1)}s: ` +
      `${d.new} documents new, ${d.replaced} replaced, ${d.unchanged} unchanged, ${d.failed} failed` +
      (d.skipped > 0 ? `, ${d.skipped} skipped` : ''),
    `graph: ${c.nodesCreated} nodes created, ${c.nodesDeleted} deleted; ${c.relationshipsCreated} relationships created, ` +
      `${c.relationshipsDeleted} deleted; ${c.propertiesSet} properties set; ${c.labelsAdded} labels added`,
  ];
  const warned = [...summary.warnings];
  if (warned.length > 0) {
    const count = warned.reduce((sum, [, list]) => sum + list.length, 0);
    lines.push(`${count} warnings in ${warned.length} files:`);
    for (const [file, list] of warned.slice(0, limit)) lines.push(`  ${file}: ${list.length} warning${list.length === 1 ? '' : 's'}: ${list.slice(0, 3).join('; ')}${list.length > 3 ? '; ...' : ''}`);
    if (warned.length > limit) lines.push(`  ... and ${warned.length - limit} more files with warnings`);
  }
  if (summary.failures.length > 0) {
    lines.push(`${summary.failures.length} failed:`);
    for (const failure of summary.failures.slice(0, limit)) lines.push(`  ${failure.file}${failure.symbol ? ` (${failure.symbol})` : ''}: ${failure.message}`);
    if (summary.failures.length > limit) lines.push(`  ... and ${summary.failures.length - limit} more failures`);
  }
  if (summary.aborted) lines.push(`stopped before the end: ${summary.aborted}; run the same command again to complete (loaded documents are skipped)`);
  return lines;
}
