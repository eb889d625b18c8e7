// Parse output read in bounded parts: JSON Lines and large arrays streamed, every document once and in
// order, bad entries named by line or index, and a worker that dies failing only the files it held.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonWriter } from '../../../ingest/parse-cli.ts';
import { prepareParts, type PreparedPart } from '../../../ingest/load/prepare-file.ts';
import { listInputs } from '../../../ingest/load/list-inputs.ts';
import { prepareFiles } from '../../../ingest/load/prepare-pool.ts';
import { readParseOutput } from '../../../ingest/load/read-parse-output.ts';
import { corpusDir } from '../../support/corpus.ts';
import { sampleDocument } from './sample-document.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'resograph-parts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const documents = (n: number) => Array.from({ length: n }, (_, i) => sampleDocument({ symbol: `A/RES/70/${i + 1}` }));
const symbols = (parts: PreparedPart[]) => parts.flatMap((part) => part.documents.map((d) => d.write.symbol));
async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('prepareParts', () => {
  it('hands a file back in bounded parts, in order, every document once, only the last part marked last', async () => {
    const file = path.join(dir, 'many.jsonl');
    await writeFile(file, documents(23).map((d) => JSON.stringify(d)).join('\n'));
    const parts = await collect(prepareParts(file, { fromJson: true, part: { maxDocuments: 5, maxChars: 1e9 } }));
    expect(parts.map((part) => part.documents.length)).toEqual([5, 5, 5, 5, 3]);
    expect(parts.map((part) => part.last)).toEqual([false, false, false, false, true]);
    expect(symbols(parts)).toEqual(documents(23).map((d) => d.symbol));
  });

  it('closes a part on the characters of text it holds, too', async () => {
    const file = path.join(dir, 'heavy.jsonl');
    await writeFile(file, documents(6).map((d) => JSON.stringify(d)).join('\n'));
    const parts = await collect(prepareParts(file, { fromJson: true, part: { maxDocuments: 100, maxChars: 1 } }));
    expect(parts.map((part) => part.documents.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(parts.at(-1)?.last).toBe(true);
  });

  it('names the line and field of a bad line in the middle and keeps the documents around it', async () => {
    const file = path.join(dir, 'bad-middle.jsonl');
    const [a, b] = documents(2);
    await writeFile(file, [JSON.stringify(a), JSON.stringify({ ...b, session: 'sixty' }), '{not json', JSON.stringify(b)].join('\n'));
    const parts = await collect(prepareParts(file, { fromJson: true }));
    expect(symbols(parts)).toEqual([a?.symbol, b?.symbol]);
    const issues = parts.flatMap((part) => part.issues);
    expect(issues).toMatchObject([
      { severity: 'error', line: 2, field: 'session', source: file },
      { severity: 'error', line: 3, code: 'bad-json', source: file },
    ]);
  });
});

describe('readParseOutput on a large array', () => {
  it('streams the array above the size threshold and gives the same entries as the fast path', async () => {
    const file = path.join(dir, 'array.json');
    const docs = documents(40);
    docs[17] = { ...docs[17], title: 42 } as unknown as (typeof docs)[number];
    await writeFile(file, `${JSON.stringify(docs, null, 2)}\n\n`);
    const fast = await collect(readParseOutput(file));
    const streamed = await collect(readParseOutput(file, { streamAbove: 1000 }));
    expect(streamed).toEqual(fast);
    expect(streamed.filter((entry) => entry.document).length).toBe(39);
    expect(streamed[17]?.issues[0]?.message).toMatch(/^\[17\]: not a parsed document: title/);
  });

  it('keeps the elements before a break in the JSON and names where it broke', async () => {
    const file = path.join(dir, 'truncated.json');
    const text = JSON.stringify(documents(5));
    await writeFile(file, text.slice(0, text.lastIndexOf('{"symbol"') + 40));
    const entries = await collect(readParseOutput(file, { streamAbove: 10 }));
    expect(entries.filter((entry) => entry.document).map((entry) => entry.document?.symbol)).toEqual(['A/RES/70/1', 'A/RES/70/2', 'A/RES/70/3', 'A/RES/70/4']);
    expect(entries.at(-1)?.issues[0]).toMatchObject({ severity: 'error', code: 'bad-json', source: file, message: expect.stringMatching(/^\[4\]/) });
  });
});

describe('the parse command writing JSON', () => {
  it('writes one document as an object and more as an array, the text of JSON.stringify with indent 2', () => {
    for (const n of [0, 1, 2, 5]) {
      let text = '';
      const writer = jsonWriter((chunk) => (text += chunk));
      for (const doc of documents(n)) writer.document(doc);
      writer.end();
      const expected = n === 0 ? '' : `${JSON.stringify(n === 1 ? documents(1)[0] : documents(n), null, 2)}\n`;
      expect(text).toBe(expected);
    }
  });
});

describe('prepareFiles in worker threads', () => {
  const seed = path.join(corpusDir, 'A-RES-64-25.txt');

  it('gives every file\'s parts in the files\' order', async () => {
    const jsonl = path.join(dir, 'pool.jsonl');
    await writeFile(jsonl, documents(12).map((d) => JSON.stringify(d)).join('\n'));
    const parts = await collect(prepareFiles([seed, jsonl, seed], { fromJson: false, workers: 2, window: 2, ahead: 1, part: { maxDocuments: 4, maxChars: 1e9 } }));
    expect(parts.map((part) => [path.basename(part.file), part.documents.length, part.last])).toEqual([
      ['A-RES-64-25.txt', 1, true],
      // Not parse output here: a .jsonl read as text is refused, in one last part.
      ['pool.jsonl', 0, true],
      ['A-RES-64-25.txt', 1, true],
    ]);
    const json = await collect(prepareFiles([jsonl, jsonl], { fromJson: true, workers: 1, window: 2, ahead: 1, part: { maxDocuments: 4, maxChars: 1e9 } }));
    expect(json.map((part) => [part.documents.length, part.last])).toEqual([[4, false], [4, false], [4, true], [4, false], [4, false], [4, true]]);
    expect(symbols(json)).toEqual([...documents(12), ...documents(12)].map((d) => d.symbol));
  });

  it('hands on the same writes as preparing on the main thread, field for field', async () => {
    const { files } = await listInputs([corpusDir], false);
    expect(files.length).toBeGreaterThan(10);
    const inWorker = await collect(prepareFiles(files, { fromJson: false, workers: 1, window: 4 }));
    const onMain = await collect(prepareFiles(files, { fromJson: false, workers: 0, window: 4 }));
    expect(inWorker.flatMap((part) => part.documents).length).toBeGreaterThan(10);
    expect(inWorker).toEqual(onMain);
  });

  it('fails only the files of a worker that ran out of memory, and goes on with a new worker', async () => {
    const big = path.join(dir, 'big.jsonl');
    // One line far past the worker's heap limit: reading it kills the worker.
    await writeFile(big, `{"symbol":"${'x'.repeat(160 * 1024 * 1024)}"}\n`);
    const good = path.join(dir, 'good.jsonl');
    await writeFile(good, documents(3).map((d) => JSON.stringify(d)).join('\n'));
    const parts = await collect(prepareFiles([good, big, good, good], { fromJson: true, workers: 2, window: 2, ahead: 1 }));
    expect(parts.map((part) => [path.basename(part.file), part.documents.length, part.last])).toEqual([
      ['good.jsonl', 3, true],
      ['big.jsonl', 0, true],
      ['good.jsonl', 3, true],
      ['good.jsonl', 3, true],
    ]);
    expect(parts[1]?.issues).toMatchObject([{ severity: 'error', code: 'prepare-failed', source: big, message: expect.stringMatching(/could not be prepared: .*memory/i) }]);
  }, 60_000);
});
