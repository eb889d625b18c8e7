// Writes a synthetic corpus to a folder, one file at a time, with a bounded number of writes in flight.
// Refuses folders that hold real documents, so synthetic symbols never mix into a real sample.
import { createWriteStream, existsSync, mkdirSync, openSync, readSync, closeSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { generateResolutions } from './generate.ts';
import { syntheticMarker } from './layout.ts';
import type { SynthOptions } from './plan.ts';

export interface WriteOptions extends SynthOptions {
  outDir: string;
  /** folders that must never receive synthetic files (the real corpus) */
  protectedDirs?: readonly string[];
  /** a JSON Lines file of what each text holds (symbol, file, references ...), for checking a parser */
  manifest?: string;
}

export interface WriteSummary {
  files: number;
  bytes: number;
  references: number;
  firstSymbol: string | null;
  lastSymbol: string | null;
}

const inFlight = 32;

export async function writeSynthCorpus(options: WriteOptions): Promise<WriteSummary> {
  const outDir = path.resolve(options.outDir);
  assertWritableTarget(outDir, options.protectedDirs ?? []);
  mkdirSync(outDir, { recursive: true });
  const manifest = options.manifest ? createWriteStream(path.resolve(options.manifest)) : null;
  const summary: WriteSummary = { files: 0, bytes: 0, references: 0, firstSymbol: null, lastSymbol: null };
  const pending = new Set<Promise<void>>();
  try {
    for (const resolution of generateResolutions(options)) {
      const write = writeFile(path.join(outDir, resolution.fileName), resolution.text).then(() => { pending.delete(write); });
      pending.add(write);
      summary.files += 1;
      summary.bytes += Buffer.byteLength(resolution.text);
      summary.references += resolution.references.length;
      summary.firstSymbol ??= resolution.symbol;
      summary.lastSymbol = resolution.symbol;
      if (manifest && !manifest.write(`${JSON.stringify({ file: resolution.fileName, ...resolution.document })}\n`)) await once(manifest, 'drain');
      if (pending.size >= inFlight) await Promise.race(pending);
    }
    await Promise.all(pending);
  } finally {
    if (manifest) {
      manifest.end();
      await once(manifest, 'close');
    }
  }
  return summary;
}

/** Throws unless `dir` is outside every protected folder and holds no document without the synthetic marker. */
export function assertWritableTarget(dir: string, protectedDirs: readonly string[]): void {
  const real = existsSync(dir) ? realpathSync(dir) : path.resolve(dir);
  for (const p of protectedDirs) {
    const guarded = existsSync(p) ? realpathSync(p) : path.resolve(p);
    const rel = path.relative(guarded, real);
    if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
      throw new Error(`refusing to write synthetic documents into ${dir}: it is inside the real corpus (${p}); choose another folder`);
    }
  }
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  for (const name of readdirSync(dir)) {
    if (!/\.(txt|md|pdf)$/i.test(name)) continue;
    if (!isSynthetic(path.join(dir, name))) {
      throw new Error(`refusing to write synthetic documents into ${dir}: ${name} is not a synthetic document; choose an empty folder`);
    }
  }
}

/** Whether the file's masthead carries the synthetic marker (it sits within the first few hundred bytes). */
function isSynthetic(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(512);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('utf8').includes(syntheticMarker);
  } finally {
    closeSync(fd);
  }
}
