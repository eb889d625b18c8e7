// Parse throughput on the sample corpus repeated to 50 MB of text, beside the time of merely reading
// the same bytes from disk (the baseline), and the peak memory of the process.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from '../../ingest/parse/parse-document.ts';
import { corpusDir } from '../support/corpus.ts';

const targetBytes = 50 * 1024 * 1024;

export default async function bench(): Promise<void> {
  const files = readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => path.join(corpusDir, f));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const corpusBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const rounds = Math.ceil(targetBytes / corpusBytes);
  const totalBytes = rounds * corpusBytes;
  let peak = process.memoryUsage().rss;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };

  // Baseline: reading the same bytes, file by file, as the CLI does.
  let t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const f of files) await readFile(f);
  const readMs = performance.now() - t0;

  // Warm the JIT on one round, then time the whole 50 MB.
  for (const t of texts) parseDocument(t);
  let documents = 0;
  let references = 0;
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const { document } = parseDocument(t);
      if (document) {
        documents++;
        references += document.references.length;
      }
    }
    sample();
  }
  const parseMs = performance.now() - t0;
  const mb = totalBytes / 1048576;
  const parseRate = mb / (parseMs / 1000);
  const readRate = mb / (readMs / 1000);
  console.log(`corpus: ${files.length} files, ${(corpusBytes / 1024).toFixed(0)} KB, repeated ${rounds} times = ${mb.toFixed(1)} MB`);
  console.log(`read only : ${readMs.toFixed(0)} ms  ${readRate.toFixed(1)} MB/s (baseline)`);
  console.log(`parse     : ${parseMs.toFixed(0)} ms  ${parseRate.toFixed(1)} MB/s  (${(parseMs / readMs).toFixed(1)}x the read time; ${documents} documents, ${references} references)`);
  console.log(`peak RSS  : ${(peak / 1048576).toFixed(0)} MB`);
  console.log(parseRate >= 30 ? 'target 30 MB/s on one core: met' : 'target 30 MB/s on one core: NOT met');
}
