// Screenshots of the composer with a filled draft, in both languages and both themes, for
// reading the drafts as their recipient would. Written to screenshots/composer-*.png.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-28T09:30:00+01:00');

// Cards of the sample data: a formal ask to someone not heard from in years, a brief with
// interviews and talking points, and a thank-you after a rejection.
const CARDS = [
  { name: 'reconnect', card: /^王小明/, kind: { en: 'Ask to be a reference', de: 'Um eine Referenz bitten' } },
  { name: 'brief', card: /^Maria Schäfer, Northwind/, kind: { en: 'Prep brief', de: 'Briefing schicken' } },
  { name: 'thanks-no', card: /^Ελένη Παπαδοπούλου, Contoso/, kind: { en: 'Thank you – no offer', de: 'Danke – keine Zusage' } },
  { name: 'note', card: /^Ελένη Παπαδοπούλου, Contoso/, kind: { en: 'Handwritten note', de: 'Handgeschriebene Karte' } },
] as const;

const LABELS = {
  en: { compose: 'Write a message…', close: 'Close', pitch: 'Why you fit (optional)' },
  de: { compose: 'Nachricht schreiben …', close: 'Schließen', pitch: 'Warum du passt (optional)' },
};

afterAll(closeBrowser);

// The composer takes the card's place: at the smallest supported window, a common laptop
// window and a large one.
const SIZES = [
  { width: 1024, height: 700, colorScheme: 'light' },
  { width: 1280, height: 820, colorScheme: 'light' },
  { width: 1920, height: 1080, colorScheme: 'light' },
  { width: 1024, height: 700, colorScheme: 'dark' },
] as const;

for (const language of ['en', 'de'] as const) {
  for (const { width, height, colorScheme } of SIZES) {
    it(`captures the composer in ${language}, ${colorScheme}, ${width}x${height}`, async () => {
      mkdirSync(OUT, { recursive: true });
      const dataDir = makeDataDir();
      writeSampleData(dataDir, NOW);
      const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport: { width, height } });
      const { page } = app;
      const labels = LABELS[language];
      for (const { name, card, kind } of CARDS) {
        await page.getByRole('listitem', { name: card }).first().getByRole('button').first().click();
        await page.getByRole('button', { name: labels.compose }).click();
        const composer = page.getByRole('dialog', { name: /^(Message to|Nachricht an) / });
        await composer.getByRole('radio', { name: kind[language] }).check();
        if (name === 'reconnect') {
          await composer
            .getByLabel(labels.pitch)
            .fill(language === 'de' ? 'Ich habe zwei Designsysteme von Grund auf aufgebaut' : 'I have built two design systems from scratch');
        }
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(OUT, `composer-${name}-${language}-${colorScheme}-${width}x${height}.png`) });
        await page.keyboard.press('Escape');
        await composer.waitFor({ state: 'hidden' });
        await page.getByRole('dialog').getByRole('button', { name: labels.close, exact: true }).click();
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
      }
      await app.close();
      removeDataDir(dataDir);
    });
  }
}
