// Screenshots of Settings → Your data and its two previews (restore, import) in both
// languages and both themes, written to screenshots/ for review.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { serializeBackup } from '../../main/services/backup-file';
import type { RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeReference } from '../fixtures/documents';
import { buildSampleDocument } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument } from './harness';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-28T09:30:00+01:00');
const LINKEDIN_FIXTURE = resolve('tests/fixtures/imports/linkedin-connections.csv');

afterAll(closeBrowser);

/** The sample data plus Aylin Demir, who is also in the LinkedIn file (same email). */
function writeAppData(dataDir: string): void {
  const sample = buildSampleDocument(NOW);
  const aylin = makeReference({ id: 'ref-aylin', name: 'Aylin Demir', email: 'aylin.demir@example.net', rank: sample.references.length });
  const document: RekindleDocument = { ...sample, references: [...sample.references, aylin] };
  writeSavedDocument(dataDir, document);
}

/** The sample search without Aylin, plus an application the app does not have yet. */
function writeBackup(folder: string): string {
  const sample = buildSampleDocument(NOW);
  sample.applications.push(makeApplication({ id: 'app-from-backup', company: 'Adatum', role: 'Head of Design' }));
  const path = join(folder, 'Rekindle backup 2026-11-20.json');
  writeFileSync(path, serializeBackup(sample, NOW));
  return path;
}

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`captures Your data and its previews in ${language}, ${colorScheme}`, async () => {
      mkdirSync(OUT, { recursive: true });
      const dataDir = makeDataDir();
      const files = mkdtempSync(join(tmpdir(), 'rekindle-shots-files-'));
      writeAppData(dataDir);
      let chosen = writeBackup(files);
      const app = await openApp({
        dataDir,
        systemLanguage: language,
        colorScheme,
        now: NOW,
        viewport: { width: 1280, height: 900 },
        dialogs: { open: () => chosen },
      });
      const { page } = app;
      const suffix = `${language}-${colorScheme}`;
      await page.getByRole('navigation').waitFor();
      await app.sendCommand({ type: 'navigate', view: 'settings' });
      const restoreButton = page.getByRole('button', { name: language === 'en' ? 'Restore from a backup…' : 'Aus einer Sicherung wiederherstellen…' });
      await restoreButton.scrollIntoViewIfNeeded();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(OUT, `data-section-${suffix}.png`), fullPage: true });

      await restoreButton.click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(OUT, `data-restore-preview-${suffix}.png`) });
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      chosen = LINKEDIN_FIXTURE;
      await page.getByRole('button', { name: language === 'en' ? 'Import LinkedIn connections…' : 'LinkedIn-Kontakte importieren…' }).click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(OUT, `data-import-preview-${suffix}.png`) });
      // The status column must stay readable on a small screen.
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(OUT, `data-import-preview-1024-${suffix}.png`) });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      chosen = join(files, 'Contacts.csv');
      writeFileSync(chosen, 'Name,Mail\nJo,jo@example.com\n');
      await page.getByRole('button', { name: language === 'en' ? 'Import LinkedIn connections…' : 'LinkedIn-Kontakte importieren…' }).click();
      await page.getByRole('alert').waitFor();
      await page.getByRole('alert').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUT, `data-refused-${suffix}.png`) });

      await app.close();
      removeDataDir(dataDir);
      rmSync(files, { recursive: true, force: true });
    });
  }
}
