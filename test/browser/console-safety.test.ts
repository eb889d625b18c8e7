import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot } from '../support/browser.ts';
import { openConsole, runQuery, setQuery } from '../support/console-page.ts';
import { corpusDir } from '../support/corpus.ts';
import { readCounts, type DatabaseCounts } from '../support/cypher-api.ts';
import { openExplorer, readHook, startExplorerWorld, type ExplorerWorld } from '../support/explorer-page.ts';

let world: ExplorerWorld;
let before: DatabaseCounts;
beforeAll(async () => {
  world = await startExplorerWorld([path.join(corpusDir, 'A-RES-64-25.txt')], { cypherLimits: { timeoutMs: 1_500, maxRows: 5_000 } });
  before = await readCounts(world.server.conn);
});
afterAll(async () => {
  await world?.close();
});

const writes: [kind: string, query: string, says: RegExp][] = [
  ['CREATE', 'CREATE (:ConsoleWrite {x: 1})', /writes to the graph \(CREATE\)/],
  ['MERGE', "MERGE (d:Document {symbol: 'A/RES/99/99'})", /writes to the graph \(MERGE\)/],
  ['SET', "MATCH (d:Document {symbol: 'A/RES/64/25'}) SET d.title = 'changed'", /writes to the graph \(SET/],
  ['REMOVE', "MATCH (d:Document {symbol: 'A/RES/64/25'}) REMOVE d.title", /writes to the graph/],
  ['DELETE', 'MATCH (n) DETACH DELETE n', /writes to the graph \(DETACH DELETE\)/],
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row", /LOAD CSV reads files/],
  ['a writing procedure', "CALL db.createLabel('ConsoleWrite')", /the procedure db\.createLabel/],
  ['an administration command', "CREATE USER console_intruder SET PASSWORD 'secret-password-1'", /Administration commands/],
  ['a write hidden in a CALL subquery', 'MATCH (d:Document) CALL (d) { SET d.consoleWrite = true } RETURN count(*) AS c', /writes to the graph/],
];

describe('the console is read-only', () => {
  it('refuses each kind of write with a clear message, and the database is unchanged', async () => {
    const { page, errors } = await openExplorer(world);
    await openConsole(page);
    for (const [kind, query, says] of writes) {
      await setQuery(page, query);
      await runQuery(page);
      const error = page.getByTestId('console-error');
      expect(await error.count(), kind).toBe(1);
      const text = (await error.textContent()) ?? '';
      expect(text, kind).toMatch(/^Refused/);
      expect(text, kind).not.toMatch(/Refused.*Refused/);
      expect(text, kind).toMatch(new RegExp(says.source, 'i'));
      expect(text, kind).toMatch(/Nothing was changed\./);
      if (kind === 'CREATE') await keepScreenshot(page, 'console-refused-create');
    }
    expect((await readHook(page)).nodes).toEqual([]);
    expect(await readCounts(world.server.conn)).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('stops a runaway cartesian product at the time limit, says so, and the page keeps working', async () => {
    const { page } = await openExplorer(world);
    await openConsole(page);
    expect(await page.getByTestId('console-limits').textContent()).toContain('stops after 1.5 s');
    await setQuery(page, 'MATCH (a), (b), (c), (d), (e), (f) WHERE a.symbol <> b.symbol OR c.key <> d.key OR e.name <> f.name RETURN count(*) AS n');
    const started = Date.now();
    await page.locator('.cm-content').press('Control+Enter');
    await expect.poll(async () => (await page.getByTestId('console-run').textContent())?.includes('Running'), { timeout: 5_000 }).toBe(true);
    await keepScreenshot(page, 'console-running');
    // While it runs, the server answers the page's other requests.
    const health = await page.evaluate(async () => {
      const t = performance.now();
      const response = await fetch('/api/health');
      return { status: response.status, ms: performance.now() - t };
    });
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(1_000);
    const error = page.getByTestId('console-error');
    await expect.poll(() => error.textContent(), { timeout: 20_000 }).toMatch(/Time limit reached.*longer than the time limit of 1\.5 s/);
    expect(Date.now() - started).toBeGreaterThan(1_400);
    await keepScreenshot(page, 'console-timeout');
    await setQuery(page, "MATCH (r:Resolution {symbol: 'A/RES/64/25'}) RETURN r");
    await runQuery(page);
    expect(await error.count()).toBe(0);
    expect((await readHook(page)).canvasNodes).toEqual(['A/RES/64/25']);
  });
});
