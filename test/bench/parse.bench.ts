// Parse throughput on the sample corpus repeated to 50 MB of text, beside the time of merely reading
// the same bytes from disk (the baseline), and the peak memory of the process. Then the share of each
// parse stage, and the throughput on synthetic texts (made in memory by the generator, as `resograph
// synth` writes them; the loader reads them 25,000 at a time).
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateResolutions } from '../../ingest/synth/generate.ts';
import { parseDocument, type ParseStage } from '../../ingest/parse/parse-document.ts';
import { corpusDir } from '../support/corpus.ts';

const targetBytes = 50 * 1024 * 1024;
const syntheticCount = 2000;

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
  let c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const f of files) await readFile(f);
  const readMs = performance.now() - t0;
  const readCpuMs = cpuMs(c0);

  // Warm the JIT on one round, then time the whole 50 MB.
  for (const t of texts) parseDocument(t);
  let documents = 0;
  let references = 0;
  t0 = performance.now();
  c0 = process.cpuUsage();
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
  const parseCpuMs = cpuMs(c0);
  const mb = totalBytes / 1048576;
  const parseRate = mb / (parseMs / 1000);
  const readRate = mb / (readMs / 1000);
  console.log(`corpus: ${files.length} files, ${(corpusBytes / 1024).toFixed(0)} KB, repeated ${rounds} times = ${mb.toFixed(1)} MB`);
  console.log(`read only : ${readMs.toFixed(0)} ms  ${readRate.toFixed(1)} MB/s (baseline)`);
  console.log(`parse     : ${parseMs.toFixed(0)} ms  ${parseRate.toFixed(1)} MB/s  (${(parseMs / readMs).toFixed(1)}x the read time; ${documents} documents, ${references} references)`);
  // CPU time of this process (all its threads): steadier than wall time on a shared machine.
  console.log(`cpu time  : read ${readCpuMs.toFixed(0)} ms, parse ${parseCpuMs.toFixed(0)} ms  ${(mb / (parseCpuMs / 1000)).toFixed(1)} MB/s of CPU time`);
  console.log(`peak RSS  : ${(peak / 1048576).toFixed(0)} MB`);
  console.log(parseRate >= 30 ? 'target 30 MB/s on one core: met' : 'target 30 MB/s on one core: NOT met');

  printStages(texts, Math.max(1, Math.round(rounds / 5)));

  const synthetic = [...generateResolutions({ count: syntheticCount, seed: 1 })].map((r) => r.text);
  const syntheticBytes = synthetic.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const t of synthetic.slice(0, 200)) parseDocument(t);
  t0 = performance.now();
  for (const t of synthetic) parseDocument(t);
  const syntheticMs = performance.now() - t0;
  sample();
  const syntheticMb = syntheticBytes / 1048576;
  console.log(`synthetic : ${syntheticCount} texts, ${syntheticMb.toFixed(1)} MB in ${syntheticMs.toFixed(0)} ms  ${(syntheticMb / (syntheticMs / 1000)).toFixed(1)} MB/s`);
  console.log(`peak RSS  : ${(peak / 1048576).toFixed(0)} MB (with the synthetic texts held)`);
}

/** CPU time (user and system) since the reading `since`, in milliseconds. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

/** The time of each parse stage over some rounds of the corpus, as a share of the whole. */
function printStages(texts: readonly string[], rounds: number): void {
  const spent = new Map<ParseStage, number>();
  let last = 0;
  const onStage = (stage: ParseStage): void => {
    const now = performance.now();
    spent.set(stage, (spent.get(stage) ?? 0) + now - last);
    last = now;
  };
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      last = performance.now();
      parseDocument(t, { onStage });
    }
  }
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  const split = [...spent].map(([stage, ms]) => `${stage} ${((100 * ms) / total).toFixed(0)}%`).join(', ');
  console.log(`stages    : ${split} (of ${total.toFixed(0)} ms over ${rounds} rounds)`);
}
