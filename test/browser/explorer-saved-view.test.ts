import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { keepScreenshot } from '../support/browser.ts';
import { openExplorer, readHook, searchAndPick, seed, settle, startExplorerWorld, type ExplorerWorld } from '../support/explorer-page.ts';

let world: ExplorerWorld;
beforeAll(async () => {
  world = await startExplorerWorld([seed]);
});
afterAll(async () => {
  await world?.close();
});

type Arrangement = { positions: Record<string, { x: number; y: number }>; zoom: number; pan: { x: number; y: number } };
const arrangementOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __resograph: { arrangement: Arrangement } }).__resograph.arrangement);
const pinnedOf = (page: Page) => page.evaluate(() => (window as unknown as { __resograph: { pinned: string[] } }).__resograph.pinned);

/** Drags a node by (dx, dy) pixels on the canvas. */
async function drag(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  const at = await page.evaluate((nodeId) => {
    const hook = (window as unknown as { __resograph: { position(id: string): { x: number; y: number }; rendered(p: { x: number; y: number }): { x: number; y: number } } }).__resograph;
    return hook.rendered(hook.position(nodeId));
  }, id);
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.mouse.down();
  await page.mouse.move(box.x + at.x + dx / 2, box.y + at.y + dy / 2, { steps: 4 });
  await page.mouse.move(box.x + at.x + dx, box.y + at.y + dy, { steps: 4 });
  await page.mouse.up();
}

describe('saved views', () => {
  it('keeps the positions the user arranged under a short link that reopens exactly as left', async () => {
    const { page, errors } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await settle(page);
    const before = await arrangementOf(page);
    await drag(page, 'A/RES/53/70', 140, -90);
    await page.getByTestId('node-list').getByRole('option', { name: /^53\/70/ }).click();
    await page.getByRole('button', { name: 'Pin' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const left = await arrangementOf(page);
    expect(left.positions['A/RES/53/70']!.x - before.positions['A/RES/53/70']!.x).toBeGreaterThan(40);

    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    expect(await dialog.getByLabel(/^Link/).inputValue()).toContain('n=A%2FRES%2F64%2F25');
    await dialog.getByRole('button', { name: 'Save view with positions' }).click();
    const short = await dialog.getByTestId('short-link').inputValue();
    expect(short).toMatch(new RegExp(`^${world.server.url}/v/[A-Za-z0-9_-]{10}$`));
    await keepScreenshot(page, 'explorer-share-dialog');
    const original = await readHook(page);

    const { page: reopened, errors: reopenErrors } = await openExplorer(world, short.slice(world.server.url.length + 1));
    await expect.poll(async () => (await readHook(reopened)).canvasNodes.length, { timeout: 20_000 }).toBe(original.canvasNodes.length);
    await settle(reopened);
    const back = await arrangementOf(reopened);
    expect(Object.keys(back.positions).sort()).toEqual(Object.keys(left.positions).sort());
    for (const [id, at] of Object.entries(left.positions)) {
      expect(back.positions[id]!.x, id).toBeCloseTo(at.x, 1);
      expect(back.positions[id]!.y, id).toBeCloseTo(at.y, 1);
    }
    expect(back.zoom).toBeCloseTo(left.zoom, 5);
    expect(back.pan.x).toBeCloseTo(left.pan.x, 1);
    expect(back.pan.y).toBeCloseTo(left.pan.y, 1);
    expect(await pinnedOf(reopened)).toEqual(['A/RES/53/70']);
    expect((await readHook(reopened)).selected).toBe('A/RES/53/70');
    // The short link stays in the address bar until the view changes; then the bar holds the long link again.
    expect(reopened.url()).toBe(short);
    await keepScreenshot(reopened, 'explorer-saved-view-reopened');
    await reopened.keyboard.press('Escape');
    await reopened.getByRole('application', { name: /Graph canvas/ }).focus();
    await reopened.keyboard.press('Escape');
    await expect.poll(() => reopened.url()).toMatch(/\/\?n=/);
    expect(errors).toEqual([]);
    expect(reopenErrors).toEqual([]);
  });

  it('reopens a saved view with one request for all its nodes and the edges among them', async () => {
    const around = await (await fetch(`${world.server.url}/api/nodes/${encodeURIComponent('A/RES/64/25')}/neighbours?limit=500`)).json();
    const nodes = (around.elements.nodes as { data: { id: string } }[]).map((n) => n.data.id);
    expect(nodes.length).toBeGreaterThan(10);
    const positions = Object.fromEntries(nodes.map((id, i) => [id, { x: (i % 6) * 120, y: Math.floor(i / 6) * 110 }]));
    const saved = await fetch(`${world.server.url}/api/views`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nodes, selected: null, layout: 'fcose', lanes: 'body', filters: { hiddenTypes: [], hiddenRelations: [], fromYear: null, toYear: null }, pinned: [], positions, zoom: 0.8, pan: { x: 40, y: 30 } }),
    });
    const { path } = await saved.json();
    const page = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) asked.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    await page.goto(`${world.server.url}${path}`);
    await expect.poll(async () => (await readHook(page)).canvasNodes.length, { timeout: 20_000 }).toBe(nodes.length);
    await settle(page);
    const hook = await readHook(page);
    const edges = new Set(hook.edges.map((e) => e.id));
    for (const { data } of around.elements.edges as { data: { id: string } }[]) expect(edges.has(data.id), data.id).toBe(true);
    expect(asked.filter((r) => r.startsWith('POST /api/view-elements'))).toHaveLength(1);
    expect(asked.filter((r) => r.includes('/api/nodes/'))).toEqual([]);
    expect((await arrangementOf(page)).positions[nodes[7]!]).toEqual(positions[nodes[7]!]);
    await page.close();
  });

  it('says so when a short link names no saved view', async () => {
    const { page } = await openExplorer(world, 'v/AAAAAAAAAA');
    await expect.poll(() => page.getByTestId('error').textContent()).toContain('No saved view AAAAAAAAAA');
  });
});
