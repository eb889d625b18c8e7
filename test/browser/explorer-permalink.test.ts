import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot } from '../support/browser.ts';
import { openExplorer, readHook, searchAndPick, seed, settle, startExplorerWorld, type ExplorerWorld } from '../support/explorer-page.ts';

let world: ExplorerWorld;
beforeAll(async () => {
  world = await startExplorerWorld([seed]);
});
afterAll(async () => {
  await world?.close();
});

describe('permalink', () => {
  it('a copied link reopens the same nodes, their edges, layout, filters and selection', async () => {
    const { page } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    // The resolutions it recalls (ids of any length would do once the server accepts long path parameters).
    const box = await page.getByTestId('canvas').boundingBox();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Resolutions it recalls' }).click();
    await settle(page);
    await page.getByRole('button', { name: 'Expand all' }).waitFor();
    await searchAndPick(page, 'A/64/386');
    await page.getByRole('radio', { name: 'Timeline' }).click();
    await settle(page);
    await page.getByRole('checkbox', { name: 'Place' }).uncheck();
    await page.getByRole('checkbox', { name: 'cites', exact: true }).uncheck();
    await page.getByLabel('From').fill('1999');
    await page.getByLabel('From').press('Tab');
    await page.getByTestId('node-list').getByRole('option', { name: /^58\/32/ }).click();
    const original = await readHook(page);
    expect(original.selected).toBe('A/RES/58/32');
    const link = page.url();
    expect(link).toContain('layout=chronological');
    expect(link).toContain('sel=A%2FRES%2F58%2F32');

    const { page: reopened, errors } = await openExplorer(world, link.slice(link.indexOf('?')));
    await expect.poll(async () => (await readHook(reopened)).nodes.length, { timeout: 20_000 }).toBe(original.nodes.length);
    await settle(reopened);
    const view = await readHook(reopened);
    expect(new Set(view.nodes)).toEqual(new Set(original.nodes));
    expect(new Set(view.canvasNodes)).toEqual(new Set(original.canvasNodes));
    // A link holds the nodes; every edge between them comes back (a typed expansion may have drawn fewer).
    const reopenedEdges = view.edges.map((e) => e.id);
    for (const edge of original.edges) expect(reopenedEdges).toContain(edge.id);
    for (const edge of view.edges) expect(view.nodes.includes(edge.source) && view.nodes.includes(edge.target)).toBe(true);
    expect(view.selected).toBe('A/RES/58/32');
    expect(view.layout).toBe('chronological');
    expect(new Set(view.visibleNodes)).toEqual(new Set(original.visibleNodes));
    expect(view.visibleNodes).not.toContain('A/RES/53/70');
    expect(view.nodes).toContain('A/64/386');
    expect(await reopened.getByRole('checkbox', { name: 'Place' }).isChecked()).toBe(false);
    expect(await reopened.getByLabel('From').inputValue()).toBe('1999');
    expect(reopened.url()).toBe(link);
    await keepScreenshot(reopened, 'explorer-permalink');
    // Every filter cleared: all that the filters hid is on the canvas again.
    await reopened.getByRole('checkbox', { name: 'Place' }).check();
    await reopened.getByRole('checkbox', { name: 'cites', exact: true }).check();
    await reopened.getByLabel('From').fill('');
    await reopened.getByLabel('From').press('Tab');
    await expect.poll(async () => new Set((await readHook(reopened)).visibleNodes)).toEqual(new Set(view.nodes));
    expect(errors).toEqual([]);
  });

  it('lays the timeline out in lanes by agenda item, and the link keeps that choice', async () => {
    const { page, errors } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await settle(page);
    await page.getByRole('radio', { name: 'Timeline' }).click();
    await settle(page);
    expect(await page.getByRole('radio', { name: 'Body' }).getAttribute('aria-checked')).toBe('true');
    const byBody = (await readHook(page)).layoutsRun;
    await page.getByRole('radio', { name: 'Agenda item' }).click();
    await settle(page);
    expect((await readHook(page)).layoutsRun).toBeGreaterThan(byBody);
    expect(page.url()).toContain('lanes=agendaItem');
    // 64/25 and its agenda item share the lane of their series; the cited stubs, whose text is not loaded, stand apart.
    const y = (id: string) => page.evaluate((nodeId) => (window as unknown as { __resograph: { position(id: string): { y: number } } }).__resograph.position(nodeId).y, id);
    const item = 'AgendaItem:developments in the field of information and telecommunications in the context of international security';
    expect(await y(item)).toBe(await y('A/RES/64/25'));
    expect(await y('A/RES/53/70')).not.toBe(await y('A/RES/64/25'));
    await keepScreenshot(page, 'explorer-timeline-agenda-lanes');
    const link = page.url();
    const { page: reopened } = await openExplorer(world, link.slice(link.indexOf('?')));
    await expect.poll(async () => (await readHook(reopened)).nodes.length, { timeout: 20_000 }).toBeGreaterThan(10);
    expect(await reopened.getByRole('radio', { name: 'Agenda item' }).getAttribute('aria-checked')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('says which nodes of a link are not in the database', async () => {
    const { page } = await openExplorer(world, '?n=A%2FRES%2F64%2F25&n=A%2FRES%2F99%2F999');
    await expect.poll(async () => (await readHook(page)).nodes).toEqual(['A/RES/64/25']);
    expect(await page.getByRole('status').filter({ hasText: 'not in this database' }).textContent()).toContain('1 node(s) of the link');
  });
});
