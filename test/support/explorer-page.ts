import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ingest } from '../../ingest/pipeline.ts';
import { startTestServer, type TestServer } from './app-server.ts';
import type { AppOptions } from '../../web/server/app.ts';
import { launchChromium } from './browser.ts';
import { cleanDatabase } from './clean-db.ts';
import { corpusDir } from './corpus.ts';

export const seed = path.join(corpusDir, 'A-RES-64-25.txt');

export interface ExplorerWorld {
  server: TestServer;
  browser: Browser;
  close(): Promise<void>;
}

/** The real server on an emptied test database, loaded through the real ingest (the seed, or the whole corpus). */
export async function startExplorerWorld(paths: readonly string[] = [corpusDir], options: Pick<AppOptions, 'cypherLimits'> = {}): Promise<ExplorerWorld> {
  const server = await startTestServer(options);
  await cleanDatabase(server.conn);
  const summary = await ingest(server.conn, { paths, workers: 0 });
  if (summary.failures.length) throw new Error(`ingest failed: ${JSON.stringify(summary.failures.slice(0, 3))}`);
  const browser = await launchChromium();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface Hook {
  nodes: string[];
  edges: { id: string; source: string; target: string; type: string }[];
  canvasNodes: string[];
  canvasEdges: string[];
  visibleNodes: string[];
  selected: string | null;
  selectedEdge: string | null;
  layout: string;
  busy: boolean;
  layoutsRun: number;
  highlighted: { nodes: string[]; edges: string[] } | null;
}

/** Reads `window.__resograph` as plain data. */
export function readHook(page: Page): Promise<Hook> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __resograph: Hook }).__resograph;
    return JSON.parse(JSON.stringify({ ...Object.fromEntries(Object.keys(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(hook) === Object.prototype ? hook : hook)).map((k) => [k, (hook as unknown as Record<string, unknown>)[k]])) })) as Hook;
  });
}

/** Waits until no request or layout is running. */
export async function settle(page: Page): Promise<void> {
  await expect.poll(async () => (await readHook(page)).busy, { timeout: 20_000 }).toBe(false);
  await page.waitForTimeout(150);
  await expect.poll(async () => (await readHook(page)).busy, { timeout: 20_000 }).toBe(false);
}

/** A page that fails the test on any uncaught error. */
export async function openExplorer(world: ExplorerWorld, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${world.server.url}/${query}`);
  await expect.poll(() => page.evaluate(() => 'nodes' in ((window as unknown as { __resograph?: object }).__resograph ?? {})), { timeout: 10_000 }).toBe(true);
  await settle(page);
  return { page, errors };
}

/** Types into the search box and picks the first result. */
export async function searchAndPick(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: /Search resolutions/ });
  await box.fill(text);
  await expect.poll(() => page.locator('#search-results [role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await box.press('Enter');
  await settle(page);
}
