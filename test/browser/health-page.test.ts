import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDatabase } from '../support/clean-db.ts';
import { startTestServer, type TestServer } from '../support/app-server.ts';
import { keepScreenshot, launchChromium } from '../support/browser.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  await cleanDatabase(server.conn);
  await server.conn.driver.executeQuery(
    'UNWIND range(1, 3) AS i CREATE (:Document {symbol: "TEST/" + i})-[:CITES]->(:Document {symbol: "TEST/c" + i})',
    {},
    { database: server.conn.database },
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the page in Chromium', () => {
  it('shows the Neo4j version and the live counts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(server.url);
    const status = page.getByTestId('server-status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/Neo4j 5\.26\.\d+/);
    expect(await page.getByTestId('count-nodes').textContent()).toBe('6');
    expect(await page.getByTestId('count-relationships').textContent()).toBe('3');
    await keepScreenshot(page, 'health-page');
    expect(failures).toEqual([]);
  });

  it('says so when the API cannot reach the server', async () => {
    const page = await browser.newPage();
    await page.route('**/api/health', (route) => route.abort('connectionrefused'));
    await page.goto(server.url);
    await expect.poll(() => page.getByTestId('server-status').textContent(), { timeout: 10_000 }).toContain('does not answer');
    await keepScreenshot(page, 'health-page-unreachable');
  });
});
