// `npm run screenshots`: every screen in both languages and both themes, written to
// screenshots/ for review. Filled with the sample data so screens look as in real use.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import type { View } from '../../shared/ipc/channels';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';
import { writeSampleData } from '../fixtures/sample-data';

const OUT = resolve('screenshots');
const VIEWS: View[] = ['board', 'today', 'applications', 'people', 'settings'];
const NOW = new Date('2026-11-28T09:30:00+01:00');

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`captures every screen in ${language}, ${colorScheme}`, async () => {
      mkdirSync(OUT, { recursive: true });
      for (const filled of [false, true]) {
        const dataDir = makeDataDir();
        if (filled) writeSampleData(dataDir, NOW);
        const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW });
        await app.page.getByRole('navigation').waitFor();
        for (const view of VIEWS) {
          await app.sendCommand({ type: 'navigate', view });
          await app.page.waitForTimeout(150);
          await app.page.screenshot({ path: join(OUT, `${view}-${filled ? 'filled' : 'empty'}-${language}-${colorScheme}.png`) });
        }
        await app.close();
        removeDataDir(dataDir);
      }
    });
  }
}
