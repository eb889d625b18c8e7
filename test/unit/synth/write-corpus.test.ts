import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateResolutions } from '../../../ingest/synth/generate.ts';
import { syntheticMarker } from '../../../ingest/synth/layout.ts';
import { assertWritableTarget, writeSynthCorpus } from '../../../ingest/synth/write-corpus.ts';

const root = mkdtempSync(path.join(tmpdir(), 'resograph-synth-'));
const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writing a synthetic corpus', () => {
  it('writes one file a resolution, named like the corpus, holding the generated text', async () => {
    const out = path.join(root, 'written');
    const manifest = path.join(root, 'written.jsonl');
    const summary = await writeSynthCorpus({ count: 150, seed: 'w', outDir: out, manifest });
    const expected = [...generateResolutions({ count: 150, seed: 'w' })];
    expect(summary.files).toBe(150);
    expect(summary.references).toBe(expected.reduce((n, r) => n + r.references.length, 0));
    expect(readdirSync(out).sort()).toEqual(expected.map((r) => r.fileName).sort());
    for (const r of expected) expect(readFileSync(path.join(out, r.fileName), 'utf8')).toBe(r.text);
    const lines = readFileSync(manifest, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; symbol: string; synthetic: boolean; references: unknown[] });
    expect(lines.map((l) => l.file)).toEqual(expected.map((r) => r.fileName));
    expect(lines.every((l) => l.synthetic === true)).toBe(true);
    expect(lines.map((l) => l.references.length)).toEqual(expected.map((r) => r.references.length));
  });

  it('writes again into a folder of its own synthetic files', async () => {
    const out = path.join(root, 'again');
    await writeSynthCorpus({ count: 20, seed: 1, outDir: out });
    await expect(writeSynthCorpus({ count: 20, seed: 1, outDir: out })).resolves.toMatchObject({ files: 20 });
  });

  it('refuses the real corpus folder and any folder holding a document without the marker', () => {
    const corpus = path.join(root, 'corpus');
    mkdirSync(corpus);
    expect(() => assertWritableTarget(corpus, [corpus])).toThrow(/inside the real corpus/);
    expect(() => assertWritableTarget(path.join(corpus, 'synthetic'), [corpus])).toThrow(/inside the real corpus/);
    const mixed = path.join(root, 'mixed');
    mkdirSync(mixed);
    writeFileSync(path.join(mixed, 'A-RES-64-25.txt'), '\n\n\n\nGeneral Assembly\n\nDistr.: General\n14 January 2010\n');
    expect(() => assertWritableTarget(mixed, [corpus])).toThrow(/A-RES-64-25\.txt is not a synthetic document/);
    writeFileSync(path.join(root, 'ok.txt'), `General Assembly\n\nDistr.: General\n${syntheticMarker}\n`);
    expect(() => assertWritableTarget(root, [corpus])).not.toThrow();
  });

  it('runs as `resograph synth N --out DIR --seed S` and refuses the real corpus', () => {
    const out = path.join(root, 'cli');
    const printed = execFileSync('node', ['bin/resograph.js', 'synth', '40', '--out', out, '--seed', '9'], { cwd: projectRoot, encoding: 'utf8' });
    expect(printed).toMatch(/^wrote 40 files \(A\/RES\/80\/261 \.\. A\/RES\/80\/300\)/);
    expect(readdirSync(out)).toHaveLength(40);
    expect(readFileSync(path.join(out, 'A-RES-80-300.txt'), 'utf8')).toBe([...generateResolutions({ count: 40, seed: '9' })].at(-1)?.text);
    const corpus = path.join(root, 'protected');
    mkdirSync(corpus);
    let failure: { status: number; stderr: string } | null = null;
    try {
      execFileSync('node', ['bin/resograph.js', 'synth', '3', '--out', corpus], { cwd: projectRoot, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, RESOGRAPH_CORPUS: corpus } });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toMatch(/inside the real corpus/);
    expect(readdirSync(corpus)).toEqual([]);
  });
});
