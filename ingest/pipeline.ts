// The ingest, stage by stage: list the inputs -> read and parse them (worker threads) -> rows ->
// batches of whole documents -> one transaction per batch -> mentions refreshed -> summary.
import { stat } from 'node:fs/promises';
import type { GraphConnection } from '../graph/neo4j/connection.ts';
import { mapLimit } from '../graph/neo4j/map-limit.ts';
import type { ParseResult } from './parse/parse-document.ts';
import { parseDocument } from './parse/parse-document.ts';
import { readInput } from './read/read-input.ts';
import { defaultBatchLimits, toBatches, type BatchLimits } from './load/batches.ts';
import { listInputs } from './load/list-inputs.ts';
import { DatabaseUnavailable, loadBatch, type LoadItem } from './load/load-batches.ts';
import { prefetch } from './load/prefetch.ts';
import { prepareFiles } from './load/prepare-pool.ts';
import type { PreparedPart } from './load/prepare-file.ts';
import { refreshAllMentions } from './load/refresh-mentions.ts';
import { addResults, addWarnings, createSummary, type IngestSummary } from './load/summary.ts';
import type { ProgressState } from './progress.ts';
import { addCounters } from '../graph/neo4j/queries/write-documents.ts';
import { awaitSearchIndexes } from '../graph/neo4j/schema.ts';

export interface IngestOptions {
  paths: readonly string[];
  /** Read `resograph parse` output (JSON / JSON Lines) instead of texts. */
  fromJson?: boolean;
  batch?: BatchLimits;
  /** Worker threads that read and parse while the main thread writes (0: all on the main thread). */
  workers?: number;
  /** Leave out documents marked synthetic (the sample must hold real texts only). */
  skipSynthetic?: boolean;
  onProgress?: (state: ProgressState) => void;
}

// For progress by bytes. One stat at a time took 0.9 s for 25,000 files before the first write could start.
async function fileSizes(files: readonly string[]): Promise<Map<string, number>> {
  const sizes = await mapLimit(files, 64, async (file) => (await stat(file).catch(() => null))?.size ?? 0);
  return new Map(files.map((file, index) => [file, sizes[index] ?? 0]));
}

/** read -> parse, stopping before the database: what `parse` does, one result per file. */
export async function* parseStage(paths: readonly string[]): AsyncGenerator<{ file: string } & ParseResult> {
  const { files, missing } = await listInputs(paths, false);
  for (const entry of missing) yield { file: entry.path, document: null, issues: [{ severity: 'error', code: 'missing', message: entry.reason, source: entry.path }] };
  for (const file of files) {
    const read = await readInput(file);
    yield 'issues' in read ? { file, document: null, issues: read.issues } : { file, ...parseDocument(read.text, { source: file }) };
  }
}

/** read -> parse -> load: every file, each document whole in one transaction, a summary at the end. */
export async function ingest(conn: GraphConnection, options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const summary = createSummary();
  const { files, missing } = await listInputs(options.paths, options.fromJson ?? false);
  summary.files = files.length + missing.length;
  for (const entry of missing) summary.failures.push({ file: entry.path, message: entry.reason });
  // Sizes (for progress by bytes) are read while the workers start and parse the first files.
  const progress: ProgressState = { filesDone: missing.length, filesTotal: summary.files, documents: 0, bytesDone: 0, bytesTotal: 0 };
  const sizesRead = fileSizes(files).then((sizes) => {
    progress.bytesTotal = [...sizes.values()].reduce((a, b) => a + b, 0);
    return sizes;
  });
  const firstFile = new Map<string, string>();

  // Each item carries how many input bytes will have been written once it is (files before it, and its part).
  async function* items(): AsyncGenerator<LoadItem & { lastOfFile: boolean; bytesAt: number }> {
    const parts = prepareFiles(files, { fromJson: options.fromJson ?? false, workers: options.workers ?? 1, window: 16 });
    const sizes = await sizesRead;
    let filesBytes = 0;
    for await (const part of parts) {
      const size = sizes.get(part.file) ?? 0;
      const bytesAt = filesBytes + (part.last ? size : Math.min(size, part.bytesRead));
      if (part.last) filesBytes += size;
      const writes = accept(part);
      if (part.last && writes.length === 0) {
        progress.filesDone += 1;
        progress.bytesDone = Math.max(progress.bytesDone ?? 0, bytesAt);
        options.onProgress?.(progress);
      }
      for (const [index, write] of writes.entries()) yield { file: part.file, write, lastOfFile: part.last && index === writes.length - 1, bytesAt };
    }
  }

  // Issues and parse warnings go to the summary; what is left are the documents to write. A file's parts
  // come one after another, so one count says whether the whole file held any document.
  let documentsOfFile = 0;
  function accept(part: PreparedPart) {
    documentsOfFile += part.documents.length;
    const errors = part.issues.filter((issue) => issue.severity === 'error');
    addWarnings(summary, part.file, part.issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.message));
    if (part.last && documentsOfFile === 0) {
      summary.failures.push({ file: part.file, message: errors.map((issue) => issue.message).join('; ') || 'no document in the file' });
    } else {
      for (const error of errors) summary.failures.push({ file: part.file, message: error.message });
    }
    if (part.last) documentsOfFile = 0;
    const writes = [];
    for (const { write, warnings } of part.documents) {
      addWarnings(summary, part.file, warnings);
      if (options.skipSynthetic && write.document.synthetic) {
        summary.documents.skipped += 1;
        continue;
      }
      const earlier = firstFile.get(write.symbol);
      if (earlier && earlier !== part.file) addWarnings(summary, part.file, [`${write.symbol} was also read from ${earlier}; this file's text replaces it`]);
      else firstFile.set(write.symbol, part.file);
      writes.push(write);
    }
    return writes;
  }

  // Roughly what a document's rows hold in memory until its batch commits: the text twice (the string and
  // its encoding in the driver's buffers), the JSON, and a few hundred bytes per edge.
  const measure = (item: LoadItem) => {
    const { text, paragraphs, footnotes } = item.write.document.props;
    const edges = Object.values(item.write.edges).reduce((n, list) => n + list.length, 0);
    return { key: item.write.symbol, weight: 2 * text.length + paragraphs.length + footnotes.length + 300 * edges };
  };

  const batches = prefetch(toBatches(items(), measure, options.batch ?? defaultBatchLimits), 1);
  try {
    // Asking for the first batch starts the workers and the parsing, while the refresh left from a run
    // that was cut short (if any) finishes; no write of this run starts before it has.
    const first = batches.next();
    first.catch(() => {});
    addCounters(summary.counters, (await refreshAllMentions(conn)).counters);
    for (let next = await first; !next.done; next = await batches.next()) {
      const batch = next.value;
      const report = await loadBatch(conn, batch);
      addResults(summary, report.results, report.counters);
      progress.documents += batch.length;
      progress.filesDone += batch.filter((item) => item.lastOfFile).length;
      progress.bytesDone = Math.max(progress.bytesDone ?? 0, ...batch.map((item) => item.bytesAt));
      options.onProgress?.(progress);
    }
    addCounters(summary.counters, (await refreshAllMentions(conn)).counters);
    await awaitSearchIndexes(conn);
  } catch (error) {
    if (!(error instanceof DatabaseUnavailable)) throw error;
    summary.aborted = `Neo4j became unreachable (${error.message})`;
  } finally {
    await batches.return(undefined);
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}
