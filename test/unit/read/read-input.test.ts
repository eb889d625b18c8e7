import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePaths } from '../../../ingest/parse-cli.ts';
import { decodeText } from '../../../ingest/read/decode-text.ts';
import { readInput } from '../../../ingest/read/read-input.ts';
import { walkPaths } from '../../../ingest/read/walk.ts';
import { corpusDir } from '../../support/corpus.ts';
import { pdfWithText, pdfWithoutText } from './pdf-fixtures.ts';

const seed = readFileSync(path.join(corpusDir, 'A-RES-64-25.txt'), 'utf8');
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'resograph-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('decodeText', () => {
  const text = 'Résolution — “quoted”';
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toMatchObject({ ok: true, text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toMatchObject({ ok: true, text });
  });
  it('reads UTF-16 little and big endian with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] ?? 0, be[i] ?? 0];
    expect(decodeText(le)).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(be)).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });
  it('falls back on Latin-1 for bytes that are not UTF-8', () => {
    expect(decodeText(Buffer.from('Résolution', 'latin1'))).toMatchObject({ ok: true, text: 'Résolution', encoding: 'latin-1' });
  });
  it('refuses binary data', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toMatchObject({ ok: false });
  });
});

describe('readInput', () => {
  it('reads the text layer of a PDF and parses it', async () => {
    const file = path.join(dir, 'seed.pdf');
    const lines = seed.split('\n').filter((l) => l.trim()).slice(0, 40).map((l) => l.replace(/[^\x20-\x7e]/g, ''));
    await writeFile(file, pdfWithText(lines));
    const read = await readInput(file);
    expect(read).toMatchObject({ format: 'pdf' });
    expect('text' in read && read.text).toContain('Resolution adopted by the General Assembly on 2 December 2009');
  });

  it('names the file when a PDF has no text layer', async () => {
    const file = path.join(dir, 'scan.pdf');
    await writeFile(file, pdfWithoutText());
    const read = await readInput(file);
    expect(read).toMatchObject({ source: file, issues: [{ severity: 'error', code: 'pdf-unreadable', source: file }] });
    expect('issues' in read && read.issues[0]?.message).toMatch(/no text layer/);
  });

  it('refuses an empty and a binary file, naming them', async () => {
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]));
    expect(await readInput(path.join(dir, 'empty.txt'))).toMatchObject({ issues: [{ code: 'empty-input', source: path.join(dir, 'empty.txt') }] });
    expect(await readInput(path.join(dir, 'image.txt'))).toMatchObject({ issues: [{ code: 'binary-input' }] });
  });
});

describe('parsePaths', () => {
  it('walks directories in order, keeps going past bad files and reports each', async () => {
    const batch = path.join(dir, 'batch');
    await mkdir(path.join(batch, 'sub'), { recursive: true });
    await writeFile(path.join(batch, 'a-seed.txt'), seed);
    await writeFile(path.join(batch, 'b-empty.txt'), '');
    await writeFile(path.join(batch, 'c-notes.md'), 'Just some notes, not a resolution.\n');
    await writeFile(path.join(batch, 'sub', 'd-seed-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]));
    await writeFile(path.join(batch, 'ignored.json'), '{}');
    const walked = await walkPaths([batch]);
    expect(walked.map((w) => ('file' in w ? path.relative(batch, w.file) : w.missing))).toEqual(['a-seed.txt', 'b-empty.txt', 'c-notes.md', path.join('sub', 'd-seed-utf16.txt')]);

    const run = await parsePaths([batch, path.join(dir, 'nope.txt')]);
    expect(run.documents.map((d) => d.symbol)).toEqual(['A/RES/64/25', 'A/RES/64/25']);
    expect(run.failed).toBe(3);
    expect(run.issues.filter((i) => i.severity === 'error').map((i) => [path.basename(i.source ?? ''), i.code])).toEqual([
      ['b-empty.txt', 'empty-input'],
      ['c-notes.md', 'not-a-resolution'],
      ['nope.txt', 'not-found'],
    ]);
  });

  it('parses a 50 MB file in bounded time, naming it in its warnings', async () => {
    const file = path.join(dir, 'big.txt');
    const body = seed.slice(seed.indexOf('Recalling its resolutions'), seed.indexOf('1. *Calls upon*'));
    const head = seed.slice(0, seed.indexOf('Recalling its resolutions'));
    await writeFile(file, head + body.repeat(Math.ceil((50 * 1024 * 1024) / body.length)));
    const t0 = performance.now();
    const run = await parsePaths([file]);
    expect(performance.now() - t0).toBeLessThan(60_000);
    expect(run.documents).toHaveLength(1);
    expect(run.issues).toContainEqual(expect.objectContaining({ code: 'no-closing', source: file }));
  }, 120_000);
});
