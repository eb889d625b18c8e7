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

const recalled = ['53/70', '54/49', '55/28', '56/19', '57/53', '58/32', '59/61', '60/45', '61/54', '62/17', '63/37'].map((n) => `A/RES/${n}`);

describe('expanding a node', () => {
  it('brings the 11 resolutions 64/25 recalls onto the canvas, each joined by a RECALLS edge', async () => {
    const { page, errors } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    const before = await page.evaluate(() => (window as unknown as { __resograph: { position(id: string): unknown } }).__resograph.position('A/RES/64/25'));
    await page.getByRole('button', { name: 'Expand all' }).click();
    await settle(page);
    const hook = await readHook(page);
    for (const id of recalled) expect(hook.canvasNodes).toContain(id);
    const recalls = hook.edges.filter((e) => e.source === 'A/RES/64/25' && e.type === 'RECALLS').map((e) => e.target);
    expect(new Set(recalls)).toEqual(new Set(recalled));
    expect(hook.canvasNodes.sort()).toEqual([...hook.nodes].sort());
    expect(hook.canvasEdges.length).toBe(hook.edges.length);
    // The node that grew keeps its place: the canvas grows around it.
    const after = await page.evaluate(() => (window as unknown as { __resograph: { position(id: string): unknown } }).__resograph.position('A/RES/64/25'));
    expect(after).toEqual(before);
    await keepScreenshot(page, 'explorer-expanded');
    await page.getByRole('radio', { name: 'Timeline' }).click();
    await settle(page);
    expect((await readHook(page)).layout).toBe('chronological');
    const x = (id: string) => page.evaluate((n) => (window as unknown as { __resograph: { position(id: string): { x: number } } }).__resograph.position(n).x, id);
    expect(await x('A/RES/53/70')).toBeLessThan(await x('A/RES/58/32'));
    expect(await x('A/RES/58/32')).toBeLessThan(await x('A/RES/64/25'));
    await keepScreenshot(page, 'explorer-timeline');
    await page.getByRole('radio', { name: 'Hierarchy' }).click();
    await settle(page);
    await keepScreenshot(page, 'explorer-hierarchy');
    expect(errors).toEqual([]);
  });

  it('hides by type, collapses, and undoes', async () => {
    const { page } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await settle(page);
    const all = (await readHook(page)).nodes.length;
    expect(all).toBeGreaterThan(12);
    await page.getByRole('checkbox', { name: 'Resolution' }).uncheck();
    await expect.poll(async () => (await readHook(page)).visibleNodes.some((id) => recalled.includes(id))).toBe(false);
    expect(page.url()).toContain('hideTypes=resolution');
    await page.getByRole('checkbox', { name: 'Resolution' }).check();
    await page.getByRole('button', { name: 'Collapse' }).click();
    await expect.poll(async () => (await readHook(page)).canvasNodes).toEqual(['A/RES/64/25']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readHook(page)).canvasNodes.length).toBe(all);
  });

  it('offers a context menu on the canvas that expands by relationship type', async () => {
    const { page } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    const box = await page.getByTestId('canvas').boundingBox();
    const at = await page.evaluate(() => {
      const hook = (window as unknown as { __resograph: { position(id: string): { x: number; y: number } } }).__resograph;
      return hook.position('A/RES/64/25');
    });
    expect(box).not.toBeNull();
    // A single node sits in the middle of the canvas.
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2, { button: 'right' });
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(at).not.toBeNull();
    await keepScreenshot(page, 'explorer-context-menu');
    await menu.getByRole('menuitem', { name: 'Resolutions it recalls' }).click();
    await settle(page);
    const hook = await readHook(page);
    expect(new Set(hook.nodes)).toEqual(new Set(['A/RES/64/25', ...recalled]));
  });
});
