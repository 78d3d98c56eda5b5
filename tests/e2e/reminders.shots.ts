// The Reminders section of Settings, in both languages and themes, at the smallest window
// and a large one: switched on with its time, then switched off.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';
import { navigateTo } from './navigate';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-28T10:00:00+01:00');
const SWITCH = { en: 'Remind me when something is due', de: 'Erinnere mich, wenn etwas fällig ist' };

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [{ width: 1024, height: 700 }, { width: 1920, height: 1080 }]) {
      it(`captures the reminder settings in ${language}, ${colorScheme}, ${viewport.width}`, async () => {
        mkdirSync(OUT, { recursive: true });
        const dataDir = makeDataDir();
        const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport });
        const { page } = app;
        const name = (what: string) => join(OUT, `reminders-${what}-${language}-${colorScheme}-${viewport.width}.png`);
        await navigateTo(app, 'settings');
        const section = page.getByRole('region', { name: language === 'en' ? 'Reminders' : 'Erinnerungen' });
        await section.scrollIntoViewIfNeeded();
        const toggle = page.getByRole('switch', { name: SWITCH[language] });
        await toggle.focus();
        await page.waitForTimeout(150);
        await page.screenshot({ path: name('on') });
        await page.keyboard.press('Space');
        await page.waitForTimeout(300);
        await page.screenshot({ path: name('off') });
        await app.close();
        removeDataDir(dataDir);
      });
    }
  }
}
