import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../ingest/pipeline.ts';
import { ChainResponse, NeighboursResponse, PathResponse } from '../../graph/model/api.ts';
import { cleanDatabase } from '../support/clean-db.ts';
import { corpusDir } from '../support/corpus.ts';
import { startTestServer, type TestServer } from '../support/app-server.ts';

// Neighbours, citation chains and shortest paths through HTTP. The origin document comes from the loader;
// the chain (12 resolutions, each recalling the one before) and the fan (one resolution recalling 600) are
// written here with parameterised Cypher, so that depths, caps and paging have exact expected answers.

let server: TestServer;
const chain = (i: number) => `A/RES/90/${i}`;
const fan = (i: number) => `A/RES/91/${i}`;
const fanRoot = 'A/RES/92/1';

beforeAll(async () => {
  server = await startTestServer();
  await cleanDatabase(server.conn);
  const summary = await ingest(server.conn, { paths: [path.join(corpusDir, 'A-RES-64-25.txt')], workers: 0 });
  expect(summary.failures).toEqual([]);
  const write = { database: server.conn.database };
  await server.conn.driver.executeQuery(
    `UNWIND range(1, 12) AS i
     CREATE (:Document:Resolution {symbol: 'A/RES/90/' + i, number: '90/' + i, title: 'Chain ' + i, body: 'GA', stub: false,
       adopted: toString(2000 + i) + '-12-01', mentionedIn: CASE WHEN i < 12 THEN ['A/RES/90/' + (i + 1)] ELSE null END})
     WITH i WHERE i > 1
     MATCH (a:Document {symbol: 'A/RES/90/' + i}), (b:Document {symbol: 'A/RES/90/' + (i - 1)})
     CREATE (a)-[:RECALLS {source: a.symbol, paragraph: 'pp1', lead: 'Recalling', quote: '90/' + (i - 1), stance: 'neutral'}]->(b)`,
    {}, write);
  // A shortcut: 90/12 also cites 90/6 in a footnote, so the shortest path from 90/12 to 90/3 has 4 hops.
  await server.conn.driver.executeQuery(
    `MATCH (a:Document {symbol: $from}), (b:Document {symbol: $to})
     CREATE (a)-[:CITES {source: $from, paragraph: 'op2', lead: 'Takes note of', quote: 'see resolution 90/6', footnote: '3', stance: 'neutral'}]->(b)`,
    { from: chain(12), to: chain(6) }, write);
  await server.conn.driver.executeQuery(
    `CREATE (root:Document:Resolution {symbol: $root, number: '92/1', body: 'GA', stub: false, adopted: '2030-01-01'})
     WITH root UNWIND range(1, 600) AS i
     CREATE (root)-[:RECALLS {source: $root, paragraph: 'pp' + (i % 3 + 1), lead: CASE i % 3 WHEN 0 THEN 'Recalling' WHEN 1 THEN 'Reaffirming' ELSE 'Recalling also' END,
       quote: '91/' + i, stance: 'neutral'}]->(:Document:Resolution {symbol: 'A/RES/91/' + i, number: '91/' + i, stub: true,
       adopted: toString(1950 + i % 70) + '-06-' + CASE WHEN i % 28 + 1 < 10 THEN '0' ELSE '' END + toString(i % 28 + 1), mentionedIn: [$root]})`,
    { root: fanRoot }, write);
});
afterAll(() => server?.close());

async function get(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${url}`);
  return { status: response.status, body: await response.json() };
}
const enc = encodeURIComponent;

describe('GET /api/nodes/:id/neighbours', () => {
  it('gives the 11 resolutions the origin document recalls, each edge with its provenance', async () => {
    const { status, body } = await get(`/api/nodes/${enc('A/RES/64/25')}/neighbours?type=RECALLS&direction=out`);
    expect(status).toBe(200);
    const response = NeighboursResponse.parse(body);
    expect(response.center).toBe('A/RES/64/25');
    expect(response.total).toBe(11);
    expect(response.elements.nodes.map((n) => n.data.id)).toContain('A/RES/64/25');
    expect(response.elements.nodes.filter((n) => n.data.id !== 'A/RES/64/25')).toHaveLength(11);
    expect(response.elements.edges).toHaveLength(11);
    for (const { data } of response.elements.edges) {
      expect(data).toMatchObject({ source: 'A/RES/64/25', type: 'RECALLS', doc: 'A/RES/64/25', paragraph: 'pp1', lead: 'Recalling', stance: 'neutral' });
      expect(data.quote).toMatch(new RegExp(`^${data.target.replace('A/RES/', '')} of \\d+ \\w+ \\d{4}$`));
    }
    // Newest first: the dates the citing text gives the stubs.
    const dates = response.elements.nodes.slice(1).map((n) => n.data.date);
    expect(dates[0]).toBe('2008-12-02');
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(response.groups).toContainEqual({ key: 'lead:Recalling', label: 'Recalling', count: 11 });
    expect(response.groups).toContainEqual({ key: 'body:GA', label: 'GA', count: 11 });
  });

  it('follows the direction asked for', async () => {
    const incoming = NeighboursResponse.parse((await get(`/api/nodes/${enc(chain(5))}/neighbours?direction=in`)).body);
    expect(incoming.elements.nodes.map((n) => n.data.id).sort()).toEqual([chain(5), chain(6)].sort());
    const both = NeighboursResponse.parse((await get(`/api/nodes/${enc(chain(5))}/neighbours`)).body);
    expect(both.total).toBe(2);
    expect(both.elements.edges.map((e) => `${e.data.source}>${e.data.target}`).sort()).toEqual([`${chain(5)}>${chain(4)}`, `${chain(6)}>${chain(5)}`]);
  });

  it('pages through a large set newest first and summarises all of it by body, decade and lead', async () => {
    const seen = new Set<string>();
    let previousOldest = '9999';
    for (const offset of [0, 250, 500]) {
      const response = NeighboursResponse.parse((await get(`/api/nodes/${enc(fanRoot)}/neighbours?direction=out&limit=250&offset=${offset}`)).body);
      expect(response.total).toBe(600);
      const page = response.elements.nodes.filter((n) => n.data.id !== fanRoot);
      expect(page).toHaveLength(offset === 500 ? 100 : 250);
      expect(response.elements.edges).toHaveLength(page.length);
      const dates = page.map((n) => n.data.date ?? '');
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(dates[0]! <= previousOldest).toBe(true);
      previousOldest = dates[dates.length - 1]!;
      for (const n of page) {
        expect(seen.has(n.data.id)).toBe(false);
        seen.add(n.data.id);
      }
      const decades = response.groups.filter((g) => g.key.startsWith('decade:'));
      expect(decades.reduce((sum, g) => sum + g.count, 0)).toBe(600);
      expect(decades.map((g) => g.key).sort()).toEqual(['decade:1950s', 'decade:1960s', 'decade:1970s', 'decade:1980s', 'decade:1990s', 'decade:2000s', 'decade:2010s']);
      expect(response.groups).toContainEqual({ key: 'body:GA', label: 'GA', count: 600 });
      expect(response.groups).toContainEqual({ key: 'lead:Recalling', label: 'Recalling', count: 400 });
      expect(response.groups).toContainEqual({ key: 'lead:Reaffirming', label: 'Reaffirming', count: 200 });
    }
    expect(seen.size).toBe(600);
  });

  it('uses 50 as the default page size', async () => {
    const response = NeighboursResponse.parse((await get(`/api/nodes/${enc(fanRoot)}/neighbours`)).body);
    expect(response.elements.nodes).toHaveLength(51);
    expect(response.total).toBe(600);
  });

  it.each(['limit=0', 'limit=501', 'offset=-1', 'direction=sideways', 'type=LIKES'])('answers %s with 400', async (query) => {
    const { status, body } = await get(`/api/nodes/${enc(chain(1))}/neighbours?${query}`);
    expect(status).toBe(400);
    expect(body.error.details.length).toBeGreaterThan(0);
  });

  it('answers a node with no neighbours of the kind asked for with none, not 404', async () => {
    for (const [id, query] of [[chain(1), 'direction=out'], [chain(12), 'direction=in'], [chain(5), 'type=CITES']] as const) {
      const { status, body } = await get(`/api/nodes/${enc(id)}/neighbours?${query}`);
      expect(status, `${id} ${query}`).toBe(200);
      const response = NeighboursResponse.parse(body);
      expect(response).toMatchObject({ center: id, total: 0, groups: [] });
      expect(response.elements.nodes.map((n) => n.data.id)).toEqual([id]);
      expect(response.elements.edges).toEqual([]);
    }
  });

  it('answers an unknown node with 404', async () => {
    expect((await get(`/api/nodes/${enc('A/RES/1/999')}/neighbours`)).status).toBe(404);
  });
});

describe('GET /api/chain/:id', () => {
  for (let depth = 1; depth <= 10; depth++) {
    it(`walks ancestors and descendants exactly ${depth} level${depth > 1 ? 's' : ''} deep`, async () => {
      const up = ChainResponse.parse((await get(`/api/chain/${enc(chain(11))}?direction=ancestors&depth=${depth}`)).body);
      expect(up.root).toBe(chain(11));
      expect(up.depthReached).toBe(depth);
      expect(up.truncated).toBe(false);
      expect(up.elements.nodes.map((n) => n.data.id).sort()).toEqual(Array.from({ length: depth + 1 }, (_, i) => chain(11 - i)).sort());
      expect(up.elements.edges).toHaveLength(depth);
      for (const { data } of up.elements.edges) expect(data).toMatchObject({ type: 'RECALLS', lead: 'Recalling', quote: data.target.replace('A/RES/', '') });

      const down = ChainResponse.parse((await get(`/api/chain/${enc(chain(1))}?direction=descendants&depth=${depth}`)).body);
      expect(down.depthReached).toBe(depth);
      // From level 6 on, 90/12 also comes in: it cites 90/6 (reached at level 5) directly.
      const expected = Array.from({ length: depth + 1 }, (_, i) => chain(i + 1)).concat(depth >= 6 ? [chain(12)] : []);
      expect(down.elements.nodes.map((n) => n.data.id).sort()).toEqual(expected.sort());
      expect(down.elements.edges).toHaveLength(depth >= 6 ? depth + 1 : depth);
      // Edges keep the direction of citation: the later resolution recalls the earlier one.
      for (const { data } of down.elements.edges) {
        if (data.type === 'CITES') expect([data.source, data.target]).toEqual([chain(12), chain(6)]);
        else expect(Number(data.source.split('/')[3])).toBe(Number(data.target.split('/')[3]) + 1);
      }
    });
  }

  it('stops where the chain ends and reads each node once however many paths reach it', async () => {
    const response = ChainResponse.parse((await get(`/api/chain/${enc(chain(12))}?depth=10`)).body);
    // 90/12 reaches 90/6 in one hop and in six: 90/1 is 6 levels down through the shortcut.
    expect(response.depthReached).toBe(6);
    expect(new Set(response.elements.nodes.map((n) => n.data.id)).size).toBe(12);
    expect(response.elements.nodes).toHaveLength(12);
    expect(response.elements.edges).toHaveLength(12);
  });

  it('uses depth 3 and ancestors by default', async () => {
    const response = ChainResponse.parse((await get(`/api/chain/${enc(chain(10))}`)).body);
    expect(response.depthReached).toBe(3);
    expect(response.elements.nodes).toHaveLength(4);
  });

  it('caps the chain at 500 nodes and says it was cut', async () => {
    const response = ChainResponse.parse((await get(`/api/chain/${enc(fanRoot)}?depth=10`)).body);
    expect(response.elements.nodes).toHaveLength(500);
    expect(response.truncated).toBe(true);
    expect(response.depthReached).toBe(1);
    const ids = new Set(response.elements.nodes.map((n) => n.data.id));
    for (const { data } of response.elements.edges) expect(ids.has(data.target)).toBe(true);
  });

  it.each(['depth=11', 'depth=0', 'depth=x', 'direction=up'])('answers %s with 400', async (query) => {
    const { status, body } = await get(`/api/chain/${enc(chain(3))}?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad-request');
  });

  it('answers an unknown document with 404', async () => {
    expect((await get(`/api/chain/${enc('A/RES/1/999')}`)).status).toBe(404);
  });
});

describe('GET /api/path', () => {
  it('finds the shortest chain of citation, following its direction, with the quote of every edge', async () => {
    const response = PathResponse.parse((await get(`/api/path?from=${enc(chain(12))}&to=${enc(chain(3))}`)).body);
    expect(response.paths[0]).toMatchObject({ nodes: [chain(12), chain(6), chain(5), chain(4), chain(3)], length: 4, direction: 'forward' });
    const edges = new Map(response.elements.edges.map((e) => [e.data.id, e.data]));
    const first = response.paths[0]!.edges.map((id) => edges.get(id));
    expect(first.map((e) => e?.quote)).toEqual(['see resolution 90/6', '90/5', '90/4', '90/3']);
    expect(first[0]).toMatchObject({ type: 'CITES', footnote: '3', paragraph: 'op2' });
    const lengths = response.paths.map((p) => p.length);
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    for (const p of response.paths) expect(p.edges).toHaveLength(p.length);
  });

  it('finds the chain the other way round and says so', async () => {
    const response = PathResponse.parse((await get(`/api/path?from=${enc(chain(3))}&to=${enc(chain(12))}`)).body);
    expect(response.paths[0]).toMatchObject({ nodes: [chain(12), chain(6), chain(5), chain(4), chain(3)], direction: 'backward', length: 4 });
  });

  it('finds the real recall of 58/32 by the origin document', async () => {
    const response = PathResponse.parse((await get(`/api/path?from=${enc('A/RES/64/25')}&to=${enc('A/RES/58/32')}`)).body);
    expect(response.paths).toHaveLength(1);
    expect(response.paths[0]).toMatchObject({ nodes: ['A/RES/64/25', 'A/RES/58/32'], length: 1, direction: 'forward' });
    expect(response.elements.edges[0]?.data.quote).toBe('58/32 of 8 December 2003');
  });

  it('keeps to max and to 10 hops, and finds nothing between unrelated nodes', async () => {
    const one = PathResponse.parse((await get(`/api/path?from=${enc(chain(12))}&to=${enc(chain(1))}&max=1`)).body);
    expect(one.paths).toHaveLength(1);
    expect(one.paths[0]?.length).toBe(6);
    const none = PathResponse.parse((await get(`/api/path?from=${enc(chain(12))}&to=${enc('A/RES/64/25')}`)).body);
    expect(none).toEqual({ paths: [], elements: { nodes: [], edges: [] } });
  });

  it.each([['missing to', `from=${enc(chain(1))}`], ['max 0', `from=${enc(chain(1))}&to=${enc(chain(2))}&max=0`]])('answers %s with 400', async (_name, query) => {
    expect((await get(`/api/path?${query}`)).status).toBe(400);
  });

  it('answers an unknown end with 404', async () => {
    expect((await get(`/api/path?from=${enc(chain(1))}&to=${enc('A/RES/1/999')}`)).status).toBe(404);
  });
});
