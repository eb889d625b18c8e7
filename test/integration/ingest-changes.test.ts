import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { ParsedDocument } from '../../graph/model/parsed-document.ts';
import { ingest } from '../../ingest/pipeline.ts';
import { generateResolutions } from '../../ingest/synth/generate.ts';
import { cleanDatabase } from '../support/clean-db.ts';
import { countGraph, dumpGraph, query } from './ingest-dump.ts';

let conn: GraphConnection;
const dir = mkdtempSync(path.join(tmpdir(), 'resograph-ingest-'));
const base = ParsedDocument.parse({
  symbol: 'A/RES/70/1', body: 'GA', session: 70, title: 'A test resolution', adopted: '2015-09-25', issued: null,
  agendaItem: '15', report: null, meeting: '4th plenary meeting',
  paragraphs: [{ id: 'pp1', kind: 'preambular', lead: 'Recalling', text: 'Recalling its resolution 69/1 and welcoming the Conference,' }],
  footnotes: [],
  references: [
    { kind: 'resolution', symbol: 'A/RES/69/1', paragraph: 'pp1', lead: 'Recalling', quote: 'resolution 69/1' },
    { kind: 'resolution', symbol: 'A/RES/69/2', paragraph: 'pp1', lead: 'Recalling', quote: 'resolution 69/2' },
    { kind: 'conference', name: 'Conference on Testing', paragraph: 'pp1', lead: 'Welcoming', quote: 'the Conference', sessions: [{ place: 'Testville', start: '2014-05' }] },
    { kind: 'group', name: 'group of testing experts', established: '2013', establishedBy: 'A/RES/68/9', reports: ['A/69/100'], paragraph: 'pp1', lead: 'Noting', quote: 'group' },
  ],
  warnings: [],
});

function writeJson(name: string, documents: unknown[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, documents.map((document) => JSON.stringify(document)).join('\n'));
  return file;
}

const load = (file: string) => ingest(conn, { paths: [file], fromJson: true, workers: 0 });

beforeAll(async () => {
  conn = await connect();
  await cleanDatabase(conn);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await conn?.driver.close();
});

describe('ingest of changed and related documents', () => {
  it('keeps a cited resolution as a stub until its own text comes, then makes the same node whole with its edges', async () => {
    await load(writeJson('a.jsonl', [base]));
    const stub = await query(conn, 'MATCH (d:Document {symbol: "A/RES/69/1"}) RETURN d.stub AS stub, d.mentionedIn AS m, labels(d) AS labels');
    expect(stub).toEqual([{ stub: true, m: ['A/RES/70/1'], labels: ['Document', 'Resolution'] }]);

    const cited = { ...base, symbol: 'A/RES/69/1', session: 69, title: 'The cited one', references: [] };
    const summary = await load(writeJson('b.json', [cited]));
    expect(summary.documents.new).toBe(1);
    const whole = await query(conn, `MATCH (d:Document {symbol: "A/RES/69/1"})<-[r:RECALLS]-(a) RETURN d.stub AS stub, d.title AS title, a.symbol AS from, r.quote AS quote`);
    expect(whole).toEqual([{ stub: false, title: 'The cited one', from: 'A/RES/70/1', quote: 'resolution 69/1' }]);
  });

  it('replaces the edges of a changed file: no duplicates, and no stub or place left that nothing holds', async () => {
    const changed = { ...base, title: 'A test resolution, revised', references: base.references.slice(0, 1) };
    const summary = await load(writeJson('a.jsonl', [changed]));
    expect(summary.documents.replaced).toBe(1);
    const edges = await query(conn, 'MATCH (:Document {symbol: "A/RES/70/1"})-[r]->(b) RETURN type(r) AS type, coalesce(b.symbol, b.key) AS to ORDER BY type, to');
    expect(edges).toEqual([{ type: 'RECALLS', to: 'A/RES/69/1' }, { type: 'UNDER', to: 'a test resolution, revised' }]);
    const gone = await query(conn, `MATCH (n) WHERE n.symbol IN ["A/RES/69/2", "A/RES/68/9", "A/69/100"] OR n:Conference OR n:Place OR n:ExpertGroup
      OR (n:AgendaItem AND n.key = "a test resolution") RETURN labels(n) AS labels`);
    expect(gone).toEqual([]);
    const kept = await query(conn, 'MATCH (d:Document {symbol: "A/RES/69/1"}) RETURN d.stub AS stub, d.mentionedIn AS m');
    expect(kept).toEqual([{ stub: false, m: ['A/RES/70/1'] }]);

    const before = await countGraph(conn);
    expect((await load(path.join(dir, 'a.jsonl'))).documents.unchanged).toBe(1);
    expect(await countGraph(conn)).toEqual(before);
  });

  it('gives the graph of a clean run after a document changed back and forth', async () => {
    await load(writeJson('a.jsonl', [base]));
    const churned = await dumpGraph(conn);
    await cleanDatabase(conn);
    await load(path.join(dir, 'b.json'));
    await load(path.join(dir, 'a.jsonl'));
    expect(await dumpGraph(conn)).toEqual(churned);
  });

  it('fails only the bad document of a batch, names its file, and loads the rest', async () => {
    await cleanDatabase(conn);
    const good = [...generateResolutions({ count: 6, seed: 'changes' })].map((resolution) => resolution.document);
    // A name past the size a Neo4j index takes: valid parse output, refused by the database.
    const bad = { ...base, symbol: 'A/RES/70/99', references: [{ ...base.references[2], name: `Conference ${'on very long names '.repeat(600)}` }] };
    const goodFile = writeJson('good.jsonl', good.slice(0, 3));
    const mixedFile = writeJson('mixed.jsonl', [good[3], bad, good[4], good[5]]);
    const summary = await ingest(conn, { paths: [goodFile, mixedFile], fromJson: true, workers: 0 });
    expect(summary.documents).toMatchObject({ new: 6, failed: 1 });
    expect(summary.failures).toEqual([{ file: mixedFile, symbol: 'A/RES/70/99', message: expect.stringContaining('too large') }]);
    const loaded = await query<{ n: number }>(conn, 'MATCH (d:Document {stub: false}) RETURN count(d) AS n');
    expect(loaded[0]?.n).toBe(6);
    const half = await query(conn, 'MATCH (n) WHERE n.symbol = "A/RES/70/99" OR n.key STARTS WITH "conference on very long" RETURN n.symbol AS symbol');
    expect(half).toEqual([]);
  });

  it('marks synthetic documents and reports a broken input without stopping the others', async () => {
    const broken = path.join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"symbol": "A/RES/1/1"}\nnot json\n');
    const summary = await ingest(conn, { paths: [broken, path.join(dir, 'good.jsonl')], fromJson: true, workers: 0 });
    expect(summary.documents.unchanged).toBe(3);
    expect(summary.failures.map((failure) => failure.file)).toEqual([broken]);
    expect(summary.failures[0]?.message).toMatch(/line 1: not a parsed document: body.*line 2|line 1.*not JSON/s);
    const synthetic = await query(conn, 'MATCH (d:Synthetic) RETURN count(d) AS n, collect(DISTINCT d.synthetic) AS flags');
    expect(synthetic).toEqual([{ n: 6, flags: [true] }]);
  });

  it('loads one large file of parse output in parts through a worker, counting the file done once, at its end', async () => {
    await cleanDatabase(conn);
    const documents = [...generateResolutions({ count: 130, seed: 'parts' })].map((resolution) => resolution.document);
    const lines = documents.map((document) => JSON.stringify(document));
    lines.splice(70, 0, JSON.stringify({ ...documents[0], symbol: 'A/RES/99/1', meeting: 12 }));
    const file = path.join(dir, 'large.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const seen: { filesDone: number; documents: number; bytesDone?: number | undefined }[] = [];
    const summary = await ingest(conn, { paths: [file], fromJson: true, workers: 1, onProgress: (state) => seen.push({ ...state }) });
    expect(summary.documents).toMatchObject({ new: 130, failed: 0 });
    expect(summary.failures).toEqual([{ file, message: expect.stringMatching(/^line 71: not a parsed document: meeting/) }]);
    expect(seen.filter((state) => state.filesDone === 1).map((state) => state.documents)).toEqual([130]);
    expect(seen.at(-1)?.bytesDone).toBe(Buffer.byteLength(`${lines.join('\n')}\n`));
    const loaded = await query<{ n: number }>(conn, 'MATCH (d:Document {stub: false}) RETURN count(d) AS n');
    expect(loaded[0]?.n).toBe(130);
  });
});
