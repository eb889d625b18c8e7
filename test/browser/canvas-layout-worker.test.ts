import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Elements, NodeData } from '../../web/app/src/api/types.ts';
import { keepScreenshot } from '../support/browser.ts';
import { openExplorer, searchAndPick, seed, settle, startExplorerWorld, type ExplorerWorld } from '../support/explorer-page.ts';

let world: ExplorerWorld;
beforeAll(async () => {
  world = await startExplorerWorld([seed]);
});
afterAll(async () => {
  await world?.close();
});

interface LayoutRecord { thread: string; nodes: number; positioned: number; ms: number }
interface Probe { lastLayout: LayoutRecord | null; busy: boolean; canvasNodes: string[]; position(id: string): { x: number; y: number } | null; addElements(e: Elements): string[] }
const hook = (page: Page) => page.evaluate(() => {
  const h = (window as unknown as { __resograph: Probe }).__resograph;
  return { lastLayout: h.lastLayout, nodes: h.canvasNodes, positions: h.canvasNodes.map((id) => h.position(id)) };
});

/** A few hundred made-up resolutions, each citing a few before it: a graph of the size a busy view reaches. */
function madeUpGraph(count: number): Elements {
  const node = (i: number): NodeData => ({ id: `A/RES/90/${i}`, type: 'resolution', label: `90/${i}`, title: null, date: null, body: 'GA', session: 90, agendaItem: null, stub: false, synthetic: true, citedBy: i % 7 });
  const nodes = Array.from({ length: count }, (_, i) => ({ data: node(i) }));
  const edges = nodes.flatMap((_, i) => [1, 3].filter((k) => i >= k).map((k) => ({
    data: { id: `e${i}-${k}`, source: `A/RES/90/${i}`, target: `A/RES/90/${i - k}`, type: 'CITES' as const, doc: `A/RES/90/${i}`, paragraph: null, lead: null, quote: null, footnote: null, stance: 'neutral' },
  })));
  return { nodes, edges };
}

/** Adds the graph through the hook and returns the longest main-thread task until its layout ended. */
async function addAndLayOut(page: Page, elements: Elements): Promise<number> {
  await page.evaluate((e) => {
    const w = window as unknown as { __longest: number; __resograph: Probe };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask' });
    w.__resograph.addElements(e);
  }, elements);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __resograph: Probe }).__resograph.lastLayout !== null), { timeout: 120_000 }).toBe(true);
  await settle(page);
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

describe('layouts in the worker', () => {
  it('lay out a growing view in the worker: the grown node keeps its place', async () => {
    const { page, errors } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    const before = await page.evaluate(() => (window as unknown as { __resograph: Probe }).__resograph.position('A/RES/64/25'));
    await page.getByRole('button', { name: 'Expand all' }).click();
    await settle(page);
    const after = await hook(page);
    expect(after.lastLayout).toMatchObject({ thread: 'worker', nodes: after.nodes.length, positioned: after.nodes.length });
    expect(after.positions[after.nodes.indexOf('A/RES/64/25')]).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('return a position for every node of 300, with the page free meanwhile; without a worker the main thread does it', async () => {
    const graph = madeUpGraph(300);
    const { page, errors } = await openExplorer(world);
    const inWorker = await addAndLayOut(page, graph);
    const worker = await hook(page);
    expect(worker.lastLayout).toMatchObject({ thread: 'worker', nodes: 300, positioned: 300 });
    for (const p of worker.positions) expect(Number.isFinite(p!.x) && Number.isFinite(p!.y)).toBe(true);
    await keepScreenshot(page, 'canvas-layout-worker-300');

    const fallback = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await fallback.addInitScript(() => {
      (window as unknown as { Worker: unknown }).Worker = undefined;
    });
    await fallback.goto(world.server.url);
    await expect.poll(() => fallback.evaluate(() => 'nodes' in ((window as unknown as { __resograph?: object }).__resograph ?? {})), { timeout: 10_000 }).toBe(true);
    await settle(fallback);
    const onMain = await addAndLayOut(fallback, graph);
    const main = await hook(fallback);
    expect(main.lastLayout).toMatchObject({ thread: 'main', nodes: 300, positioned: 300 });
    // The worker's page only draws; the main-thread layout blocks for the whole fcose run.
    expect(inWorker).toBeLessThan(onMain);
    expect(errors).toEqual([]);
  });
});
