// The applications list and an application's form, filled, in both languages and themes.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-28T09:30:00+01:00');

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`captures the application form in ${language}, ${colorScheme}`, async () => {
      mkdirSync(OUT, { recursive: true });
      const dataDir = makeDataDir();
      writeSampleData(dataDir, NOW);
      const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport: { width: 1280, height: 1000 } });
      await app.sendCommand({ type: 'navigate', view: 'applications' });
      await app.page.getByRole('button', { name: /Northwind Traders/ }).click();
      await app.page.getByRole('dialog').waitFor();
      await app.page.waitForTimeout(150);
      await app.page.screenshot({ path: join(OUT, `applications-form-${language}-${colorScheme}.png`) });
      await app.page.locator('dialog[open] > div').first().evaluate((body) => body.scrollTo(0, body.scrollHeight));
      await app.page.waitForTimeout(100);
      await app.page.screenshot({ path: join(OUT, `applications-form-bottom-${language}-${colorScheme}.png`) });
      await app.close();
      removeDataDir(dataDir);
    });
  }
}
