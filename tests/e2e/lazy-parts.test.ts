// Launch fetches the board and one language's words; everything else comes on first use.
// The window warms the other parts while idle, so these tests switch that off: what they
// open is fetched at that moment, as on a slow first open, and must behave as if it had
// always been there (focus inside a dialog, on a screen's heading).
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument } from './harness';

const NO_IDLE_WARMING = 'window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => undefined;';
// Every label the navigation shows, from before the app's first paint.
const RECORD_NAV_LABELS = `
  window.__navLabels = [];
  const record = () => {
    const label = document.querySelector('nav')?.getAttribute('aria-label');
    if (label && window.__navLabels.at(-1) !== label) window.__navLabels.push(label);
  };
  new MutationObserver(record).observe(document, { childList: true, subtree: true, attributes: true });
`;

const maria = makeReference({ id: 'p-maria', name: 'Maria Schäfer', rank: 0 });
const northwind = makeApplication({ id: 'a-north', company: 'Northwind', role: 'Designer' });
const card = makeRequest({ id: 'r-maria', referenceId: 'p-maria', applicationId: 'a-north' });

/** The scripts the page has fetched so far, by file name (no fixed clock here: it stops resource timing). */
const fetchedScripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('/').pop() ?? '')
      .filter((name) => name.endsWith('.js')),
  );
const catalogueChunks = (scripts: string[]) => scripts.filter((name) => /^(en|de)-[\w-]+\.js$/.test(name)).map((name) => name.slice(0, 2));

async function expectFocusInside(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((element) => element.contains(document.activeElement))).toBe(true);
}

describe('what launch leaves for later', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('fetches no dialog and no other screen to show the first card, and the words of one language only', async () => {
    writeSavedDocument(dataDir, makeDocument({ references: [maria], applications: [northwind], requests: [card] }));
    const app = await openApp({ dataDir, initScript: NO_IDLE_WARMING });
    await app.page.locator('[data-request-id="r-maria"]').waitFor();

    const scripts = await fetchedScripts(app.page);
    expect(scripts.filter((name) => /^(CardDetail|NewRequestDialog|PersonDialog|ApplicationDialog|TodayView|PeopleView|SettingsView|CommandPalette|HelpDialog)-/.test(name))).toEqual([]);
    expect(catalogueChunks(scripts)).toEqual(['en']);
    await app.close();
  });

  it('a card opened before its code arrived takes the keyboard once it shows, and gives it back on Escape', async () => {
    writeSavedDocument(dataDir, makeDocument({ references: [maria], applications: [northwind], requests: [card] }));
    const app = await openApp({ dataDir, initScript: NO_IDLE_WARMING });
    const { page } = app;
    const opener = page.locator('[data-request-id="r-maria"] button').first();
    await opener.click();
    const detail = page.getByRole('dialog', { name: 'Maria Schäfer' });
    await expectFocusInside(detail);
    expect((await fetchedScripts(page)).some((name) => name.startsWith('CardDetail-'))).toBe(true);

    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    await expect.poll(() => opener.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.close();
  });

  it('a screen visited for the first time replaces the board whole and puts the keyboard on its heading', async () => {
    writeSavedDocument(dataDir, makeDocument({ references: [maria], applications: [northwind], requests: [card] }));
    const app = await openApp({ dataDir, initScript: NO_IDLE_WARMING });
    const { page } = app;
    await page.locator('[data-request-id="r-maria"]').waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'People' }).click();

    const heading = page.getByRole('heading', { level: 1, name: 'People' });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('[data-request-id]').count()).toBe(0);
    await app.close();
  });

  it("fetches the other language's words only when the user switches to it", async () => {
    const app = await openApp({ dataDir, initScript: NO_IDLE_WARMING });
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language of the app').waitFor();
    expect(catalogueChunks(await fetchedScripts(page))).toEqual(['en']);

    await page.getByLabel('Language of the app').selectOption('de');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Einstellungen');
    expect(catalogueChunks(await fetchedScripts(page)).sort()).toEqual(['de', 'en']);
    await app.close();
  });

  it('on a German system with English chosen, the frame shows in English from its first paint', async () => {
    writeSavedDocument(dataDir, makeDocument({ settings: { language: 'en', paperSize: 'A4' } }));
    const app = await openApp({ dataDir, systemLanguage: 'de', initScript: NO_IDLE_WARMING + RECORD_NAV_LABELS });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // Never "Hauptnavigation" first, not even for a frame.
    expect(await page.evaluate(() => window.__navLabels)).toEqual(['Main navigation']);
    await app.close();
  });
});
