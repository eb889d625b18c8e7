import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasStyle } from '../../web/app/src/canvas/cy-style.ts';
import { toStandaloneHtml } from '../../web/app/src/export/standalone-html.ts';
import { startStandaloneViewer } from '../../web/app/src/export/standalone-viewer.ts';
import { keepScreenshot } from '../support/browser.ts';
import { openExplorer, readHook, searchAndPick, seed, settle, startExplorerWorld, type ExplorerWorld } from '../support/explorer-page.ts';
import { largeView } from '../support/sample-view.ts';

let world: ExplorerWorld;
let page: Page;
const scratch = mkdtempSync(path.join(tmpdir(), 'resograph-export-'));

beforeAll(async () => {
  world = await startExplorerWorld([seed]);
});

let prepared: Promise<void> | null = null;
let hiddenType = '';
/** One view for every export (expect.poll, which settling uses, runs only inside tests). */
function ready(): Promise<void> {
  prepared ??= (async () => {
    ({ page } = await openExplorer(world));
    await searchAndPick(page, '64/25');
    await page.locator('.canvas-frame').focus();
    await page.keyboard.press('Enter');
    await settle(page);
    // One type hidden (the first on the canvas after resolutions): the exports hold what the canvas shows.
    const present = page.locator('.filters fieldset').first().locator('label:not(.absent)').filter({ hasNotText: 'Resolution' }).first();
    hiddenType = (await present.textContent())!.trim();
    await present.getByRole('checkbox').uncheck();
    await settle(page);
  })();
  return prepared;
}
afterAll(async () => {
  await world?.close();
});

async function openMenu(): Promise<void> {
  await ready();
  if ((await page.getByRole('dialog', { name: 'Export the view' }).count()) === 0) await page.getByRole('button', { name: 'Export ▾' }).click();
}

/** Clicks an export and returns the file the browser saved. */
async function download(button: string | RegExp, options: { scale?: string; background?: string } = {}): Promise<{ name: string; bytes: Buffer }> {
  await openMenu();
  if (options.scale) await page.getByRole('radio', { name: options.scale, exact: true }).click();
  if (options.background) await page.getByRole('radio', { name: options.background }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const target = path.join(scratch, file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), bytes: readFileSync(target) };
}

/** Decodes a PNG in the page: its size and how many pixels are not fully opaque. */
function decodePng(bytes: Buffer): Promise<{ width: number; height: number; translucent: number; total: number; corner: number[] }> {
  return page.evaluate(async (b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let translucent = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! < 255) translucent += 1;
    return { width: bitmap.width, height: bitmap.height, translucent, total: pixels.length / 4, corner: [...pixels.slice(0, 4)] };
  }, bytes.toString('base64'));
}

function parseXml(text: string, type: 'image/svg+xml' | 'application/xml') {
  return page.evaluate(
    ({ text, type }) => {
      const doc = new DOMParser().parseFromString(text, type);
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
      const nodes = [...doc.getElementsByTagName('node')].map((n) => ({
        id: n.getAttribute('id'),
        data: Object.fromEntries([...n.getElementsByTagName('data')].map((d) => [d.getAttribute('key'), d.textContent])),
      }));
      const edges = [...doc.getElementsByTagName('edge')].map((e) => ({
        source: e.getAttribute('source'),
        target: e.getAttribute('target'),
        data: Object.fromEntries([...e.getElementsByTagName('data')].map((d) => [d.getAttribute('key'), d.textContent])),
      }));
      const keys = [...doc.getElementsByTagName('key')].map((k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`);
      return { root: doc.documentElement.nodeName, error, texts, nodes, edges, keys };
    },
    { text, type },
  );
}

/** A page of its own context that records every request and lets only file:// through, as with no network. */
async function openOffline() {
  const viewer = await world.browser.newContext({ viewport: { width: 1200, height: 800 } });
  const requests: string[] = [];
  await viewer.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.request().url().startsWith('file://') ? route.continue() : route.abort();
  });
  return { viewer, opened: await viewer.newPage(), requests };
}

async function shown() {
  await ready();
  return { hook: await readHook(page) };
}

describe('export', () => {
  it('offers every format from the toolbar', async () => {
    const { hook } = await shown();
    expect(hook.visibleNodes.length).toBeGreaterThan(5);
    expect(hook.visibleNodes.length).toBeLessThan(hook.nodes.length);
    await openMenu();
    for (const name of [/^PNG/, /^SVG/, /^HTML file/, /^Cytoscape JSON/, /^GraphML/]) expect(await page.getByRole('button', { name }).count()).toBe(1);
    await keepScreenshot(page, 'export-menu');
    console.log(`hidden for the exports: ${hiddenType}`);
  });

  it('PNG at 1x, 2x and 4x, white or transparent', async () => {
    const one = await decodePng((await download(/^PNG/, { scale: '1x', background: 'White' })).bytes);
    const two = await download(/^PNG/, { scale: '2x' });
    expect(two.name).toMatch(/2x\.png$/);
    const twice = await decodePng(two.bytes);
    const four = await decodePng((await download(/^PNG/, { scale: '4x', background: 'Transparent' })).bytes);
    // 1x is the drawing's own size: at least the spread of the node centres, and not far beyond it.
    const hook = await readHook(page);
    const xs = await page.evaluate((ids) => ids.map((id) => (window as unknown as { __resograph: { position(id: string): { x: number } } }).__resograph.position(id)!.x), hook.visibleNodes);
    const spread = Math.max(...xs) - Math.min(...xs);
    expect(one.width).toBeGreaterThan(spread);
    expect(one.width).toBeLessThan(spread + 300);
    expect(Math.abs(twice.width - 2 * one.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(twice.height - 2 * one.height)).toBeLessThanOrEqual(2);
    expect(Math.abs(four.width - 4 * one.width)).toBeLessThanOrEqual(4);
    expect(Math.abs(four.height - 4 * one.height)).toBeLessThanOrEqual(4);
    // White: every pixel opaque and the corner white. Transparent: most of the picture is see-through.
    expect(one.translucent).toBe(0);
    expect(one.corner).toEqual([255, 255, 255, 255]);
    expect(four.translucent / four.total).toBeGreaterThan(0.5);
    expect(four.corner[3]).toBe(0);
  });

  it('SVG with every node label as text', async () => {
    const complaints: string[] = [];
    const listen = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error') complaints.push(message.text());
    };
    await ready();
    page.on('console', listen);
    const { name, bytes } = await download(/^SVG/, { background: 'White' });
    page.off('console', listen);
    // The SVG context says so when a shape is drawn without a path to draw it in (it then goes missing).
    expect(complaints).toEqual([]);
    expect(name).toMatch(/\.svg$/);
    const svg = await parseXml(bytes.toString('utf8'), 'image/svg+xml');
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('svg');
    // Every shown node's label (read from the GraphML of the same view) is in the SVG as text.
    const graphml = await parseXml((await download(/^GraphML/)).bytes.toString('utf8'), 'application/xml');
    const labels = graphml.nodes.map((n) => n.data.n_label!);
    expect(labels.length).toBe((await readHook(page)).visibleNodes.length);
    for (const label of labels) expect(svg.texts).toContain(label);
    for (const label of ['64/25', '53/70', '58/32']) expect(svg.texts).toContain(label);
    // Drawn, for people to look at.
    const look = await world.browser.newPage({ viewport: { width: 1000, height: 700 } });
    await look.setContent(`<body style="margin:0">${bytes.toString('utf8')}</body>`);
    await keepScreenshot(look, 'export-svg');
    await look.close();
  });

  it('GraphML that parses, with the shown nodes, edges and their attributes', async () => {
    const { bytes } = await download(/^GraphML/);
    const graphml = await parseXml(bytes.toString('utf8'), 'application/xml');
    expect(graphml.error).toBeNull();
    expect(graphml.root).toBe('graphml');
    const { hook } = await shown();
    expect(new Set(graphml.nodes.map((n) => n.id))).toEqual(new Set(hook.visibleNodes));
    const shownEdges = hook.edges.filter((e) => hook.visibleNodes.includes(e.source) && hook.visibleNodes.includes(e.target));
    expect(graphml.edges).toHaveLength(shownEdges.length);
    for (const key of ['node:label', 'node:type', 'node:date', 'node:x', 'edge:type', 'edge:quote', 'edge:stance']) expect(graphml.keys).toContain(key);
    const root = graphml.nodes.find((n) => n.id === 'A/RES/64/25')!;
    expect(root.data).toMatchObject({ n_label: '64/25', n_type: 'resolution', n_date: '2009-12-02' });
    expect(Number(root.data.n_x)).toBeCloseTo((await page.evaluate(() => (window as unknown as { __resograph: { position(id: string): { x: number } } }).__resograph.position('A/RES/64/25')!.x)), 0);
    const recall = graphml.edges.find((e) => e.source === 'A/RES/64/25' && e.target === 'A/RES/53/70' && e.data.e_type === 'RECALLS')!;
    expect(recall.data.e_quote).toMatch(/53\/70/);
  });

  it('Cytoscape JSON with the shown elements and their positions', async () => {
    const { bytes } = await download(/^Cytoscape JSON/);
    const json = JSON.parse(bytes.toString('utf8'));
    const { hook } = await shown();
    expect(new Set(json.elements.nodes.map((n: { data: { id: string } }) => n.data.id))).toEqual(new Set(hook.visibleNodes));
    for (const node of json.elements.nodes) expect(Number.isFinite(node.position.x) && Number.isFinite(node.position.y)).toBe(true);
    expect(json.style.length).toBeGreaterThan(10);
  });

  it('a standalone HTML file that opens from file:// with the graph and makes no request', async () => {
    const { name, bytes } = await download(/^HTML file/);
    expect(name).toMatch(/\.html$/);
    const file = path.join(scratch, name);
    const { hook } = await shown();
    const { viewer, opened, requests } = await openOffline();
    opened.on('request', (request) => requests.push(request.url()));
    const errors: string[] = [];
    opened.on('pageerror', (error) => errors.push(error.message));
    await opened.goto(pathToFileURL(file).href);
    await expect.poll(() => opened.evaluate(() => (window as unknown as { __resograph?: { canvasNodes: string[] } }).__resograph?.canvasNodes.length ?? 0)).toBe(hook.visibleNodes.length);
    const drawn = await opened.evaluate(() => (window as unknown as { __resograph: { canvasNodes: string[] } }).__resograph.canvasNodes);
    expect(new Set(drawn)).toEqual(new Set(hook.visibleNodes));
    expect(await opened.locator('h1').textContent()).toContain('64/25');
    // Clicking a node reads it out, from the file alone.
    const at = await opened.evaluate(() => (window as unknown as { __resograph: { rendered(id: string): { x: number; y: number } } }).__resograph.rendered('A/RES/64/25'));
    const box = (await opened.locator('#graph').boundingBox())!;
    await opened.mouse.click(box.x + at.x, box.y + at.y);
    await expect.poll(() => opened.locator('#info').textContent()).toContain('64/25');
    await keepScreenshot(opened, 'export-standalone-html');
    expect(new Set(requests)).toEqual(new Set([pathToFileURL(file).href]));
    expect(errors).toEqual([]);
    console.log(`standalone HTML of the ${drawn.length}-node view: ${bytes.length} bytes`);
    await viewer.close();
  });

  it('a 500-node view stays under 1 MB as a standalone file, and still opens from file:// alone', async () => {
    const graph = largeView(500);
    const html = toStandaloneHtml({ graph, style: canvasStyle(), cytoscapeSource: readFileSync('node_modules/cytoscape/dist/cytoscape.min.js', 'utf8'), viewerSource: String(startStandaloneViewer), made: new Date() });
    const bytes = Buffer.byteLength(html);
    console.log(`standalone HTML, 500 nodes and ${graph.edges.length} edges: ${bytes} bytes`);
    expect(bytes).toBeLessThan(1_000_000);
    const file = path.join(scratch, 'large.html');
    writeFileSync(file, html);
    const { viewer, opened, requests } = await openOffline();
    await opened.goto(pathToFileURL(file).href);
    await expect.poll(() => opened.evaluate(() => (window as unknown as { __resograph?: { canvasNodes: string[]; canvasEdges: string[] } }).__resograph?.canvasNodes.length ?? 0)).toBe(500);
    expect(await opened.evaluate(() => (window as unknown as { __resograph: { canvasEdges: string[] } }).__resograph.canvasEdges.length)).toBe(graph.edges.length);
    expect(requests).toEqual([pathToFileURL(file).href]);
    await viewer.close();
  });
});
