// Screenshots of a refusal the window explains in its own words: a backup cut short, in
// both languages and themes, with main's technical detail opened beneath the sentence.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { serializeBackup } from '../../main/services/backup-file';
import { buildSampleDocument, writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';
import { navigateTo } from './navigate';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-28T09:30:00+01:00');

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`captures a backup refused for being cut short in ${language}, ${colorScheme}`, async () => {
      mkdirSync(OUT, { recursive: true });
      const dataDir = makeDataDir();
      const files = mkdtempSync(join(tmpdir(), 'rekindle-shots-'));
      writeSampleData(dataDir, NOW);
      const whole = new TextDecoder().decode(serializeBackup(buildSampleDocument(NOW), NOW));
      const cut = join(files, 'cut.json');
      writeFileSync(cut, whole.slice(0, whole.length / 2));
      const app = await openApp({ dataDir, now: NOW, systemLanguage: language, colorScheme, dialogs: { open: () => cut } });
      try {
        await navigateTo(app, 'settings');
        await app.page.getByRole('button', { name: language === 'en' ? 'Restore from a backup…' : /Sicherung wiederherstellen/ }).click();
        const alert = app.page.getByRole('alert');
        await alert.getByText(language === 'en' ? 'Technical detail' : 'Technische Details').click();
        await alert.scrollIntoViewIfNeeded();
        await app.page.screenshot({ path: join(OUT, `error-backup-cut-${language}-${colorScheme}.png`) });
      } finally {
        await app.close();
        removeDataDir(dataDir);
        rmSync(files, { recursive: true, force: true });
      }
    });
  }
}
