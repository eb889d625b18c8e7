import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { settle } from './explorer-page.ts';

/** Opens the console drawer and waits for its editor. */
export async function openConsole(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cypher console' }).click();
  await page.locator('.cm-content').waitFor({ timeout: 20_000 });
}

/** Replaces the editor's text as a paste would (no key presses, so no completion is accepted). */
export async function setQuery(page: Page, query: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.keyboard.press('Escape');
}

/** Runs with Ctrl+Enter and waits until the answer (or the error) is shown and the canvas has settled. */
export async function runQuery(page: Page): Promise<void> {
  await page.locator('.cm-content').press('Control+Enter');
  await expect.poll(async () => (await page.getByTestId('console-run').textContent())?.includes('Running'), { timeout: 30_000 }).toBe(false);
  await settle(page);
}

/** The table's body as text, one array of cell texts per row (the row number left out). */
export async function tableRows(page: Page): Promise<string[][]> {
  return page.locator('[data-testid="console-table"] tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
}

export async function tableColumns(page: Page): Promise<string[]> {
  return page.locator('[data-testid="console-table"] thead th').evaluateAll((cells) => cells.slice(1).map((cell) => cell.textContent ?? ''));
}
