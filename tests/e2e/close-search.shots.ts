// Closing the search, in both languages and themes: the section and toast once an offer is
// recorded, the flow, its closing step with the note prompts, and Today's thank-yous.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { searchDocument } from './close-search-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument } from './harness';
import { navigateTo } from './navigate';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-30T10:00:00+01:00');
const WORDS = {
  en: { offer: 'Got an offer', open: 'Close the search…', confirm: 'Close the search', closed: 'The search is closed', close: 'Close' },
  de: { offer: 'Angebot bekommen', open: 'Suche abschließen …', confirm: 'Suche abschließen', closed: 'Die Suche ist abgeschlossen', close: 'Schließen' },
};

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [{ width: 1024, height: 700 }, { width: 1920, height: 1080 }]) {
      it(`captures closing the search in ${language}, ${colorScheme}, ${viewport.width}`, async () => {
        mkdirSync(OUT, { recursive: true });
        const dataDir = makeDataDir();
        writeSavedDocument(dataDir, searchDocument(null));
        const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport });
        const { page } = app;
        const words = WORDS[language];
        const name = (what: string) => join(OUT, `close-search-${what}-${language}-${colorScheme}-${viewport.width}.png`);
        await navigateTo(app, 'applications');
        await page.getByRole('button', { name: /Globex/ }).click();
        await page.getByRole('button', { name: words.offer }).click();
        await page.waitForTimeout(150);
        await page.screenshot({ path: name('offer') });
        await page.getByRole('button', { name: words.open }).first().click();
        const flow = page.getByRole('dialog', { name: new RegExp(`^${words.confirm}:`) });
        await flow.waitFor();
        await page.waitForTimeout(150);
        await page.screenshot({ path: name('dialog') });

        await flow.getByRole('button', { name: words.confirm, exact: true }).click();
        const done = page.getByRole('dialog', { name: words.closed });
        await done.waitFor();
        await page.waitForTimeout(150);
        await page.screenshot({ path: name('done') });
        await done.getByRole('button', { name: words.close, exact: true }).click();
        await page.waitForTimeout(150);
        await page.screenshot({ path: name('application') });
        await page.keyboard.press('Escape');

        await navigateTo(app, 'today');
        await page.waitForTimeout(150);
        await page.screenshot({ path: name('today') });
        await app.close();
        removeDataDir(dataDir);
      });
    }
  }
}
