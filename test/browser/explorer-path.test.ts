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

describe('paths between two nodes', () => {
  it('finds how 64/25 reaches 53/70 and explains the step with its quote', async () => {
    const { page, errors } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    await page.locator('summary', { hasText: 'Paths to another node' }).click();
    const other = page.getByRole('combobox', { name: 'Find the other end of the path' });
    await other.fill('53/70');
    await expect.poll(() => page.locator('#path-search-results [role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await other.press('Enter');
    await page.getByRole('button', { name: /Find paths to 53\/70/ }).click();
    await settle(page);
    const list = page.getByTestId('path-list');
    await expect.poll(() => list.locator(':scope > li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const first = await list.locator(':scope > li').first().textContent();
    expect(first).toContain('1 step');
    expect(first).toContain('64/25 cites its way to 53/70');
    expect(first).toContain('64/25 recalls 53/70');
    expect(first).toContain('53/70 of 4 December 1998');
    const hook = await readHook(page);
    expect(hook.highlighted?.nodes).toEqual(['A/RES/64/25', 'A/RES/53/70']);
    expect(hook.canvasNodes).toContain('A/RES/53/70');
    expect(hook.canvasEdges).toContain(hook.highlighted?.edges[0]);
    await keepScreenshot(page, 'explorer-path');
    expect(errors).toEqual([]);
  });

  it('says when no chain of citations links two nodes', async () => {
    const { page } = await openExplorer(world);
    await searchAndPick(page, '53/70');
    await searchAndPick(page, '54/49');
    await page.locator('summary', { hasText: 'Paths to another node' }).click();
    await page.getByLabel('To', { exact: true }).selectOption('A/RES/53/70');
    await page.getByRole('button', { name: /Find paths to 53\/70/ }).click();
    await settle(page);
    await expect.poll(() => page.getByTestId('side-panel').textContent()).toContain('No chain of citations links these two');
  });
});
