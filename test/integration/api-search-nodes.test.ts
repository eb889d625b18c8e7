import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../ingest/pipeline.ts';
import { awaitSearchIndexes } from '../../graph/neo4j/schema.ts';
import { NodeDetails, SearchResponse } from '../../graph/model/api.ts';
import { cleanDatabase } from '../support/clean-db.ts';
import { corpusDir } from '../support/corpus.ts';
import { startTestServer, type TestServer } from '../support/app-server.ts';

// Search and node details through HTTP, on real texts loaded by the loader: the origin document and a few
// more from the corpus, plus one Security Council resolution written here to test symbols with brackets.

let server: TestServer;
const files = ['A-RES-64-25.txt', 'A-RES-80-5.txt', 'A-RES-80-11.txt', 'A-RES-80-41.md', 'A-RES-80-24.md'].map((name) => path.join(corpusDir, name));

beforeAll(async () => {
  server = await startTestServer();
  await cleanDatabase(server.conn);
  const summary = await ingest(server.conn, { paths: files, workers: 0 });
  expect(summary.failures).toEqual([]);
  await server.conn.driver.executeQuery(
    `CREATE (d:Document:Resolution {symbol: $symbol, title: $title, body: 'SC', adopted: '2001-09-28', number: '1373 (2001)', stub: false})`,
    { symbol: 'S/RES/1373(2001)', title: 'Threats to international peace and security caused by terrorist acts' },
    { database: server.conn.database },
  );
  await awaitSearchIndexes(server.conn);
});
afterAll(() => server?.close());

async function get(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${url}`);
  return { status: response.status, body: await response.json() };
}

async function search(q: string): Promise<SearchResponse['results']> {
  const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
  expect(status).toBe(200);
  return SearchResponse.parse(body).results;
}

describe('GET /api/search', () => {
  it.each(['64/25', 'A/RES/64/25', 'a/res/64/25', 'resolution 64/25', 'General Assembly resolution 64/25'])('finds the origin document first by %j', async (q) => {
    const [first] = await search(q);
    expect(first).toMatchObject({ id: 'A/RES/64/25', type: 'resolution', label: '64/25', match: 'symbol', date: '2009-12-02', body: 'GA' });
  });

  it('finds a resolution known only as a stub by "resolution 58/32"', async () => {
    const [first] = await search('resolution 58/32');
    expect(first).toMatchObject({ id: 'A/RES/58/32', match: 'symbol' });
  });

  it.each(['S/RES/1373 (2001)', 'S/RES/1373(2001)', '1373 (2001)', 'res 1373', 'resolution 1373'])('finds the Security Council resolution by %j', async (q) => {
    const [first] = await search(q);
    expect(first).toMatchObject({ id: 'S/RES/1373(2001)', body: 'SC', match: 'symbol' });
  });

  it('ranks symbol matches before text matches', async () => {
    const results = await search('64/25');
    expect(results.length).toBeGreaterThan(1);
    expect(results.filter((r) => r.match === 'symbol').map((r) => r.id)).toEqual(['A/RES/64/25']);
    expect(results.slice(1).every((r) => r.score < results[0]!.score)).toBe(true);
  });

  it('finds a document by a word of its title, first', async () => {
    const [first] = await search('telecommunications');
    expect(first).toMatchObject({ id: 'A/RES/64/25', match: 'title' });
  });

  it('finds a document by words of a paragraph', async () => {
    const results = await search('Midrand');
    expect(results.map((r) => r.id)).toContain('A/RES/64/25');
    expect(results.find((r) => r.id === 'A/RES/64/25')?.match).toBe('text');
  });

  it('finds a conference by its name', async () => {
    const [first] = await search('Information Society and Development Conference');
    expect(first).toMatchObject({ id: 'Conference:information society and development conference', type: 'conference', match: 'name' });
    const summit = await search('World Summit on the Information Society');
    expect(summit[0]).toMatchObject({ id: 'Conference:world summit on the information society', type: 'summit', label: 'WSIS' });
  });

  it('finds an expert group by its name', async () => {
    const results = await search('Group of Governmental Experts');
    const group = results.find((r) => r.type === 'group');
    expect(group?.id).toMatch(/^ExpertGroup:group of governmental experts/);
    expect(group?.label).toMatch(/^GGE \d{4}$/);
  });

  it.each(['a+b', '"unbalanced', '(((', 'title:x AND', '*', '64/25~', 'NOT', '[1 TO 2]', '\\', 'x && y || !z', '{}^?:/'])('does not fail on Lucene syntax %j', async (q) => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(Array.isArray(body.results)).toBe(true);
  });

  it('keeps to the limit', async () => {
    const { body } = await get('/api/search?q=resolution&limit=3');
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(body.results.length).toBeGreaterThan(0);
  });

  it.each([['missing q', '/api/search'], ['empty q', '/api/search?q=%20'], ['limit 0', '/api/search?q=x&limit=0'], ['limit 101', '/api/search?q=x&limit=101'], ['limit not a number', '/api/search?q=x&limit=ten']])('answers %s with 400 and the issues', async (_name, url) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad-request');
    expect(body.error.details.length).toBeGreaterThan(0);
  });
});

describe('GET /api/nodes/:id', () => {
  it('returns the origin document with its 16 + 6 paragraphs, footnotes and what each paragraph cites', async () => {
    const { status, body } = await get(`/api/nodes/${encodeURIComponent('A/RES/64/25')}`);
    expect(status).toBe(200);
    const details = NodeDetails.parse(body);
    expect(details.node).toMatchObject({ id: 'A/RES/64/25', type: 'resolution', session: 64, stub: false, agendaItem: '91' });
    expect(details.paragraphs?.filter((p) => p.kind === 'preambular')).toHaveLength(16);
    expect(details.paragraphs?.filter((p) => p.kind === 'operative')).toHaveLength(6);
    expect(details.footnotes?.length).toBeGreaterThan(0);
    expect(details.properties).toMatchObject({ symbol: 'A/RES/64/25', session: 64, report: 'A/64/386' });
    expect(details.properties).not.toHaveProperty('text');
    const recalls = details.references?.filter((r) => r.type === 'RECALLS') ?? [];
    expect(recalls).toHaveLength(11);
    expect(recalls).toContainEqual(expect.objectContaining({ paragraph: 'pp1', lead: 'Recalling', quote: '53/70 of 4 December 1998', target: expect.objectContaining({ id: 'A/RES/53/70', stub: true }) }));
    // Every reference points at words of its own paragraph, so the page can highlight them.
    const byId = new Map(details.paragraphs?.map((p) => [p.id, p.text]));
    const inText = details.references?.filter((r) => r.quote && r.paragraph && byId.has(r.paragraph) && !r.footnote) ?? [];
    expect(inText.length).toBeGreaterThan(11);
    for (const reference of inText) expect(byId.get(reference.paragraph!)).toContain(reference.quote);
  });

  it('says a stub is a stub, how many documents cite it, and the date its citations give', async () => {
    const { body } = await get(`/api/nodes/${encodeURIComponent('A/RES/53/70')}`);
    const details = NodeDetails.parse(body);
    expect(details.node).toMatchObject({ id: 'A/RES/53/70', stub: true, citedBy: 1, label: '53/70', body: 'GA', date: '1998-12-04' });
    expect(details.citedBy).toBe(1);
    expect(details.paragraphs).toBeNull();
    expect(details.references).toBeNull();
  });

  it('returns a conference by its Label:key id', async () => {
    const id = 'Conference:world summit on the information society';
    const { status, body } = await get(`/api/nodes/${encodeURIComponent(id)}`);
    expect(status).toBe(200);
    expect(NodeDetails.parse(body).node).toMatchObject({ id, type: 'summit', label: 'WSIS', title: 'World Summit on the Information Society', citedBy: 1 });
  });

  it('returns an expert group and an agenda item whose ids are their full names, past 100 characters', async () => {
    const group = 'ExpertGroup:group of governmental experts on developments in the field of information and telecommunications in the context of international security (2004)';
    const item = 'AgendaItem:developments in the field of information and telecommunications in the context of international security';
    for (const id of [group, item]) {
      expect(encodeURIComponent(id).length).toBeGreaterThan(100);
      const { status, body } = await get(`/api/nodes/${encodeURIComponent(id)}`);
      expect(status, id).toBe(200);
      expect(NodeDetails.parse(body).node.id).toBe(id);
      const neighbours = await get(`/api/nodes/${encodeURIComponent(id)}/neighbours`);
      expect(neighbours.status).toBe(200);
      expect(neighbours.body.total).toBeGreaterThan(0);
    }
  });

  it('round-trips ids with slashes and parentheses', async () => {
    const { status, body } = await get(`/api/nodes/${encodeURIComponent('S/RES/1373(2001)')}`);
    expect(status).toBe(200);
    expect(body.node).toMatchObject({ id: 'S/RES/1373(2001)', label: '1373 (2001)', citedBy: 0 });
    const found = await search('S/RES/1373 (2001)');
    const again = await get(`/api/nodes/${encodeURIComponent(found[0]!.id)}`);
    expect(again.body.node.id).toBe('S/RES/1373(2001)');
  });

  it.each(['A/RES/99/999', 'Conference:nothing of the kind', 'Place:Atlantis'])('answers an unknown id %j with 404', async (id) => {
    const { status, body } = await get(`/api/nodes/${encodeURIComponent(id)}`);
    expect(status).toBe(404);
    expect(body.error.code).toBe('not-found');
  });
});
