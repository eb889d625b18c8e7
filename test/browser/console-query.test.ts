import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot } from '../support/browser.ts';
import { openConsole, runQuery, setQuery, tableColumns, tableRows } from '../support/console-page.ts';
import { openExplorer, readHook, searchAndPick, settle, startExplorerWorld, type ExplorerWorld } from '../support/explorer-page.ts';

let world: ExplorerWorld;
beforeAll(async () => {
  world = await startExplorerWorld();
});
afterAll(async () => {
  await world?.close();
});

const read = async (query: string, params: Record<string, unknown> = {}) =>
  (await world.server.conn.driver.executeQuery(query, params, { database: world.server.conn.database })).records;

describe('the Cypher console', () => {
  it('runs a typed query: rows in the table, nodes and relationships on the same canvas', async () => {
    const { page, errors } = await openExplorer(world);
    await openConsole(page);
    await keepScreenshot(page, 'console-open');
    await setQuery(page, "MATCH (r:Resolution {symbol: 'A/RES/64/25'})-[c:RECALLS]->(m:Resolution)\nRETURN r, c, m.symbol AS cited, m.session AS session\nORDER BY cited");
    await runQuery(page);
    const expected = (await read("MATCH (:Resolution {symbol: 'A/RES/64/25'})-[:RECALLS]->(m:Resolution) RETURN m.symbol AS s ORDER BY s")).map((r) => r.get('s') as string);
    expect(expected.length).toBeGreaterThan(2);
    expect(await tableColumns(page)).toEqual(['r', 'c', 'cited', 'session']);
    const rows = await tableRows(page);
    expect(rows.map((row) => row[2])).toEqual(expected);
    expect(rows[0]?.[0]).toContain('A/RES/64/25');
    expect(rows[0]?.[1]).toBe(':RECALLS');
    const hook = await readHook(page);
    expect(hook.canvasNodes.sort()).toEqual(['A/RES/64/25', ...new Set(expected)].sort());
    expect(hook.canvasEdges.length).toBeGreaterThanOrEqual(new Set(expected).size);
    expect(hook.edges.every((e) => e.source === 'A/RES/64/25' && e.type === 'RECALLS')).toBe(true);
    expect(await page.getByTestId('console-summary').textContent()).toContain(`${rows.length} rows`);
    await keepScreenshot(page, 'console-results-table');

    // From the table to the canvas: a node chip selects the node, and the explorer expands it from there.
    await page.getByTestId('console-table').getByRole('button', { name: /A\/RES\/64\/25/ }).first().click();
    expect((await readHook(page)).selected).toBe('A/RES/64/25');
    const before = (await readHook(page)).nodes.length;
    await page.locator('.canvas-frame').focus();
    await page.keyboard.press('Enter');
    await settle(page);
    expect((await readHook(page)).nodes.length).toBeGreaterThan(before);
    expect(errors).toEqual([]);
  });

  it('shows Neo4j types as they are in the table and the JSON view', async () => {
    const { page } = await openExplorer(world);
    await openConsole(page);
    await setQuery(page, "RETURN 9007199254740993 AS big, 2.0 AS float, date('2009-12-02') AS day, duration('P1Y2M') AS span, point({x: 1, y: 2}) AS p, {a: [1, 'two', null]} AS nested, null AS nothing");
    await runQuery(page);
    const [row] = await tableRows(page);
    expect(row).toEqual(['9007199254740993Integer', '2.0', '2009-12-02Date', 'P1Y2MDuration', 'point({srid: 7203, x: 1, y: 2})', '{a: [1, "two", null]}', 'null']);
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = JSON.parse((await page.getByTestId('console-json').textContent()) ?? '{}');
    expect(json.rows[0][0]).toEqual({ $type: 'Integer', value: '9007199254740993' });
    expect(json.rows[0][2]).toEqual({ $type: 'Date', value: '2009-12-02' });
    await keepScreenshot(page, 'console-results-json');
  });

  it('completes labels, relationship types and property keys from the live database', async () => {
    // A label made just now: only a schema read from the live database can offer it.
    await read('CREATE (:ConsoleFreshLabel {consoleFreshKey: 1})');
    try {
      const { page } = await openExplorer(world);
      await openConsole(page);
      await page.locator('.cm-content').click();
      await page.keyboard.type('MATCH (n:ConsoleFr', { delay: 20 });
      const options = page.locator('.cm-tooltip-autocomplete .cm-completionLabel');
      await expect.poll(() => options.allTextContents(), { timeout: 15_000 }).toContain('ConsoleFreshLabel');
      await keepScreenshot(page, 'console-completion-label');
      // CodeMirror ignores Enter for a moment after a list appears, so a fast typist does not accept by accident.
      await page.waitForTimeout(200);
      await page.keyboard.press('Enter');
      await page.keyboard.type(')-[:REC', { delay: 20 });
      await expect.poll(() => options.allTextContents(), { timeout: 15_000 }).toContain('RECALLS');
      await page.waitForTimeout(200);
      await page.keyboard.press('Enter');
      await page.keyboard.type(']->() RETURN n.consoleF', { delay: 20 });
      await expect.poll(() => options.allTextContents(), { timeout: 15_000 }).toContain('consoleFreshKey');
      await page.waitForTimeout(200);
      await page.keyboard.press('Enter');
      expect(await page.locator('.cm-content').textContent()).toBe('MATCH (n:ConsoleFreshLabel)-[:RECALLS]->() RETURN n.consoleFreshKey');
      // Procedures, with their dotted names, from the server's own list.
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type('CALL db.relationshipT', { delay: 20 });
      // After the namespace, the rest of the name is offered.
      await expect.poll(() => options.allTextContents(), { timeout: 15_000 }).toContain('relationshipTypes');
      await page.waitForTimeout(200);
      await page.keyboard.press('Enter');
      expect(await page.locator('.cm-content').textContent()).toMatch(/^CALL db\.relationshipTypes/);
    } finally {
      await read('MATCH (n:ConsoleFreshLabel) DELETE n');
    }
  });

  it('marks a syntax error at its position before anything runs, and the server position after', async () => {
    const { page } = await openExplorer(world);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await openConsole(page);
    await setQuery(page, 'MATCH (n:Resolution)\nRETRN n.symbol');
    const marked = page.locator('.cm-lintRange-error');
    await expect.poll(() => marked.allTextContents(), { timeout: 15_000 }).toContain('RETRN');
    const box = await marked.first().boundingBox();
    const secondLine = await page.locator('.cm-line').nth(1).boundingBox();
    expect(box && secondLine && Math.abs(box.y - secondLine.y) < secondLine.height).toBe(true);
    expect(posts).toEqual([]);
    await page.locator('.cm-lintRange-error').first().hover();
    await expect.poll(() => page.locator('.cm-tooltip-lint').textContent(), { timeout: 5_000 }).toContain("Invalid input 'RETRN'");
    await keepScreenshot(page, 'console-syntax-error');
    await runQuery(page);
    const error = page.getByTestId('console-error');
    expect(await error.textContent()).toMatch(/Invalid input 'RETRN'.*line 2, column 1.*Neo\.ClientError\.Statement\.SyntaxError/);
  });

  it('runs each example of the shelf on the corpus and puts what it finds on the canvas', async () => {
    const { page, errors } = await openExplorer(world);
    await openConsole(page);
    const shelf = page.getByRole('list', { name: 'Example queries' }).getByRole('button');
    const titles = await shelf.allTextContents();
    expect(titles).toHaveLength(4);
    for (let i = 0; i < titles.length; i += 1) {
      await page.getByRole('button', { name: 'Clear', exact: true }).click().catch(() => {});
      await page.getByRole('tab', { name: 'Examples' }).click();
      await shelf.nth(i).click();
      await expect.poll(async () => (await page.getByTestId('console-run').textContent())?.includes('Running'), { timeout: 30_000 }).toBe(false);
      await settle(page);
      expect(await page.getByTestId('console-error').count(), titles[i]).toBe(0);
      const rows = await tableRows(page);
      expect(rows.length, titles[i]).toBeGreaterThan(0);
      expect((await readHook(page)).canvasNodes.length, titles[i]).toBeGreaterThan(1);
      await keepScreenshot(page, `console-example-${i + 1}`);
    }
    expect(errors).toEqual([]);
  });

  it('takes parameters as JSON, refuses bad JSON, and keeps a history across reloads', async () => {
    const { page } = await openExplorer(world);
    await openConsole(page);
    await setQuery(page, 'MATCH (r:Resolution) WHERE r.session = $session RETURN r.symbol AS symbol ORDER BY symbol LIMIT $n');
    const params = page.getByLabel(/Parameters/);
    await params.fill('{"session": 80, "n": ');
    expect(await page.getByTestId('console-run').isDisabled()).toBe(true);
    expect(await page.locator('#console-params-error').textContent()).toMatch(/not valid JSON/);
    await params.fill('{"session": 80, "n": 3}');
    await runQuery(page);
    const expected = (await read('MATCH (r:Resolution) WHERE r.session = 80 RETURN r.symbol AS s ORDER BY s LIMIT 3')).map((r) => r.get('s'));
    expect((await tableRows(page)).map((row) => row[0])).toEqual(expected);

    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await csv;
    const text = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(text).toString()).toBe(`symbol\r\n${expected.join('\r\n')}\r\n`);

    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download JSON' }).click();
    const saved = JSON.parse(Buffer.concat(await (await (await json).createReadStream()).toArray()).toString());
    expect(saved).toMatchObject({ params: { session: 80, n: 3 }, columns: ['symbol'], rows: expected.map((s) => [s]) });
    expect(saved.query).toContain('$session');

    await page.reload();
    await settle(page);
    await openConsole(page);
    await page.getByRole('tab', { name: /History/ }).click();
    const entry = page.getByRole('list', { name: 'Queries run in this browser' }).getByRole('button').first();
    expect(await entry.textContent()).toContain('$session');
    await keepScreenshot(page, 'console-history');
    await entry.click();
    expect(await page.locator('.cm-content').textContent()).toContain('WHERE r.session = $session');
    expect(JSON.parse(await params.inputValue())).toEqual({ session: 80, n: 3 });
  });

  it('says when the row cap cut the answer', async () => {
    const { page } = await openExplorer(world);
    await openConsole(page);
    await setQuery(page, 'UNWIND range(1, 6000) AS i RETURN i');
    await runQuery(page);
    expect(await page.getByTestId('console-truncated').textContent()).toMatch(/first 5,000 rows.*row cap/);
    expect(await page.getByTestId('console-limits').textContent()).toMatch(/stops after 10 s · at most 5,000 rows/);
    await keepScreenshot(page, 'console-row-cap');
  });

  it('opens the console without loading it with the page', async () => {
    const page = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().includes('worker')) scripts.push(request.url());
    });
    await page.goto(`${world.server.url}/`);
    await settle(page);
    expect(scripts.some((url) => /Console|CypherEditor|cypher-worker/.test(url))).toBe(false);
    await searchAndPick(page, '64/25');
    await openConsole(page);
    expect(scripts.some((url) => /CypherEditor/.test(url))).toBe(true);
    await page.close();
  });
});
