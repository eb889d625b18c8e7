import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot } from '../support/browser.ts';
import { openExplorer, readHook, searchAndPick, seed, startExplorerWorld, type ExplorerWorld } from '../support/explorer-page.ts';

let world: ExplorerWorld;
beforeAll(async () => {
  world = await startExplorerWorld([seed]);
});
afterAll(async () => {
  await world?.close();
});

describe('search', () => {
  it('finds 64/25 by its short symbol, puts it on the canvas and selects it', async () => {
    const { page, errors } = await openExplorer(world);
    await keepScreenshot(page, 'explorer-empty');
    const box = page.getByRole('combobox', { name: /Search resolutions/ });
    await box.fill('64/25');
    const first = page.locator('#search-results [role="option"]').first();
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toContain('64/25');
    expect(await first.textContent()).toContain('Developments in the field of information');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await keepScreenshot(page, 'explorer-search-results');
    await box.press('Enter');
    await expect.poll(async () => (await readHook(page)).selected, { timeout: 10_000 }).toBe('A/RES/64/25');
    const hook = await readHook(page);
    expect(hook.nodes).toEqual(['A/RES/64/25']);
    expect(hook.canvasNodes).toEqual(['A/RES/64/25']);
    expect(await page.getByTestId('selected-label').textContent()).toBe('A/RES/64/25');
    await expect.poll(() => page.getByTestId('side-panel').textContent(), { timeout: 10_000 }).toContain('Welcoming');
    expect(await page.getByTestId('node-list').locator('[role="option"][aria-selected="true"]').textContent()).toContain('64/25');
    await keepScreenshot(page, 'explorer-search-placed');
    expect(errors).toEqual([]);
  });

  it('moves through results with the arrow keys and says when nothing matches', async () => {
    const { page } = await openExplorer(world);
    const box = page.getByRole('combobox', { name: /Search resolutions/ });
    await box.fill('information');
    const options = page.locator('#search-results [role="option"]');
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await box.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe('search-option-1');
    await box.fill('zzqqxx nonexistent');
    await expect.poll(() => page.locator('#search-results').textContent(), { timeout: 10_000 }).toContain('Nothing found for “zzqqxx nonexistent”');
  });

  it('picks a stub and says its text is not loaded', async () => {
    const { page } = await openExplorer(world);
    await searchAndPick(page, 'A/RES/53/70');
    expect((await readHook(page)).selected).toBe('A/RES/53/70');
    await expect.poll(() => page.getByTestId('stub-note').textContent(), { timeout: 10_000 }).toMatch(/Cited by 1 document; its text is not loaded/);
  });

  it('tells the user when the database cannot be reached', async () => {
    const { page } = await openExplorer(world);
    await page.route('**/api/search**', (route) => route.abort('connectionrefused'));
    await page.getByRole('combobox', { name: /Search resolutions/ }).fill('64/25');
    await expect.poll(() => page.locator('#search-results').textContent(), { timeout: 10_000 }).toContain('does not answer');
    await keepScreenshot(page, 'explorer-search-unreachable');
  });
});
