import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphConnection } from '../../graph/neo4j/connection.ts';
import { ingest } from '../../ingest/pipeline.ts';
import { cleanDatabase } from '../support/clean-db.ts';
import { corpusDir } from '../support/corpus.ts';
import { countGraph, dumpGraph, query } from './ingest-dump.ts';

let conn: GraphConnection;
const files = readdirSync(corpusDir).sort().map((name) => path.join(corpusDir, name));

beforeAll(async () => {
  conn = await connect();
  await cleanDatabase(conn);
});
afterAll(() => conn?.driver.close());

describe('ingest of the real corpus', () => {
  it('loads every file as a whole document, with provenance on every edge', async () => {
    const summary = await ingest(conn, { paths: [corpusDir], workers: 1 });
    expect(summary.failures).toEqual([]);
    expect(summary.documents.new).toBe(files.length);
    expect(summary.counters.relationshipsCreated).toBeGreaterThan(files.length * 5);

    const [whole] = await query<{ n: number }>(conn, 'MATCH (d:Document {stub: false}) WHERE d.hash IS NOT NULL AND d.text <> "" RETURN count(d) AS n');
    expect(whole?.n).toBe(files.length);
    const origin = await query(conn, 'MATCH (d:Document {symbol: "A/RES/64/25"}) RETURN d.title AS title, d.session AS session, labels(d) AS labels, d.paragraphs AS paragraphs');
    expect(origin[0]).toMatchObject({ session: 64, labels: expect.arrayContaining(['Document', 'Resolution']) });
    expect(JSON.parse(String(origin[0]?.paragraphs)).length).toBeGreaterThan(10);

    const bare = await query(conn, 'MATCH ()-[r]->() WHERE r.source IS NULL OR r.paragraph IS NULL OR NOT r.stance IN ["neutral", "affirming", "concerned"] RETURN type(r) AS type LIMIT 5');
    expect(bare).toEqual([]);
    const unmentioned = await query(conn, 'MATCH (n) WHERE (n.stub OR NOT n:Document) AND size(coalesce(n.mentionedIn, [])) = 0 RETURN labels(n) AS labels LIMIT 5');
    expect(unmentioned).toEqual([]);
    const pending = await query(conn, 'MATCH (n:MentionsPending) RETURN count(n) AS n');
    expect(pending[0]?.n).toBe(0);
  });

  it('records what the origin document says: recalls with dates, the summit in two places, the group and its resolution', async () => {
    const recalls = await query<{ to: string; date: string; stance: string }>(conn,
      'MATCH (:Document {symbol: "A/RES/64/25"})-[r:RECALLS]->(b) RETURN b.symbol AS to, r.date AS date, r.stance AS stance');
    expect(recalls).toContainEqual({ to: 'A/RES/53/70', date: '1998-12-04', stance: 'neutral' });
    const stub = await query(conn, 'MATCH (d:Document {symbol: "A/RES/53/70"}) RETURN d.stub AS stub, d.mentionedIn AS mentionedIn, d.number AS number');
    expect(stub[0]).toMatchObject({ stub: true, number: '53/70', mentionedIn: expect.arrayContaining(['A/RES/64/25']) });
    const places = await query<{ place: string; label: string }>(conn,
      'MATCH (c:Conference:Summit)-[h:HELD_IN {source: "A/RES/64/25"}]->(p:Place) RETURN p.name AS place, h.label AS label');
    expect(places.map((row) => row.place).sort()).toEqual(expect.arrayContaining(['Geneva', 'Tunis']));
    const report = await query(conn, 'MATCH (:Document {symbol: "A/RES/64/25"})-[:ADOPTED_ON_REPORT_OF]->(r:Report) RETURN r.symbol AS symbol');
    expect(report).toEqual([{ symbol: 'A/64/386' }]);
  });

  it('stores on each edge the properties it has, the last of the list as well, and no others', async () => {
    const [under] = await query(conn, 'MATCH (:Document {symbol: "A/RES/64/25"})-[r:UNDER]->() RETURN properties(r) AS props');
    expect(under?.props).toEqual({
      source: 'A/RES/64/25', paragraph: 'masthead', quote: 'Agenda item 91', stance: 'neutral', session: 64, item: '91',
    });
    const [recall] = await query(conn, 'MATCH (:Document {symbol: "A/RES/64/25"})-[r:RECALLS]->({symbol: "A/RES/53/70"}) RETURN keys(r) AS keys');
    expect([...(recall?.keys as string[])].sort()).toEqual(['date', 'lead', 'paragraph', 'quote', 'source', 'stance']);
    const held = await query<{ start: string; end: string }>(conn,
      'MATCH (:Conference:Summit)-[h:HELD_IN {source: "A/RES/64/25"}]->(:Place {name: "Tunis"}) RETURN h.start AS start, h.end AS end');
    expect(held).toContainEqual({ start: '2005-11-16', end: '2005-11-18' });
  });

  it('changes nothing when the same files are ingested again', async () => {
    const before = await countGraph(conn);
    const dump = await dumpGraph(conn);
    const summary = await ingest(conn, { paths: [corpusDir], workers: 0 });
    expect(summary.documents).toMatchObject({ new: 0, replaced: 0, unchanged: files.length, failed: 0 });
    expect(summary.counters.nodesCreated + summary.counters.relationshipsCreated + summary.counters.propertiesSet).toBe(0);
    expect(await countGraph(conn)).toEqual(before);
    expect(await dumpGraph(conn)).toEqual(dump);
  });

  it('builds the same graph whatever the order of the files and the size of the batches', async () => {
    await cleanDatabase(conn);
    await ingest(conn, { paths: files, workers: 0, batch: { maxDocuments: 7, maxWeight: 1e9 } });
    const forward = await dumpGraph(conn);
    await cleanDatabase(conn);
    await ingest(conn, { paths: [...files].reverse(), workers: 0, batch: { maxDocuments: 3, maxWeight: 1e9 } });
    const backward = await dumpGraph(conn);
    expect(backward.nodes.length).toBeGreaterThan(files.length);
    expect(backward.nodes).toEqual(forward.nodes);
    expect(backward.relationships).toEqual(forward.relationships);
  });
});
