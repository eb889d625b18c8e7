// In-page probes of the canvas bench: a script that runs before the page's own (long tasks, every animation
// frame, the view added through the test hook as soon as it exists), and the figures read back from it.
import type { Page } from 'playwright-core';
import type { BenchView } from './canvas-bench-view.ts';

export interface Arrangement {
  positions: Record<string, { x: number; y: number }>;
  zoom: number;
  pan: { x: number; y: number };
}

export interface OpenOptions {
  view: BenchView;
  /** Where the nodes stand (a saved view): no layout runs. */
  arrangement?: Arrangement;
  /** No Worker in the page, so layouts take the main-thread path. */
  noWorker?: boolean;
}

/** Everything measured in the page, in ms since navigation started. */
export interface PageFigures {
  /** The view handed to the page (where a reopened view's requests would have ended). */
  added: number;
  /** The frame after the first in which every node was on the canvas, wherever it stood. */
  firstFrame: number;
  /** The frame after the first in which every node was on the canvas and its layout (or saved arrangement) done: the view as the user gets it. */
  laidOutFrame: number;
  frames: number[];
  longTasks: { start: number; duration: number }[];
}

function probe(input: { view: Pick<BenchView, 'nodes' | 'edges'>; arrangement: Arrangement | null; noWorker: boolean }): void {
  const w = window as unknown as Record<string, any>;
  if (input.noWorker) w.Worker = undefined;
  const figures: PageFigures = { added: 0, firstFrame: 0, laidOutFrame: 0, frames: [], longTasks: [] };
  w.__bench = figures;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) figures.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const count = input.view.nodes.length;
  let seen = false;
  let laidOut = false;
  const frame = (at: number) => {
    figures.frames.push(at);
    // The frame after the one in which every node was on the canvas: by then cytoscape has drawn them.
    if (seen && !figures.firstFrame) figures.firstFrame = performance.now();
    if (laidOut && !figures.laidOutFrame) figures.laidOutFrame = performance.now();
    const hook = w.__resograph;
    if (!seen && figures.added && (hook?.canvasNodes.length ?? 0) >= count) seen = true;
    if (seen && !laidOut && hook.layoutsRun > 0 && !hook.busy) laidOut = true;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const wait = setInterval(() => {
    if (!w.__resograph) return;
    clearInterval(wait);
    figures.added = performance.now();
    w.__resograph.addElements(input.view, input.arrangement ?? undefined);
  }, 2);
}

export async function openView(page: Page, url: string, options: OpenOptions): Promise<void> {
  const input = { view: { nodes: options.view.nodes, edges: options.view.edges }, arrangement: options.arrangement ?? null, noWorker: options.noWorker ?? false };
  // Run through tsx, functions carry esbuild's `__name` helper, which the page does not have.
  await page.addInitScript({ content: `var __name = (f) => f; (${probe.toString()})(${JSON.stringify(input)});` });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __bench: PageFigures }).__bench.firstFrame > 0, undefined, { timeout: 120_000, polling: 100 });
}

/** Waits for the first frame of the view as laid out; false if it did not come in time. */
export async function laidOutFrame(page: Page, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: PageFigures }).__bench.laidOutFrame > 0, undefined, { timeout: timeoutMs, polling: 100 });
    return true;
  } catch {
    return false;
  }
}

export const figures = (page: Page): Promise<PageFigures> => page.evaluate(() => (window as unknown as { __bench: PageFigures }).__bench);

export interface LayoutDone {
  thread: string;
  nodes: number;
  positioned: number;
  ms: number;
}

/** Waits for the first layout's end; `null` if it did not end in time. */
export async function layoutDone(page: Page, timeoutMs: number): Promise<LayoutDone | null> {
  try {
    await page.waitForFunction(() => {
      const hook = (window as unknown as { __resograph: { lastLayout: unknown; busy: boolean } }).__resograph;
      return hook.lastLayout !== null && !hook.busy;
    }, undefined, { timeout: timeoutMs, polling: 250 });
  } catch {
    return null;
  }
  return page.evaluate(() => (window as unknown as { __resograph: { lastLayout: LayoutDone } }).__resograph.lastLayout);
}

/** Drags the canvas across in small steps, each a pan; returns frames per second over the drag and the worst frame gap. */
export async function panFps(page: Page, steps = 120): Promise<{ fps: number; worstGapMs: number }> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  // Grabbed in the fitted view's padding, so the drag pans the background rather than moving a node.
  const x = box.x + 20;
  const y = box.y + 20;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const from = await page.evaluate(() => performance.now());
  for (let i = 1; i <= steps; i += 1) await page.mouse.move(x + 300 + 250 * Math.sin(i / 12), y + 250 + 150 * Math.sin(i / 15));
  const to = await page.evaluate(() => performance.now());
  await page.mouse.up();
  const frames = (await figures(page)).frames.filter((t) => t >= from && t <= to);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  return { fps: ((frames.length - 1) * 1000) / (frames[frames.length - 1]! - frames[0]!), worstGapMs: Math.max(0, ...gaps) };
}

/** The longest main-thread task, and the longest gap between animation frames, from `from` to `to`. */
export function longestBlock(page: PageFigures, from: number, to: number): { taskMs: number; frameGapMs: number } {
  const tasks = page.longTasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => t.duration);
  const frames = page.frames.filter((t) => t >= from && t <= to);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  return { taskMs: Math.max(0, ...tasks), frameGapMs: Math.max(0, ...gaps) };
}

/** Lays the whole view out again (the Network button), as a user asks for; returns the window it took, in page time. */
export async function relayout(page: Page, timeoutMs: number): Promise<{ from: number; to: number; done: LayoutDone | null }> {
  const { from, runs } = await page.evaluate(() => ({ from: performance.now(), runs: (window as unknown as { __resograph: { layoutsRun: number } }).__resograph.layoutsRun }));
  await page.getByRole('radio', { name: 'Network' }).click();
  try {
    await page.waitForFunction((before) => {
      const hook = (window as unknown as { __resograph: { layoutsRun: number; busy: boolean } }).__resograph;
      return hook.layoutsRun > before && !hook.busy;
    }, runs, { timeout: timeoutMs, polling: 100 });
  } catch {
    return { from, to: Number.MAX_VALUE, done: null };
  }
  const to = await page.evaluate(() => performance.now());
  return { from, to, done: await page.evaluate(() => (window as unknown as { __resograph: { lastLayout: LayoutDone } }).__resograph.lastLayout) };
}

/** The page's own performance measures (resograph:worker-layout, resograph:add-planned ...), by name, in ms. */
export const pageMeasures = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('resograph:')).map((m) => [m.name, m.duration])));
