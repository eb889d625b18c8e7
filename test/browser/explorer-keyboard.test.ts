import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepScreenshot } from '../support/browser.ts';
import { openExplorer, readHook, seed, settle, startExplorerWorld, type ExplorerWorld } from '../support/explorer-page.ts';

let world: ExplorerWorld;
beforeAll(async () => {
  world = await startExplorerWorld([seed]);
});
afterAll(async () => {
  await world?.close();
});

describe('keyboard and screen readers', () => {
  it('searches, expands, walks along citations, removes and undoes without a mouse', async () => {
    const { page, errors } = await openExplorer(world);
    // Details arrive late, as on a loaded server: a panel closed before its answer must not trip over it.
    await page.route(/\/api\/nodes\/[^/]+$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    const announcer = page.getByTestId('announcer');
    // The search box is the first stop after the header link.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('64/25');
    await expect.poll(() => page.locator('#search-results [role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await settle(page);
    expect((await readHook(page)).selected).toBe('A/RES/64/25');
    expect(await announcer.textContent()).toContain('Selected resolution 64/25');

    // The list of the canvas takes the keys: Enter expands the selected node.
    const list = page.getByRole('listbox', { name: /Nodes on the canvas/ });
    await list.focus();
    await page.keyboard.press('Enter');
    await settle(page);
    const expanded = await readHook(page);
    expect(expanded.nodes.length).toBeGreaterThan(12);
    expect(await announcer.textContent()).toMatch(/new of \d+ neighbours of 64\/25/);

    // Right: to what 64/25 cites, newest first; down: the next of those; left: back to what cites it.
    await page.keyboard.press('ArrowRight');
    const first = (await readHook(page)).selected!;
    const cited = expanded.edges.filter((e) => e.source === 'A/RES/64/25').map((e) => e.target);
    expect(cited).toContain(first);
    expect(await announcer.textContent()).toMatch(/1 of \d+; up and down for the others/);
    await page.keyboard.press('ArrowDown');
    const second = (await readHook(page)).selected!;
    expect(second).not.toBe(first);
    expect(cited).toContain(second);
    await page.keyboard.press('ArrowLeft');
    expect((await readHook(page)).selected).toBe('A/RES/64/25');
    expect(await list.getAttribute('aria-activedescendant')).toBe(await list.getByRole('option', { selected: true }).getAttribute('id'));

    // Walk to a cited node and remove it; Ctrl+Z brings it back.
    await page.keyboard.press('ArrowRight');
    const gone = (await readHook(page)).selected!;
    await page.keyboard.press('Delete');
    expect((await readHook(page)).nodes).not.toContain(gone);
    expect(await announcer.textContent()).toContain('Ctrl+Z brings it back');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await readHook(page)).canvasNodes).toContain(gone);

    // The canvas itself takes the same keys.
    await page.getByRole('application', { name: /Graph canvas/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    expect((await readHook(page)).selected).toBeNull();
    await page.waitForTimeout(800);
    await keepScreenshot(page, 'explorer-keyboard');
    expect(errors).toEqual([]);
  });

  it('gives panels and lists names and roles', async () => {
    const { page } = await openExplorer(world);
    for (const [role, name] of [
      ['search', undefined],
      ['complementary', 'Details'],
      ['complementary', 'Canvas contents and filters'],
      ['toolbar', 'Canvas'],
      ['radiogroup', 'Layout'],
    ] as const) {
      expect(await page.getByRole(role, name ? { name } : {}).first().count(), `${role} ${name}`).toBe(1);
    }
  });
});
