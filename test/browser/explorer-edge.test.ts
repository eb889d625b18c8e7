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

describe('reading an edge', () => {
  it('clicking the line from 64/25 to 53/70 shows the sentence that makes it, quote marked in its paragraph', async () => {
    const { page, errors } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    // Following a cited part of the text adds the cited node with its edge.
    await page.getByRole('button', { name: '53/70 of 4 December 1998' }).click();
    await settle(page);
    expect((await readHook(page)).selected).toBe('A/RES/53/70');
    const edge = (await readHook(page)).edges.find((e) => e.source === 'A/RES/64/25' && e.target === 'A/RES/53/70' && e.type === 'RECALLS');
    expect(edge).toBeDefined();
    // Click the middle of the edge on the canvas.
    const rendered = await page.evaluate((id) => (window as unknown as { __resograph: { edgeMidpoint(id: string): { x: number; y: number } } }).__resograph.edgeMidpoint(id), edge!.id);
    expect(rendered).not.toBeNull();
    const box = await page.getByTestId('canvas').boundingBox();
    await page.mouse.click(box!.x + rendered.x, box!.y + rendered.y);
    await expect.poll(async () => (await readHook(page)).selectedEdge, { timeout: 5000 }).toBe(edge!.id);
    expect(await page.getByTestId('edge-quote').textContent()).toBe('53/70 of 4 December 1998');
    await expect.poll(() => page.getByTestId('edge-paragraph').textContent(), { timeout: 10_000 }).toContain('Recalling its resolutions');
    expect(await page.getByTestId('edge-paragraph').locator('mark').textContent()).toBe('53/70 of 4 December 1998');
    expect(await page.getByTestId('side-panel').textContent()).toContain('paragraph pp1');
    await keepScreenshot(page, 'explorer-edge');
    expect(errors).toEqual([]);
  });

  it('shows document text as text, never as markup', async () => {
    const { page } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    await expect.poll(() => page.locator('.para').count(), { timeout: 10_000 }).toBeGreaterThan(10);
    // No element other than the page's own inside the text: every paragraph holds text, marks and buttons only.
    const tags = await page.locator('.para *').evaluateAll((elements) => [...new Set(elements.map((e) => e.tagName))]);
    expect(tags.every((tag) => ['SPAN', 'BUTTON'].includes(tag))).toBe(true);
  });
});
