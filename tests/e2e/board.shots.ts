// Screenshots of the board, an open card and Today, in both languages and both themes,
// written to screenshots/ for review.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument } from './harness';

const OUT = resolve('screenshots');
const NOW = new Date('2026-11-28T09:30:00+01:00');

afterAll(closeBrowser);

for (const language of ['en', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`captures the board, a card and Today in ${language}, ${colorScheme}`, async () => {
      mkdirSync(OUT, { recursive: true });
      const dataDir = makeDataDir();
      writeSampleData(dataDir, NOW);
      const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport: { width: 1440, height: 900 } });
      const { page } = app;
      const suffix = `${language}-${colorScheme}`;
      await page.locator('[data-request-id="req-1"]').waitFor();
      await page.screenshot({ path: join(OUT, `board-cards-${suffix}.png`) });

      await page.locator('[data-request-id="req-5"] button').first().click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(100);
      await page.screenshot({ path: join(OUT, `board-detail-${suffix}.png`) });
      await page.keyboard.press('Escape');

      await page.locator('[data-request-id="req-9"] button').first().click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(100);
      await page.screenshot({ path: join(OUT, `board-detail-thanks-${suffix}.png`) });
      await page.keyboard.press('Escape');

      await app.sendCommand({ type: 'navigate', view: 'today' });
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(OUT, `today-items-${suffix}.png`) });
      await app.close();
      removeDataDir(dataDir);
    });
  }
}

/** A column longer than its window, so the "Show more" tile can be reviewed. */
function longBoard() {
  const people = Array.from({ length: 130 }, (_, index) =>
    makeReference({ id: `ref-${index}`, name: `Person ${String(index + 1).padStart(3, '0')}`, rank: index, lastContactedOn: '2026-10-01' }),
  );
  return makeDocument({
    references: people,
    requests: people.map((person, index) =>
      makeRequest({ id: `req-${index}`, referenceId: person.id, stage: index < 120 ? 'reconnect' : 'prep', position: index }),
    ),
  });
}

for (const [language, colorScheme] of [
  ['en', 'light'],
  ['de', 'dark'],
] as const) {
  it(`captures a long column's Show more in ${language}, ${colorScheme}`, async () => {
    mkdirSync(OUT, { recursive: true });
    const dataDir = makeDataDir();
    writeSavedDocument(dataDir, longBoard());
    const app = await openApp({ dataDir, systemLanguage: language, colorScheme, now: NOW, viewport: { width: 1440, height: 900 } });
    const { page } = app;
    const more = page.locator('section[data-stage="reconnect"] button').last();
    await page.locator('[data-request-id="req-49"]').waitFor();
    await more.scrollIntoViewIfNeeded();
    await more.focus();
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(OUT, `board-show-more-${language}-${colorScheme}.png`) });
    await app.close();
    removeDataDir(dataDir);
  });
}
