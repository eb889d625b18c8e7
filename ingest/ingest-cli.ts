// `resograph ingest FILE|DIR...`: parse the files (or read parse output with --from-json) and load them
// into Neo4j. Progress on stderr, the summary on stdout; exit code 1 when any file failed.
import type { Command } from 'commander';
import { connect, isGraphError } from '../graph/neo4j/connection.ts';
import { applySchema } from '../graph/neo4j/schema.ts';
import { ingest } from './pipeline.ts';
import { createProgress } from './progress.ts';
import { defaultBatchLimits } from './load/batches.ts';
import { formatSummary, toExitCode } from './load/summary.ts';

interface IngestFlags {
  fromJson?: boolean;
  batchSize: string;
  workers: string;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('parse UN resolutions (text or PDF files, or directories of them) and load them into Neo4j')
    .argument('<paths...>', 'files or directories')
    .option('--from-json', 'read `resograph parse` output (JSON or JSON Lines) instead of texts')
    .option('--batch-size <n>', 'documents per transaction', String(defaultBatchLimits.maxDocuments))
    .option('--workers <n>', 'threads that read and parse while the writes run (0: none)', '1')
    .action(async (paths: string[], flags: IngestFlags) => {
      const batchSize = wholeNumber(flags.batchSize, '--batch-size', 1);
      const workers = wholeNumber(flags.workers, '--workers', 0);
      try {
        const conn = await connect({ start: true, onProgress: (line) => console.error(line) });
        try {
          await applySchema(conn);
          const stderr = process.stderr;
          const progress = createProgress((text) => stderr.write(text), { tty: Boolean(stderr.isTTY), width: 30 });
          let last = { filesDone: 0, filesTotal: 0, documents: 0 };
          const summary = await ingest(conn, {
            paths,
            fromJson: flags.fromJson ?? false,
            workers,
            batch: { ...defaultBatchLimits, maxDocuments: batchSize },
            onProgress: (state) => progress.update((last = { ...state })),
          });
          progress.finish(last);
          for (const line of formatSummary(summary)) console.log(line);
          process.exitCode = toExitCode(summary);
        } finally {
          await conn.driver.close();
        }
      } catch (error) {
        if (!isGraphError(error)) throw error;
        console.error(`error: ${error.message}`);
        for (const line of error.details) console.error(`  ${line}`);
        process.exitCode = 1;
      }
    });
}

function wholeNumber(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`error: ${flag} ${value} is not a whole number of at least ${min}`);
    process.exit(2);
  }
  return n;
}
