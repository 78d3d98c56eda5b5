// `npm run screenshots`: the four main screens at the smallest window, the two common
// laptop sizes and full HD, in English and German, plus an open card at the small sizes.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import type { View } from '../../shared/ipc/channels';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

const OUT = resolve('screenshots', 'sizes');
const NOW = new Date('2026-11-28T09:30:00+01:00');
const VIEWS: View[] = ['board', 'people', 'applications', 'today'];
const SIZES = [
  { width: 900, height: 600 },
  { width: 1024, height: 700 },
  { width: 1280, height: 820 },
  { width: 1920, height: 1080 },
];

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  it(`captures every screen at every window size in ${language}`, async () => {
    mkdirSync(OUT, { recursive: true });
    const dataDir = makeDataDir();
    writeSampleData(dataDir, NOW);
    for (const viewport of SIZES) {
      const app = await openApp({ dataDir, systemLanguage: language, now: NOW, viewport });
      const { page } = app;
      const size = `${viewport.width}x${viewport.height}`;
      await page.getByRole('navigation').waitFor();
      for (const view of VIEWS) {
        await app.sendCommand({ type: 'navigate', view });
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(OUT, `${view}-${size}-${language}.png`) });
      }
      if (viewport.width <= 1024) {
        await app.sendCommand({ type: 'navigate', view: 'board' });
        await page.locator('[data-request-id="req-2"] button').first().click();
        await page.getByRole('dialog').waitFor();
        await page.waitForTimeout(100);
        await page.screenshot({ path: join(OUT, `card-${size}-${language}.png`) });
      }
      await app.close();
    }
    removeDataDir(dataDir);
  });
}
