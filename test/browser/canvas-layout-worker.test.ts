import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Elements, NodeData } from '../../web/app/src/api/types.ts';
import { keepScreenshot } from '../support/browser.ts';
import { seed, settle, startExplorerWorld, type ExplorerWorld } from '../support/explorer-page.ts';

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

/** Made-up resolutions each citing two before it as citations go, many citing a few (a chain would lay out as a line too long to fit). */
function hubGraph(count: number): Elements {
  const { nodes } = madeUpGraph(count);
  const edges = nodes.slice(1).flatMap((_, j) => [2, 5].map((k) => ({
    data: { id: `h${j + 1}-${k}`, source: `A/RES/90/${j + 1}`, target: `A/RES/90/${Math.floor((j + 1) / k)}`, type: 'CITES' as const, doc: `A/RES/90/${j + 1}`, paragraph: null, lead: null, quote: null, footnote: null, stance: 'neutral' },
  })));
  return { nodes, edges };
}

const added = (page: Page, elements: Elements) => page.evaluate((e) => (window as unknown as { __resograph: Probe }).__resograph.addElements(e), elements);

async function laidOut(page: Page, runs: number): Promise<void> {
  await expect.poll(() => page.evaluate(() => (window as unknown as { __resograph: { layoutsRun: number } }).__resograph.layoutsRun), { timeout: 120_000 }).toBeGreaterThanOrEqual(runs);
  await settle(page);
}

/** Lays the whole view out again (the Network button) and returns the longest main-thread task meanwhile. */
async function relayout(page: Page): Promise<number> {
  const runs = await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __resograph: { layoutsRun: number } };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask' });
    return w.__resograph.layoutsRun;
  });
  await page.getByRole('radio', { name: 'Network' }).click();
  await laidOut(page, runs + 1);
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

async function openPage(noWorker: boolean): Promise<Page> {
  const page = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
  if (noWorker) {
    await page.addInitScript(() => {
      (window as unknown as { Worker: unknown }).Worker = undefined;
    });
  }
  await page.goto(world.server.url);
  await expect.poll(() => page.evaluate(() => 'nodes' in ((window as unknown as { __resograph?: object }).__resograph ?? {})), { timeout: 10_000 }).toBe(true);
  await settle(page);
  return page;
}

describe('layouts in the worker', () => {
  it('lay out a growing view in the worker: every node positioned, the nodes already there kept in place', async () => {
    const graph = madeUpGraph(160);
    const page = await openPage(false);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await added(page, { nodes: graph.nodes.slice(0, 120), edges: graph.edges.filter((e) => Number(e.data.source.split('/')[2]) < 120) });
    await laidOut(page, 1);
    const first = await hook(page);
    expect(first.lastLayout).toMatchObject({ thread: 'worker', nodes: 120, positioned: 120 });
    await added(page, graph);
    await laidOut(page, 2);
    const grown = await hook(page);
    expect(grown.lastLayout).toMatchObject({ thread: 'worker', nodes: 160, positioned: 160 });
    for (const [i, id] of first.nodes.entries()) expect(grown.positions[grown.nodes.indexOf(id)]).toEqual(first.positions[i]);
    for (const p of grown.positions) expect(Number.isFinite(p!.x) && Number.isFinite(p!.y)).toBe(true);
    await keepScreenshot(page, 'canvas-layout-worker-grown');
    expect(errors).toEqual([]);
  });

  it('lay a large first view out before drawing it: no node on the canvas until all stand where the worker put them, fitted', async () => {
    const graph = hubGraph(700);
    for (const noWorker of [false, true]) {
      const page = await openPage(noWorker);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await watchUnplacedDrawing(page);
      await added(page, graph);
      await laidOut(page, 1);
      const after = await hook(page);
      expect(after.nodes).toHaveLength(700);
      expect(after.lastLayout).toMatchObject({ thread: noWorker ? 'main' : 'worker', nodes: 700, positioned: 700 });
      // Without a worker nothing can be planned ahead: the view is drawn, then laid out, as any other.
      expect(await page.evaluate(() => (window as unknown as { __drawnUnplaced: boolean }).__drawnUnplaced)).toBe(noWorker);
      const moves = await page.evaluate(() => (window as unknown as { __resograph: { nodeMoves: number } }).__resograph.nodeMoves);
      if (noWorker) expect(moves).toBeGreaterThan(0);
      else expect(moves).toBe(0);
      const box = (await page.getByTestId('canvas').boundingBox())!;
      const rendered = await page.evaluate((ids) => ids.map((id) => {
        const h = (window as unknown as { __resograph: { position(id: string): { x: number; y: number }; rendered(p: { x: number; y: number }): { x: number; y: number } } }).__resograph;
        return h.rendered(h.position(id));
      }), after.nodes);
      for (const p of rendered) {
        expect(p.x, noWorker ? 'main thread' : 'worker').toBeGreaterThanOrEqual(0);
        expect(p.x, noWorker ? 'main thread' : 'worker').toBeLessThanOrEqual(box.width);
        expect(p.y, noWorker ? 'main thread' : 'worker').toBeGreaterThanOrEqual(0);
        expect(p.y, noWorker ? 'main thread' : 'worker').toBeLessThanOrEqual(box.height);
      }
      // Fitted: the drawing fills the canvas one way or the other, not a speck in the middle.
      const spanX = Math.max(...rendered.map((p) => p.x)) - Math.min(...rendered.map((p) => p.x));
      const spanY = Math.max(...rendered.map((p) => p.y)) - Math.min(...rendered.map((p) => p.y));
      expect(Math.max(spanX / box.width, spanY / box.height)).toBeGreaterThan(0.7);
      if (!noWorker) await keepScreenshot(page, 'canvas-layout-worker-700');
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('place a large first timeline as they add it: drawn once, where the timeline puts it', async () => {
    const graph = hubGraph(700);
    for (const [i, n] of graph.nodes.entries()) n.data.date = `${1950 + (i % 70)}-06-01`;
    const page = await openPage(false);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.getByRole('radio', { name: 'Timeline' }).click();
    await settle(page);
    await watchUnplacedDrawing(page);
    const runs = await page.evaluate(() => (window as unknown as { __resograph: { layoutsRun: number } }).__resograph.layoutsRun);
    await added(page, graph);
    await laidOut(page, runs + 1);
    const after = await hook(page);
    expect(after.nodes).toHaveLength(700);
    expect(after.lastLayout).toMatchObject({ thread: 'preset', nodes: 700, positioned: 700 });
    expect(await page.evaluate(() => (window as unknown as { __drawnUnplaced: boolean }).__drawnUnplaced)).toBe(false);
    // Later years stand further right, and no layout ran after the nodes were added.
    const x = (i: number) => after.positions[after.nodes.indexOf(`A/RES/90/${i}`)]!.x;
    expect(x(69)).toBeGreaterThan(x(0));
    expect(await page.evaluate(() => (window as unknown as { __resograph: { layoutsRun: number } }).__resograph.layoutsRun)).toBe(runs + 1);
    // Added where the timeline puts them: not on rings first and moved after.
    expect(await page.evaluate(() => (window as unknown as { __resograph: { nodeMoves: number } }).__resograph.nodeMoves)).toBe(0);
    await keepScreenshot(page, 'canvas-timeline-700');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draw the edges of a large view as plain haystack lines, those of a small one curved; the legend says which', async () => {
    const curve = (page: Page) => page.evaluate(() => (window as unknown as { __resograph: { edgeCurve: string | null } }).__resograph.edgeCurve);
    const legendLine = (page: Page) => page.getByRole('checkbox', { name: 'cites' }).locator('xpath=..').locator('svg').getAttribute('data-line');
    for (const [graph, drawn] of [[madeUpGraph(120), 'bezier'], [hubGraph(700), 'haystack']] as const) {
      const page = await openPage(false);
      await added(page, graph);
      await laidOut(page, 1);
      expect(await curve(page)).toBe(drawn);
      expect(await legendLine(page)).toBe(drawn === 'haystack' ? 'solid' : 'dashed');
      await expect.poll(() => page.getByTestId('plain-edges-note').count()).toBe(drawn === 'haystack' ? 1 : 0);
      if (drawn === 'haystack') await keepScreenshot(page, 'canvas-large-view-legend');
      await page.close();
    }
  });

  it('keep the page free while 300 nodes are laid out again; without a worker the main thread does it and blocks longer', async () => {
    const graph = madeUpGraph(300);
    const longest: Record<string, number> = {};
    for (const noWorker of [false, true]) {
      const page = await openPage(noWorker);
      await added(page, graph);
      await laidOut(page, 1);
      longest[noWorker ? 'main' : 'worker'] = await relayout(page);
      const after = await hook(page);
      expect(after.lastLayout).toMatchObject({ thread: noWorker ? 'main' : 'worker', nodes: 300, positioned: 300 });
      if (!noWorker) await keepScreenshot(page, 'canvas-layout-worker-300');
      await page.close();
    }
    // In the worker the page only moves nodes and draws; on the main thread it also runs the whole of fcose.
    expect(longest.worker).toBeLessThan(longest.main!);
  });
});

/** From now on, every frame notes whether nodes were on the canvas before any layout had ended (read `__drawnUnplaced`). */
async function watchUnplacedDrawing(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __drawnUnplaced: boolean; __resograph: { canvasNodes: string[]; lastLayout: unknown } };
    w.__drawnUnplaced = false;
    const frame = () => {
      if (w.__resograph.lastLayout === null && w.__resograph.canvasNodes.length > 0) w.__drawnUnplaced = true;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
