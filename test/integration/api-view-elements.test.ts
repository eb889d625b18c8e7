import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewElementsResponse } from '../../graph/model/api.ts';
import { cleanDatabase } from '../support/clean-db.ts';
import { startTestServer, type TestServer } from '../support/app-server.ts';

// A view's nodes and the edges among them in one request, against the real Neo4j. The graph is written here
// with parameterised Cypher: a ring of resolutions each recalling the next, a stub they cite, a conference held
// in a place, and one resolution outside the view, so the answer has exact expected nodes and edges.

let server: TestServer;
const ring = (i: number) => `A/RES/95/${i}`;
const ringSize = 1200;

beforeAll(async () => {
  server = await startTestServer();
  await cleanDatabase(server.conn);
  const write = { database: server.conn.database };
  await server.conn.driver.executeQuery(
    `UNWIND range(1, $size) AS i
     CREATE (:Document:Resolution {symbol: 'A/RES/95/' + i, number: '95/' + i, title: 'Ring ' + i, body: 'GA', stub: false, adopted: '2040-01-01'})`,
    { size: neo4j.int(ringSize) }, write);
  await server.conn.driver.executeQuery(
    `UNWIND range(1, $size) AS i
     MATCH (a:Document {symbol: 'A/RES/95/' + i}), (b:Document {symbol: 'A/RES/95/' + (i % $size + 1)})
     CREATE (a)-[:RECALLS {source: a.symbol, paragraph: 'pp1', lead: 'Recalling', quote: b.number, stance: 'neutral'}]->(b)`,
    { size: neo4j.int(ringSize) }, write);
  await server.conn.driver.executeQuery(
    `MATCH (a:Document {symbol: 'A/RES/95/1'})
     CREATE (a)-[:CITES {source: a.symbol, paragraph: 'op2', lead: 'Takes note of', quote: 'report A/95/100', date: '2039-05-06', stance: 'neutral'}]->
       (:Document:Report {symbol: 'A/95/100', stub: true})
     CREATE (a)-[:REFERS_TO {source: a.symbol, paragraph: 'op3', lead: 'Welcomes', quote: 'the Summit', stance: 'neutral'}]->
       (c:Conference {key: 'summit-95', name: 'Summit of 2039'})-[:HELD_IN {source: a.symbol}]->(:Place {name: 'Nairobi'})
     CREATE (:Document:Resolution {symbol: 'A/RES/96/1', number: '96/1', body: 'GA', stub: false})-[:RECALLS {source: 'A/RES/96/1', paragraph: 'pp1', stance: 'neutral'}]->(a)`,
    {}, write);
});
afterAll(() => server?.close());

const post = (body: unknown) =>
  fetch(`${server.url}/api/view-elements`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/view-elements', () => {
  it('gives every node of a 1,200-node view and exactly the edges among them, in one answer', async () => {
    const ids = Array.from({ length: ringSize }, (_, i) => ring(i + 1));
    const response = await post({ ids });
    expect(response.status).toBe(200);
    const body = ViewElementsResponse.parse(await response.json());
    expect(body.elements.nodes.map((n) => n.data.id)).toEqual(ids);
    expect(body.elements.edges).toHaveLength(ringSize);
    const pairs = new Set(body.elements.edges.map((e) => `${e.data.source}>${e.data.target}`));
    for (let i = 1; i <= ringSize; i++) expect(pairs.has(`${ring(i)}>${ring((i % ringSize) + 1)}`)).toBe(true);
    expect(body.elements.edges[0]!.data).toMatchObject({ type: 'RECALLS', lead: 'Recalling', paragraph: 'pp1' });
    expect(body).toMatchObject({ missing: [], truncated: false });
  });

  it('reads nodes of every label by their own key, dates a stub from the text citing it, and leaves out edges to nodes outside the view', async () => {
    const ids = [ring(1), 'A/95/100', 'Conference:summit-95', 'Place:Nairobi', ring(2)];
    const body = ViewElementsResponse.parse(await (await post({ ids })).json());
    expect(body.elements.nodes.map((n) => [n.data.id, n.data.type])).toEqual([
      [ring(1), 'resolution'], ['A/95/100', 'report'], ['Conference:summit-95', 'conference'], ['Place:Nairobi', 'place'], [ring(2), 'resolution'],
    ]);
    expect(body.elements.nodes.find((n) => n.data.id === 'A/95/100')!.data).toMatchObject({ stub: true, date: '2039-05-06' });
    // 95/1 recalls 95/2, cites the report, refers to the summit, which is held in Nairobi; 96/1 and 95/1200 are not in the view.
    expect(body.elements.edges.map((e) => `${e.data.source}>${e.data.type}>${e.data.target}`).sort()).toEqual([
      `${ring(1)}>CITES>A/95/100`, `${ring(1)}>RECALLS>${ring(2)}`, `${ring(1)}>REFERS_TO>Conference:summit-95`, 'Conference:summit-95>HELD_IN>Place:Nairobi',
    ].sort());
  });

  it('names the ids the graph has no node for, once each, and reads text in ids only as values', async () => {
    const odd = "Conference:x'}) DETACH DELETE n //";
    const body = ViewElementsResponse.parse(await (await post({ ids: [ring(3), 'A/RES/1/404', ring(3), odd, 'Place:Atlantis'] })).json());
    expect(body.elements.nodes.map((n) => n.data.id)).toEqual([ring(3)]);
    expect(body.missing).toEqual(['A/RES/1/404', odd, 'Place:Atlantis']);
    const count = await server.conn.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: server.conn.database });
    expect(count.records[0]!.get('n').toNumber()).toBe(ringSize + 4);
  });

  it('answers 400 to no ids, to more than a saved view holds, and to fields it does not know', async () => {
    for (const body of [{ ids: [] }, { ids: Array.from({ length: 5001 }, (_, i) => `A/RES/1/${i}`) }, { ids: [ring(1)], limit: 3 }, {}, { ids: [''] }]) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect((await response.json()).error.code).toBe('bad-request');
    }
  });
});
