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

describe('citation chain', () => {
  it('draws the ancestors of 64/25 and highlights them', async () => {
    const { page, errors } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    await page.locator('summary', { hasText: 'Citation chain' }).click();
    const depth = page.getByLabel('Depth');
    await depth.fill('2');
    expect(await page.locator('output[for="chain-depth"]').textContent()).toBe('2');
    expect(await page.getByRole('radio', { name: 'What it recalls' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Show chain' }).click();
    await settle(page);
    const summary = await page.getByTestId('chain-summary').textContent();
    const hook = await readHook(page);
    // Only the seed is loaded, so the chain stops one step out: 64/25 and the documents it recalls or cites.
    expect(summary).toMatch(/^\d+ documents, \d+ links, 1 step deep\.$/);
    const count = Number(/^(\d+) documents/.exec(summary ?? '')?.[1]);
    expect(hook.highlighted?.nodes.length).toBe(count);
    expect(hook.highlighted?.nodes).toContain('A/RES/53/70');
    expect(hook.highlighted?.nodes).toContain('A/RES/64/25');
    for (const id of hook.highlighted?.nodes ?? []) expect(hook.canvasNodes).toContain(id);
    // Chains follow citations between documents only.
    const types = new Set(hook.edges.filter((e) => hook.highlighted?.edges.includes(e.id)).map((e) => e.type));
    expect([...types].every((t) => t === 'RECALLS' || t === 'CITES')).toBe(true);
    await keepScreenshot(page, 'explorer-chain');
    expect(errors).toEqual([]);
  });

  it('finds no descendants for a resolution nothing cites, and says so', async () => {
    const { page } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    await page.locator('summary', { hasText: 'Citation chain' }).click();
    await page.locator('label', { hasText: 'What recalls it' }).click();
    expect(await page.getByRole('radio', { name: 'What recalls it' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Show chain' }).click();
    await settle(page);
    expect(await page.getByTestId('chain-summary').textContent()).toBe('1 document, 0 links, 0 steps deep.');
  });
});
