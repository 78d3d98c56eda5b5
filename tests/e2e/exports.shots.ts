// Screenshots of the reference sheet dialog with its preview and of the note prompts
// dialog, in both languages, written to screenshots/ for review.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-28T09:30:00+01:00');
const WORDS = {
  en: { role: 'Senior Product Designer', sheet: 'Reference sheet…', notes: 'Note prompts…', picked: '5 people picked' },
  de: { role: 'Senior Product Designer', sheet: 'Referenzliste …', notes: 'Schreibhilfen …', picked: '5 Personen ausgewählt' },
};

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`captures the export dialogs in ${language}, ${colorScheme}`, async () => {
      mkdirSync(OUT, { recursive: true });
      const dataDir = makeDataDir();
      writeSampleData(dataDir, NOW);
      const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport: { width: 1280, height: 860 } });
      const { page } = app;
      const words = WORDS[language];
      const suffix = `${language}-${colorScheme}`;

      await app.sendCommand({ type: 'navigate', view: 'applications' });
      await page.getByRole('button', { name: /Northwind Traders/ }).click();
      await page.getByRole('dialog', { name: `Northwind Traders · ${words.role}` }).getByRole('button', { name: words.sheet }).click();
      const sheet = page.getByRole('dialog', { name: /Northwind Traders/ });
      await sheet.getByText(words.picked).waitFor();
      await sheet.getByTestId('sheet-preview').getByText('Jana Becker').waitFor();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(OUT, `exports-sheet-${suffix}.png`) });

      // Six picked: the reminder about three to five.
      await sheet.getByRole('checkbox', { name: 'Łukasz Żółć', exact: true }).check();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(OUT, `exports-sheet-six-${suffix}.png`) });
      await page.keyboard.press('Escape');

      await app.sendCommand({ type: 'navigate', view: 'board' });
      await page.getByRole('button', { name: words.notes }).click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(OUT, `exports-notes-${suffix}.png`) });
      await app.close();
      removeDataDir(dataDir);
    });
  }
}
