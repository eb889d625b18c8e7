import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/app-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const view = {
  nodes: ['A/RES/64/25', 'A/RES/53/70', 'Conference:wsis'],
  selected: 'A/RES/53/70',
  layout: 'chronological',
  lanes: 'agendaItem',
  filters: { hiddenTypes: ['place'], hiddenRelations: ['CITES'], fromYear: 1998, toYear: null },
  pinned: ['A/RES/64/25'],
  positions: { 'A/RES/64/25': { x: 120.5, y: -40 }, 'A/RES/53/70': { x: -300, y: 18.25 }, 'Conference:wsis': { x: 0, y: 0 } },
  zoom: 1.35,
  pan: { x: 210, y: 95 },
};

const post = (body: unknown) =>
  fetch(`${server.url}/api/views`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('saved views', () => {
  it('keeps a view with its positions under a short id and gives it back exactly', async () => {
    const created = await post(view);
    expect(created.status).toBe(201);
    const { id, path } = await created.json();
    expect(id).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(path).toBe(`/v/${id}`);
    const read = await fetch(`${server.url}/api/views/${id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(view);
  });

  it('gives the same content the same id, and other content another', async () => {
    const first = await (await post(view)).json();
    const again = await (await post(view)).json();
    const moved = await (await post({ ...view, positions: { ...view.positions, 'Conference:wsis': { x: 1, y: 0 } } })).json();
    expect(again.id).toBe(first.id);
    expect(moved.id).not.toBe(first.id);
    expect(readdirSync(server.viewsDir).filter((f) => f.endsWith('.json')).sort()).toEqual([`${first.id}.json`, `${moved.id}.json`].sort());
  });

  it('refuses a malformed view and names the field', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...view, nodes: [] }, /nodes: a saved view holds at least one node/],
      [{ ...view, layout: 'spiral' }, /layout/],
      [{ ...view, positions: { 'A/RES/64/25': { x: 'left', y: 0 } } }, /positions\.A\/RES\/64\/25\.x/],
      [{ ...view, zoom: -1 }, /zoom/],
      [{ ...view, script: '<b>' }, /script|Unrecognized/i],
    ];
    for (const [body, message] of cases) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect((await response.json()).error.message).toMatch(message);
    }
    expect(readdirSync(server.viewsDir).filter((f) => f.endsWith('.json')).length).toBeLessThanOrEqual(2);
  });

  it('answers 404 for an id it does not hold and 400 for one that cannot be an id', async () => {
    const missing = await fetch(`${server.url}/api/views/AAAAAAAAAA`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toContain('No saved view AAAAAAAAAA');
    const bad = await fetch(`${server.url}/api/views/..%2F..%2Fetc`);
    expect(bad.status).toBe(400);
  });
});
