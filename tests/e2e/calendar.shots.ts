// "Add to calendar" beside an application's interviews, and what the window says after a
// calendar export, in both languages and themes, small and large windows.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-28T09:30:00+01:00');
const SIZES = { small: { width: 1024, height: 700 }, large: { width: 1600, height: 1000 } } as const;
const LABELS = {
  en: { add: 'Add to calendar', opened: 'The interviews are open', saved: 'Calendar saved to' },
  de: { add: 'Zum Kalender hinzufügen', opened: 'Die Gespräche sind', saved: 'Kalender gespeichert unter' },
} as const;

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const size of ['small', 'large'] as const) {
      it(`captures Add to calendar in ${language}, ${colorScheme}, ${size}`, async () => {
        mkdirSync(OUT, { recursive: true });
        const dataDir = makeDataDir();
        writeSampleData(dataDir, NOW);
        const app = await openApp({
          dataDir,
          systemLanguage: language,
          colorScheme,
          now: NOW,
          viewport: SIZES[size],
          dialogs: { save: ({ defaultName }) => join(dataDir, defaultName) },
        });
        const { page } = app;
        await page.getByRole('navigation').waitFor();
        await app.sendCommand({ type: 'navigate', view: 'applications' });
        await page.getByRole('button', { name: /Northwind Traders/ }).click();
        const button = page.getByRole('dialog').getByRole('button', { name: LABELS[language].add });
        await button.scrollIntoViewIfNeeded();
        await button.click();
        await page.getByRole('status').filter({ hasText: LABELS[language].opened }).waitFor();
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(OUT, `calendar-add-${language}-${colorScheme}-${size}.png`) });

        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
        await app.sendCommand({ type: 'exportCalendar' });
        await page.getByRole('status').filter({ hasText: LABELS[language].saved }).waitFor();
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(OUT, `calendar-export-${language}-${colorScheme}-${size}.png`) });
        await app.close();
        removeDataDir(dataDir);
      });
    }
  }
}
