// Screenshots of Settings → Your data with "Open data folder" and "Show backups", in both
// languages and themes, at the smallest window and a large one, written to screenshots/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

const OUT = resolve('screenshots');
afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [{ width: 1024, height: 700 }, { width: 1600, height: 1000 }]) {
      it(`captures the data folder buttons in ${language}, ${colorScheme}, ${viewport.width}px`, async () => {
        mkdirSync(OUT, { recursive: true });
        const dataDir = makeDataDir();
        const app = await openApp({ dataDir, systemLanguage: language, colorScheme, viewport });
        await app.sendCommand({ type: 'navigate', view: 'settings' });
        const section = app.page.getByRole('region', { name: language === 'de' ? 'Deine Daten' : 'Your data' });
        await section.scrollIntoViewIfNeeded();
        await app.page.screenshot({ path: join(OUT, `data-folders-${language}-${colorScheme}-${viewport.width}.png`) });
        await app.close();
        removeDataDir(dataDir);
      });
    }
  }
}
