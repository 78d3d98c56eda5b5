// Screenshots of the applications import's mapping step in both languages and themes, at
// the smallest supported window and a large one, written to screenshots/ for review.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { makeApplication, makeDocument } from '../fixtures/documents';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument } from './harness';
import { navigateTo } from './navigate';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-28T09:30:00+01:00');
const TEAL_EXPORT = resolve('tests/fixtures/imports/teal-job-tracker.csv');

afterAll(closeBrowser);

const sizes = [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
];

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`captures the applications mapping step in ${language}, ${colorScheme}`, async () => {
      mkdirSync(OUT, { recursive: true });
      for (const viewport of sizes) {
        const dataDir = makeDataDir();
        const document = makeDocument({ applications: [makeApplication({ id: 'kept', company: 'Wingtip', role: 'Staff Engineer' })] });
        writeSavedDocument(dataDir, document);
        const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport, dialogs: { open: () => TEAL_EXPORT } });
        await navigateTo(app, 'settings');
        await app.page.getByRole('button', { name: language === 'en' ? 'Import applications (CSV)…' : 'Bewerbungen importieren (CSV)…' }).click();
        const dialog = app.page.getByRole('dialog');
        await dialog.getByRole('combobox').first().waitFor();
        await app.page.waitForTimeout(150);
        await app.page.screenshot({ path: join(OUT, `application-import-${language}-${colorScheme}-${viewport.width}.png`) });
        await app.close();
        removeDataDir(dataDir);
      }
    });
  }
}
