import type { Page } from 'playwright-core';
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

interface Presentation {
  active: boolean;
  index: number;
  count: number;
  node: string | null;
  edge: string | null;
  caption: { heading: string; title: string | null; quote: string | null; source: string | null } | null;
  fullscreen: string;
  sizes: { label: number; edge: number | null } | null;
}

const presentation = (page: Page) => page.evaluate(() => (window as unknown as { __resograph: { presentation?: Presentation } }).__resograph.presentation ?? null);

/** How far the step's node is drawn from the middle of the canvas above the caption, in pixels. */
const offCentre = (page: Page, id: string) =>
  page.evaluate((id) => {
    const hook = (window as unknown as { __resograph: { position(id: string): { x: number; y: number }; rendered(p: { x: number; y: number }): { x: number; y: number } } }).__resograph;
    const box = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    const caption = document.querySelector('[data-testid="present-caption"]')!.getBoundingClientRect();
    const at = hook.rendered(hook.position(id));
    return Math.hypot(at.x - box.width / 2, at.y - (caption.top - box.top) / 2);
  }, id);

describe('presentation mode', () => {
  it('goes full screen and steps through a citation chain with the arrow keys, each step centred with its quote', async () => {
    const { page, errors } = await openExplorer(world);
    await searchAndPick(page, '64/25');
    await page.locator('summary', { hasText: 'Citation chain' }).click();
    await page.getByLabel('Depth').fill('2');
    await page.getByRole('button', { name: 'Show chain' }).click();
    await settle(page);
    const before = await readHook(page);
    const chain = before.highlighted!;
    expect(chain.nodes.length).toBeGreaterThan(3);

    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(async () => (await presentation(page))?.active).toBe(true);
    let shown = (await presentation(page))!;
    expect(shown.index).toBe(0);
    expect(shown.node).toBe('A/RES/64/25');
    expect(shown.caption?.heading).toBe('64/25');
    expect(shown.count).toBe(chain.nodes.length);
    // Full screen where the browser allows it; covering the window where it does not.
    expect(['on', 'refused']).toContain(shown.fullscreen);
    const stage = (await page.getByRole('region', { name: 'Graph canvas' }).boundingBox())!;
    expect(stage.width).toBe(1440);
    expect(stage.height).toBe(900);
    expect(await page.getByRole('toolbar', { name: 'Canvas' }).count()).toBe(0);
    await expect.poll(() => offCentre(page, 'A/RES/64/25'), { timeout: 3000 }).toBeLessThan(4);
    await keepScreenshot(page, 'present-start');

    const visited = [shown.node];
    for (let step = 1; step < shown.count; step += 1) {
      await page.keyboard.press('ArrowRight');
      const now = (await presentation(page))!;
      expect(now.index).toBe(step);
      expect(visited).not.toContain(now.node);
      visited.push(now.node);
      // The edge that brought us here joins the new node to one already shown, and the caption reads it out.
      const edge = before.edges.find((e) => e.id === now.edge)!;
      expect(chain.edges).toContain(edge.id);
      expect([edge.source, edge.target]).toContain(now.node);
      expect(visited).toContain(edge.source === now.node ? edge.target : edge.source);
      expect(now.caption?.heading).toMatch(/ (recalls|cites) /);
      expect(await page.getByTestId('present-caption').textContent()).toContain(now.caption!.heading);
      if (now.caption?.quote) expect(await page.getByTestId('present-quote').textContent()).toBe(`“${now.caption.quote}”`);
      await expect.poll(() => offCentre(page, now.node!), { timeout: 3000 }).toBeLessThan(4);
      // Larger labels and thicker edges than the canvas's 11 and 1.6.
      expect(now.sizes!.label).toBeGreaterThanOrEqual(22);
      expect(now.sizes!.edge).toBeGreaterThanOrEqual(4);
      if (step === 1) await keepScreenshot(page, 'present-step');
    }
    expect(new Set(visited)).toEqual(new Set(chain.nodes));
    expect((await presentation(page))!.caption?.quote).toBeTruthy();

    // At the end the next key stays; back goes back.
    await page.keyboard.press('ArrowRight');
    expect((await presentation(page))!.index).toBe(shown.count - 1);
    await page.keyboard.press('ArrowLeft');
    shown = (await presentation(page))!;
    expect(shown.index).toBe(shown.count - 2);
    expect(shown.node).toBe(visited[shown.count - 2]);
    await page.keyboard.press('Home');
    expect((await presentation(page))!.node).toBe('A/RES/64/25');

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await presentation(page))?.active).toBe(false);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(await page.getByRole('toolbar', { name: 'Canvas' }).count()).toBe(1);
    // The arrows belonged to the presentation: the explorer's own selection did not walk.
    const after = await readHook(page);
    expect(after.selected).toBe('A/RES/64/25');
    expect(after.nodes).toEqual(before.nodes);
    expect((await page.getByRole('region', { name: 'Graph canvas' }).boundingBox())!.width).toBeLessThan(1440);
    expect(errors).toEqual([]);
  });

  it('presents the citations on the canvas when no chain is highlighted', async () => {
    const { page } = await openExplorer(world, '?n=A%2FRES%2F64%2F25&n=A%2FRES%2F53%2F70&n=A%2FRES%2F54%2F49&sel=A%2FRES%2F53%2F70');
    await expect.poll(async () => (await readHook(page)).nodes.length, { timeout: 20_000 }).toBe(3);
    await settle(page);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(async () => (await presentation(page))?.node).toBe('A/RES/53/70');
    expect((await presentation(page))!.count).toBe(3);
    await page.keyboard.press('ArrowRight');
    expect((await presentation(page))!.node).toBe('A/RES/64/25');
    await page.getByRole('button', { name: /Leave/ }).click();
    await expect.poll(async () => (await presentation(page))?.active).toBe(false);
  });
});
