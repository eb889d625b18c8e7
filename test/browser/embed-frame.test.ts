import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot } from '../support/browser.ts';
import { openExplorer, searchAndPick, seed, settle, startExplorerWorld, type ExplorerWorld } from '../support/explorer-page.ts';
import { serveOtherOrigin, type OtherOrigin } from '../support/other-origin.ts';

let world: ExplorerWorld;
let site: OtherOrigin;
/** What the other site serves: an article by default, or a snippet a test pasted in. */
let pasted: string | null = null;
const viewQuery = new URLSearchParams([['n', 'A/RES/64/25'], ['n', 'A/RES/53/70'], ['n', 'A/RES/58/32'], ['title', 'What 64/25 recalls <b>'], ['legend', '1']]).toString();

beforeAll(async () => {
  world = await startExplorerWorld([seed]);
  // An article on another site (another port is another origin) that frames the embed page and the app.
  site = await serveOtherOrigin(() => pasted ? `<!doctype html><title>Pasted</title><body style="margin:1rem">${pasted}</body>` : `<!doctype html><html><head><title>An article</title>
<style>body{font-family:Georgia,serif;margin:2rem;max-width:60rem;color:#222}iframe{display:block;margin:1rem 0}</style></head>
<body><h1>How resolutions build on one another</h1><p>The graph below is live from Resograph.</p>
<iframe id="embed" src="${world.server.url}/embed?${viewQuery}" width="640" height="400" style="border:1px solid #ccc"></iframe>
<p>And the app itself, which must refuse:</p>
<iframe id="app" src="${world.server.url}/?n=A%2FRES%2F64%2F25" width="400" height="200"></iframe></body></html>`);
});
afterAll(async () => {
  await site?.close();
  await world?.close();
});

interface FrameHook { canvasNodes: string[]; busy: boolean; layoutsRun: number; position(id: string): { x: number; y: number } | null; rendered(p: { x: number; y: number }): { x: number; y: number } }

async function drawn(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const hook = (window as unknown as { __resograph?: FrameHook }).__resograph;
    return hook && !hook.busy ? hook.canvasNodes : [];
  });
}

/** Every node drawn inside the frame's own viewport, in pixels. */
async function allInside(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => {
    const hook = (window as unknown as { __resograph: FrameHook }).__resograph;
    const box = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    return hook.canvasNodes.every((id) => {
      const p = hook.rendered(hook.position(id)!);
      return p.x > 0 && p.y > 0 && p.x < box.width && p.y < box.height;
    });
  });
}

async function openArticle(): Promise<{ page: Page; console: string[]; errors: string[] }> {
  const page = await world.browser.newPage({ viewport: { width: 1100, height: 900 } });
  const console: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => console.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url);
  return { page, console, errors };
}

describe('embedding', () => {
  it('a page on another origin frames /embed and the graph renders in it, fitted, with title, legend and a way back', async () => {
    const { page, errors } = await openArticle();
    const frame = page.frame({ url: /\/embed\?/ })!;
    expect(frame).toBeTruthy();
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    await expect.poll(() => drawn(frame), { timeout: 30_000 }).toHaveLength(3);
    expect(new Set(await drawn(frame))).toEqual(new Set(['A/RES/64/25', 'A/RES/53/70', 'A/RES/58/32']));
    expect(await frame.locator('canvas').count()).toBeGreaterThan(0);
    expect(await allInside(frame)).toBe(true);
    // No chrome of the app: no search box, no toolbar, no side panels.
    expect(await frame.locator('[role="combobox"], [role="toolbar"], aside').count()).toBe(0);
    expect(await frame.locator('h1').textContent()).toBe('What 64/25 recalls <b>');
    expect(await frame.getByTestId('embed-legend').textContent()).toContain('Resolution');
    const back = new URL((await frame.getByTestId('open-in-app').getAttribute('href'))!);
    expect(back.pathname).toBe('/');
    expect(back.searchParams.getAll('n')).toEqual(['A/RES/64/25', 'A/RES/53/70', 'A/RES/58/32']);
    expect(back.searchParams.has('title')).toBe(false);
    await keepScreenshot(page, 'embed-in-iframe');

    // A larger frame (a slide going full screen) refits the graph to the new size.
    const before = await frame.evaluate(() => (window as unknown as { __resograph: FrameHook }).__resograph.rendered({ x: 0, y: 0 }));
    await page.evaluate(() => Object.assign(document.getElementById('embed')!, { width: '1000', height: '640' }));
    await expect.poll(() => frame.evaluate(() => (window as unknown as { __resograph: FrameHook }).__resograph.rendered({ x: 0, y: 0 })), { timeout: 5000 }).not.toEqual(before);
    expect(await allInside(frame)).toBe(true);
    expect(await frame.evaluate(() => document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect().width)).toBeGreaterThan(900);
    await keepScreenshot(page, 'embed-in-iframe-resized');
    expect(errors).toEqual([]);
  });

  it('the app itself refuses to be framed by another origin', async () => {
    const { page, console } = await openArticle();
    await expect.poll(() => console.some((line) => line.includes('frame-ancestors')), { timeout: 10_000 }).toBe(true);
    const refused = console.find((line) => line.includes('frame-ancestors'))!;
    expect(refused).toContain(`${world.server.url}/`);
    expect(refused).toContain("'none'");
    // The frame holds Chromium's error page, not the app.
    const frame = page.frames().find((f) => f !== page.mainFrame() && !/\/embed\?/.test(f.url()))!;
    expect(frame.url()).not.toContain(world.server.url);
    expect(await frame.evaluate(() => 'nodes' in ((window as unknown as { __resograph?: object }).__resograph ?? {})).catch(() => false)).toBe(false);
  });

  it('the embed snippet from the app, pasted into another site, shows the same view', async () => {
    const { page, errors } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    await page.locator('.canvas-frame').focus();
    await page.keyboard.press('Enter');
    await settle(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' }).getByRole('region', { name: 'Embed this view' });
    await dialog.getByLabel('Title').fill('64/25 & what it builds on');
    await dialog.getByRole('radio', { name: 'Wide' }).click();
    const snippet = await dialog.getByTestId('embed-snippet').inputValue();
    await keepScreenshot(page, 'embed-snippet');
    const src = /<iframe src="([^"]+)" width="960" height="540" title="64\/25 &amp; what it builds on"/.exec(snippet)?.[1];
    expect(src).toBeTruthy();
    const url = new URL(src!.replace(/&amp;/g, '&'));
    expect(url.origin).toBe(world.server.url);
    expect(url.pathname).toBe('/embed');
    expect(url.searchParams.get('title')).toBe('64/25 & what it builds on');
    expect(url.searchParams.get('legend')).toBe('1');
    const inApp = await page.evaluate(() => (window as unknown as { __resograph: { nodes: string[] } }).__resograph.nodes);
    expect(url.searchParams.getAll('n')).toEqual(inApp);

    pasted = snippet;
    try {
      const article = await world.browser.newPage({ viewport: { width: 1000, height: 600 } });
      await article.goto(site.url);
      // The snippet's iframe loads lazily, so after the page's own load event.
      await expect.poll(() => article.frame({ url: /\/embed\?/ }) !== null, { timeout: 10_000 }).toBe(true);
      const frame = article.frame({ url: /\/embed\?/ })!;
      // Expert groups and agenda items have ids past 100 characters: they come back too.
      expect(inApp.some((id) => id.length > 100)).toBe(true);
      await expect.poll(() => drawn(frame), { timeout: 30_000 }).toHaveLength(inApp.length);
      expect(new Set(await drawn(frame))).toEqual(new Set(inApp));
      expect(await allInside(frame)).toBe(true);
      await keepScreenshot(article, 'embed-snippet-pasted');
    } finally {
      pasted = null;
    }
    expect(errors).toEqual([]);
  });

  it('a slide deck opened from disk (file://) frames the embed too', async () => {
    const deck = path.join(mkdtempSync(path.join(tmpdir(), 'resograph-deck-')), 'deck.html');
    writeFileSync(deck, `<!doctype html><title>Deck</title><iframe src="${world.server.url}/embed?n=A%2FRES%2F64%2F25&n=A%2FRES%2F53%2F70" width="800" height="450"></iframe>`);
    const page = await world.browser.newPage();
    await page.goto(pathToFileURL(deck).href);
    await expect.poll(() => page.frame({ url: /\/embed\?/ }) !== null, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => drawn(page.frame({ url: /\/embed\?/ })!), { timeout: 20_000 }).toHaveLength(2);
  });

  it('the embed page opened on its own shows the graph too', async () => {
    const page = await world.browser.newPage({ viewport: { width: 800, height: 500 } });
    const response = await page.goto(`${world.server.url}/embed?n=A%2FRES%2F64%2F25`);
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
    await expect.poll(() => drawn(page.mainFrame()), { timeout: 20_000 }).toEqual(['A/RES/64/25']);
    expect(await page.locator('h1').count()).toBe(0);
    expect(await page.getByTestId('embed-legend').count()).toBe(0);
  });
});
