// Screenshots of what the window says when the disk is full and after a recovery, in both
// languages and both schemes, at the two window sizes reviewed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { faultyFileSystem } from '../main/store/store-helpers';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const VIEWPORTS = [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
];

describe('data safety screens', () => {
  afterAll(closeBrowser);

  for (const language of ['en', 'de'] as const) {
    for (const viewport of VIEWPORTS) {
      it(`disk full and recovery notice, ${language}, ${viewport.width}`, async () => {
        const dataDir = makeDataDir();
        try {
          const fs = faultyFileSystem();
          const app = await openApp({ dataDir, now: NOW, systemLanguage: language, fs, viewport, colorScheme: viewport.width === 1024 ? 'light' : 'dark' });
          await app.page.getByRole('navigation').getByRole('button', { name: language === 'en' ? 'People' : 'Personen' }).click();
          await app.page.getByRole('button', { name: language === 'en' ? 'New person' : 'Neue Person' }).first().click();
          const dialog = app.page.getByRole('dialog');
          await dialog.getByLabel('Name', { exact: true }).fill('Grace Hopper');
          fs.spaceLeft = 0;
          await dialog.getByRole('button', { name: language === 'en' ? 'Add person' : 'Person hinzufügen' }).click();
          await app.page.waitForTimeout(300);
          await app.page.screenshot({ path: `screenshots/disk-full-${language}-${viewport.width}.png` });
          fs.spaceLeft = null;
          app.core.store.close();
          await app.close();
          writeFileSync(join(dataDir, 'rekindle-data.json'), '{"broken"');
          const recovered = await openApp({ dataDir, now: NOW, systemLanguage: language, viewport });
          await recovered.page.getByRole('alert').first().waitFor();
          await recovered.page.screenshot({ path: `screenshots/recovered-${language}-${viewport.width}.png` });
          await recovered.close();
        } finally {
          removeDataDir(dataDir);
        }
      });
    }
  }
});
