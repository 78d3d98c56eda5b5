import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T09:30:00+01:00');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

/** Every button, field and select of the screen's header and toolbar, which a toast must leave free. */
async function headerControls(page: Page): Promise<Box[]> {
  const controls = page.locator('main header button, main [role="search"] input, main [role="search"] select, main [role="search"] button');
  const boxes: Box[] = [];
  for (const control of await controls.all()) boxes.push(await boxOf(control));
  return boxes;
}

describe('toasts', () => {
  let dataDir: string;
  let outDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
    outDir = mkdtempSync(join(tmpdir(), 'rekindle-toasts-'));
    writeSampleData(dataDir, NOW);
  });
  afterEach(() => {
    removeDataDir(dataDir);
    rmSync(outDir, { recursive: true, force: true });
  });
  afterAll(closeBrowser);

  it('after an export, Open and Show in folder hand the saved file to the system, and the toast goes with the screen', async () => {
    const saved = join(outDir, 'References.pdf');
    const app = await openApp({ dataDir, now: NOW, dialogs: { save: () => saved } });
    const { page } = app;
    await navigateTo(app, 'people');
    await page.getByRole('button', { name: 'Reference sheet…' }).click();
    const dialog = page.getByRole('dialog', { name: /Reference sheet/ });
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    const toast = page.getByRole('status').filter({ hasText: `Saved to ${saved}` });
    await toast.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => app.openedPaths).toEqual([saved]);

    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await toast.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => app.shownInFolder).toEqual([saved]);

    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await toast.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`Saved to ${saved}`).waitFor();
    await navigateTo(app, 'board');
    await expect.poll(() => page.getByText(/Saved to/).count()).toBe(0);
    await app.close();
  });

  it('the window cannot have a file opened that Rekindle did not write', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const refused = await app.page.evaluate(() =>
      window.api.files.open({ savedTo: '/etc/passwd' }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(app.openedPaths).toEqual([]);
    await app.close();
  });

  it('saving twice in a row shows one toast, not two', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'people');
    for (let round = 0; round < 2; round += 1) {
      await page.getByRole('button', { name: 'Edit Maria Schäfer' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit Maria Schäfer' });
      await dialog.getByLabel('Notes').fill(`Round ${round}`);
      await dialog.getByRole('button', { name: 'Save person' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await page.getByText('Maria Schäfer was saved.').waitFor();
    expect(await page.getByText('Maria Schäfer was saved.').count()).toBe(1);
    await app.close();
  });

  for (const view of ['people', 'applications', 'board'] as const) {
    it(`at 1024×700 a toast on ${view} covers none of the screen's header actions and filters`, async () => {
      const app = await openApp({ dataDir, now: NOW, viewport: { width: 1024, height: 700 } });
      const { page } = app;
      await navigateTo(app, view);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // An Undo toast, the longest-lived kind: delete a person from People, then look at each screen.
      await navigateTo(app, 'people');
      await page.getByRole('button', { name: 'Delete Анна Иванова' }).click();
      await navigateTo(app, view);
      const toast = page.getByRole('status').filter({ hasText: 'Анна Иванова' });
      await toast.getByRole('button', { name: 'Undo' }).waitFor();
      const toastBox = await boxOf(toast);
      const controls = await headerControls(page);
      expect(controls.length).toBeGreaterThan(0);
      expect(controls.filter((control) => overlaps(control, toastBox))).toEqual([]);
      await app.close();
    });
  }
});
