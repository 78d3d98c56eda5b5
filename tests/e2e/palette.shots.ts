// Screenshots of quick open: as it opens, with matches and with none, in both languages and
// themes, at the smallest supported window and a large one. Written to screenshots/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-28T09:30:00+01:00');
const SIZES = { small: { width: 1024, height: 700 }, large: { width: 1600, height: 1000 } } as const;

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      it(`captures quick open in ${language}, ${colorScheme}, ${size}`, async () => {
        mkdirSync(OUT, { recursive: true });
        const dataDir = makeDataDir();
        writeSampleData(dataDir, NOW);
        const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport });
        const { page } = app;
        const suffix = `${language}-${colorScheme}-${size}`;
        await page.getByRole('navigation').waitFor();
        await app.sendCommand({ type: 'palette' });
        const input = page.getByRole('dialog').getByRole('combobox');
        await input.waitFor();
        await page.waitForTimeout(100);
        await page.screenshot({ path: join(OUT, `palette-open-${suffix}.png`) });

        await page.keyboard.type('maria');
        await page.keyboard.press('ArrowDown');
        await page.waitForTimeout(100);
        await page.screenshot({ path: join(OUT, `palette-matches-${suffix}.png`) });

        await input.fill('zzqx');
        await page.waitForTimeout(100);
        await page.screenshot({ path: join(OUT, `palette-none-${suffix}.png`) });
        await app.close();
        removeDataDir(dataDir);
      });
    }
  }
}
