// axe-core over every screen and dialog, empty and filled, in both languages and both
// themes: no serious or critical violation anywhere. Screens are reached without naming
// their words, so one walk serves English and German.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { View } from '../../shared/ipc/channels';
import { writeSampleData } from '../fixtures/sample-data';
import { seriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, removeDataDir, type OpenedApp } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const VIEWS: View[] = ['board', 'today', 'applications', 'people', 'settings'];

class Walk {
  readonly found: string[] = [];
  constructor(private readonly app: OpenedApp) {}

  get page(): Page {
    return this.app.page;
  }

  async check(where: string): Promise<void> {
    await this.page.waitForTimeout(50);
    for (const violation of await seriousAxeViolations(this.page)) {
      this.found.push(`${where}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
    }
  }

  async view(view: View): Promise<void> {
    await navigateTo(this.app, view);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    await this.check(view);
  }

  /** Opens a dialog with `open`, checks it, and closes every dialog with Escape. */
  async dialog(where: string, open: () => Promise<void>, layers = 1): Promise<void> {
    await open();
    await this.page.locator('dialog[open]').nth(layers - 1).waitFor();
    await this.check(where);
    for (let layer = 0; layer < layers; layer += 1) {
      await this.page.keyboard.press('Escape');
      await expect.poll(() => this.page.locator('dialog[open]').count()).toBe(layers - layer - 1);
    }
  }
}

async function walkEmpty(walk: Walk): Promise<void> {
  for (const view of VIEWS) await walk.view(view);
  await walk.view('board');
  await walk.dialog('new person from the board', () => walk.page.locator('[data-empty-action]').click());
  await walk.view('applications');
  await walk.dialog('new application', () => walk.page.locator('main button.button-primary').first().click());
}

async function walkFilled(walk: Walk, app: OpenedApp): Promise<void> {
  const { page } = walk;
  for (const view of VIEWS) await walk.view(view);
  await walk.view('board');
  await walk.dialog('card in reconnect', () => page.locator('[data-request-id="req-2"] button').first().click());
  await walk.dialog('card in thank-you', () => page.locator('[data-request-id="req-9"] button').first().click());
  // The composer takes the card's place in the same dialog: Escape goes back to the card, then closes it.
  await page.locator('[data-request-id="req-2"] button').first().click();
  await page.locator('dialog[open]').getByRole('button', { name: /^(Write a message…|Nachricht schreiben …)$/ }).click();
  await page.locator('dialog[open]').getByRole('button', { name: /^(Back to the card|Zurück zur Karte)$/ }).waitFor();
  expect(await page.locator('dialog[open]').count()).toBe(1);
  await walk.check('composer in the card');
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').getByRole('button', { name: /^(Write a message…|Nachricht schreiben …)$/ }).waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  await walk.dialog('new request', () => app.sendCommand({ type: 'create' }));
  await walk.dialog('note prompts', () => page.locator('main header button').first().click());
  await walk.dialog('help', () => app.sendCommand({ type: 'help' }));
  await walk.view('today');
  // Today's items carry Done and Snooze too; open the card by its own button.
  await walk.dialog('card from Today', () => page.locator('main li').getByRole('button', { name: /^(Open card|Karte öffnen)/ }).first().click());
  await walk.view('applications');
  await walk.dialog('application', () => page.locator('main tbody button').first().click());
  await walk.view('people');
  await walk.dialog('person', () => page.locator('main [data-action="open"]').first().click());
  await walk.dialog('reference sheet', () => page.locator('main header button').first().click());
}

afterAll(closeBrowser);

describe('accessibility of every screen and dialog', () => {
  for (const language of ['en', 'de'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no serious or critical axe violation, empty and filled, in ${language}, ${colorScheme}`, { timeout: 180_000 }, async () => {
        const found: string[] = [];
        for (const filled of [false, true]) {
          const dataDir = makeDataDir();
          if (filled) writeSampleData(dataDir, NOW);
          const app = await openApp({ dataDir, now: NOW, systemLanguage: language, colorScheme, viewport: { width: 1280, height: 820 } });
          const walk = new Walk(app);
          await (filled ? walkFilled(walk, app) : walkEmpty(walk));
          found.push(...walk.found.map((line) => `${filled ? 'filled' : 'empty'} ${line}`));
          await app.close();
          removeDataDir(dataDir);
        }
        expect(found).toEqual([]);
      });
    }
  }
});
