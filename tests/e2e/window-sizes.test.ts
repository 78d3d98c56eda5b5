// At 1024×700 and at the minimum window size (main/window.ts: 900×600) every board column
// and every row button is on screen, or a fade says that more scrolls into view.
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const SMALL = [
  { width: 900, height: 600 },
  { width: 1024, height: 700 },
];

async function insideWidth(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  return box !== null && box.x >= 0 && box.x + box.width <= width;
}

describe('small windows', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
    writeSampleData(dataDir, NOW);
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  for (const viewport of SMALL) {
    it(`shows all four board columns side by side at ${viewport.width}×${viewport.height}`, async () => {
      const app = await openApp({ dataDir, now: NOW, viewport });
      const { page } = app;
      const columns = page.locator('main section[data-stage]');
      await expect.poll(() => columns.count()).toBe(4);
      for (const column of await columns.all()) expect(await insideWidth(page, column)).toBe(true);
      await app.close();
    });

    it(`keeps every row button of People inside the window at ${viewport.width}×${viewport.height}`, async () => {
      const app = await openApp({ dataDir, now: NOW, viewport });
      const { page } = app;
      await navigateTo(app, 'people');
      const deletes = page.locator('main [data-action="delete"]');
      await expect.poll(() => deletes.count()).toBeGreaterThan(3);
      for (const button of await deletes.all()) expect(await insideWidth(page, button)).toBe(true);
      await app.close();
    });
  }

  it('marks the board when a fifth column (declined) scrolls out of view, and clears the mark at the end', async () => {
    const app = await openApp({ dataDir, now: NOW, viewport: { width: 900, height: 600 } });
    const { page } = app;
    await page.getByLabel(/Show declined/).check();
    const board = page.locator('main section[data-stage="declined"]').locator('xpath=..');
    await expect.poll(() => board.evaluate((element) => element.hasAttribute('data-more-end'))).toBe(true);
    await board.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(() => board.evaluate((element) => element.hasAttribute('data-more-end'))).toBe(false);
    expect(await board.evaluate((element) => element.hasAttribute('data-more-start'))).toBe(true);
    expect(await insideWidth(page, page.locator('main section[data-stage="declined"]'))).toBe(true);
    await app.close();
  });
  it('wraps a long name on a card to a second line before cutting it, with the full name on hover', async () => {
    const app = await openApp({ dataDir, now: NOW, viewport: { width: 1280, height: 820 } });
    const { page } = app;
    const name = page.locator('main [title="Sabine Müller-Lüdenscheidt"]').first();
    await name.waitFor();
    const lines = await name.evaluate((element) => Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)));
    expect(lines).toBe(2);
    await app.close();
  });
});
