// The People screen and the person form with the sample data, in both languages, for review.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-28T09:30:00+01:00');
const LABELS = {
  en: { people: 'People', edit: 'Edit Maria Schäfer' },
  de: { people: 'Personen', edit: 'Maria Schäfer bearbeiten' },
} as const;

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`captures the people list and the person form in ${language}, ${colorScheme}`, async () => {
      mkdirSync(OUT, { recursive: true });
      const dataDir = makeDataDir();
      writeSampleData(dataDir, NOW);
      const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport: { width: 1280, height: 900 } });
      const { page } = app;
      await app.sendCommand({ type: 'navigate', view: 'people' });
      await page.getByRole('heading', { level: 1, name: LABELS[language].people }).waitFor();
      await page.screenshot({ path: join(OUT, `people-list-${language}-${colorScheme}.png`) });

      await page.getByRole('button', { name: LABELS[language].edit }).click();
      const dialog = page.getByRole('dialog', { name: LABELS[language].edit });
      await dialog.waitFor();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(OUT, `people-form-${language}-${colorScheme}.png`) });
      // The lower half of the form: talking points, consent and the reference requests.
      await dialog.getByRole('region').first().scrollIntoViewIfNeeded();
      await page.waitForTimeout(100);
      await page.screenshot({ path: join(OUT, `people-form-requests-${language}-${colorScheme}.png`) });
      await app.close();
      removeDataDir(dataDir);
    });
  }
}
