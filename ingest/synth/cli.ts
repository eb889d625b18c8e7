// `resograph synth N --out DIR [--seed S]`: writes N synthetic resolutions as text files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Command, InvalidArgumentError } from 'commander';
import { writeSynthCorpus } from './write-corpus.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const realCorpus = process.env.RESOGRAPH_CORPUS ?? path.resolve(projectRoot, '../shared/corpus');

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
}

export function registerSynth(program: Command): void {
  program
    .command('synth')
    .description('write N synthetic General Assembly resolutions (text files in the real layout, marked as synthetic)')
    .argument('<count>', 'how many resolutions', wholeNumber)
    .requiredOption('--out <dir>', 'folder to write into (created if missing; never the real corpus)')
    .option('--seed <seed>', 'seed of the generator: the same seed writes the same files', '1')
    .option('--per-session <n>', 'resolutions a session (at most 400; default 300, more when count needs it)', wholeNumber)
    .option('--manifest <file>', 'also write a JSON Lines file of what each text holds, for checking a parser')
    .action(async (count: number, opts: { out: string; seed: string; perSession?: number; manifest?: string }) => {
      const started = performance.now();
      try {
        const summary = await writeSynthCorpus({
          count, seed: opts.seed, outDir: opts.out, protectedDirs: [realCorpus],
          ...(opts.perSession !== undefined ? { perSession: opts.perSession } : {}),
          ...(opts.manifest ? { manifest: opts.manifest } : {}),
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const mean = summary.files ? (summary.references / summary.files).toFixed(1) : '0';
        console.log(`wrote ${summary.files} files (${summary.firstSymbol ?? '-'} .. ${summary.lastSymbol ?? '-'}), `
          + `${(summary.bytes / 1e6).toFixed(1)} MB, ${summary.references} references (${mean} a document), in ${seconds} s to ${path.resolve(opts.out)}`);
      } catch (error) {
        console.error(`resograph synth: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      }
    });
}
