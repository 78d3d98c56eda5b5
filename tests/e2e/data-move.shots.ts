// Screenshots of Settings → Data folder after a move (with "Remove the old copy"), of a
// refused move, and of the notice when the chosen folder is missing at launch: both
// languages and themes, at the smallest window and a large one, written to screenshots/.
import { mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

const OUT = resolve('screenshots');
const NOW = new Date('2026-03-02T08:00:00.000Z');
afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [{ width: 1024, height: 700 }, { width: 1600, height: 1000 }]) {
      const name = `${language}-${colorScheme}-${viewport.width}`;
      it(`captures the data folder after a move and a refused one in ${name}`, async () => {
        mkdirSync(OUT, { recursive: true });
        const dataDir = makeDataDir();
        const sync = mkdtempSync(join(tmpdir(), 'rekindle-shots-sync-'));
        writeSampleData(dataDir, NOW);
        let choose = join(sync, 'Nextcloud');
        mkdirSync(choose);
        const app = await openApp({ dataDir, now: NOW, systemLanguage: language, colorScheme, viewport, dialogs: { chooseFolder: () => choose } });
        await app.sendCommand({ type: 'navigate', view: 'settings' });
        const section = app.page.getByRole('region', { name: language === 'de' ? 'Datenordner' : 'Data folder' });
        await section.getByRole('button', { name: language === 'de' ? 'Verschieben…' : 'Move…' }).click();
        await section.getByRole('button', { name: language === 'de' ? 'Alte Kopie entfernen' : 'Remove the old copy' }).waitFor();
        await section.scrollIntoViewIfNeeded();
        await app.page.screenshot({ path: join(OUT, `data-move-moved-${name}.png`) });

        choose = dataDir; // holds the old copy: refused, with "open it instead"
        await section.getByRole('button', { name: language === 'de' ? 'Verschieben…' : 'Move…' }).click();
        await section.getByRole('button', { name: language === 'de' ? 'Stattdessen diesen Ordner öffnen' : 'Open that folder instead' }).waitFor();
        await section.scrollIntoViewIfNeeded();
        await app.page.screenshot({ path: join(OUT, `data-move-refused-${name}.png`) });

        await section.getByRole('button', { name: language === 'de' ? 'Alte Kopie entfernen' : 'Remove the old copy' }).click();
        await app.page.getByRole('dialog').waitFor();
        await app.page.screenshot({ path: join(OUT, `data-move-confirm-${name}.png`) });
        await app.close();
        app.core.store.close();

        // The drive is unplugged before the next launch.
        renameSync(join(sync, 'Nextcloud'), join(sync, 'unplugged'));
        const missing = await openApp({ dataDir, now: NOW, systemLanguage: language, colorScheme, viewport });
        await missing.page.getByRole('alert').waitFor();
        await missing.page.screenshot({ path: join(OUT, `data-move-missing-${name}.png`) });
        await missing.close();
        removeDataDir(dataDir);
        removeDataDir(sync);
      });
    }
  }
}
