// Screenshots of what the window shows of the user's other computers: saving paused while
// the data folder is away, the word on changes that came in, and the history of values a
// later change elsewhere replaced (person form and card), in both languages and schemes,
// at the two window sizes reviewed.
import { afterAll, describe, it } from 'vitest';
import type { Overwritten } from '../../shared/schema/overwritten';
import { buildSampleDocument } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument } from './harness';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const VIEWPORTS = [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
];

const personHistory: Overwritten = [
  { field: 'organisation', value: 'Blue Yonder', device: 'Annas-MacBook', at: '2026-11-26T18:05:00.000Z' },
  { field: 'notes', value: 'Prefers a call before noon; mention the checkout redesign first.', device: 'Office-PC', at: '2026-11-27T08:40:00.000Z' },
];
const cardHistory: Overwritten = [{ field: 'stage', value: 'reconnect', device: 'Annas-MacBook', at: '2026-11-27T19:12:00.000Z' }];

function sampleWithHistory() {
  const document = buildSampleDocument(NOW);
  return {
    ...document,
    references: document.references.map((person) => (person.id === 'ref-maria' ? { ...person, overwritten: personHistory } : person)),
    requests: document.requests.map((request) => (request.id === 'req-1' ? { ...request, overwritten: cardHistory } : request)),
  };
}

describe('other computers', () => {
  afterAll(closeBrowser);

  for (const language of ['en', 'de'] as const) {
    for (const viewport of VIEWPORTS) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const name = `${language}-${viewport.width}-${colorScheme}`;
        it(`paused saving, incoming changes and history, ${name}`, async () => {
          const dataDir = makeDataDir();
          try {
            writeSavedDocument(dataDir, sampleWithHistory());
            const app = await openApp({ dataDir, now: NOW, systemLanguage: language, viewport, colorScheme });
            const { page } = app;
            await app.sendCommand({ type: 'savingPaused', paused: true });
            await app.sendCommand({
              type: 'externalChanges',
              patch: {},
              from: [
                { deviceId: 'd-2', deviceName: 'Annas-MacBook', changes: 3 },
                { deviceId: 'd-3', deviceName: 'Office-PC', changes: 1 },
              ],
            });
            await page.locator('[data-saving-paused]').waitFor();
            await page.screenshot({ path: `screenshots/sync-paused-${name}.png` });
            await app.sendCommand({ type: 'savingPaused', paused: false });

            await app.sendCommand({ type: 'navigate', view: 'people' });
            await page.getByRole('button', { name: language === 'en' ? 'Edit Maria Schäfer' : 'Maria Schäfer bearbeiten' }).click();
            await page.getByRole('dialog').getByRole('region').first().waitFor();
            await page.screenshot({ path: `screenshots/sync-person-history-${name}.png` });
            // Typed here while the other computer changed her organisation: the form says so.
            await page.getByRole('dialog').getByLabel(language === 'en' ? 'Notes' : 'Notizen').fill('Call before noon');
            const maria = app.core.store.document.references.find((person) => person.id === 'ref-maria');
            if (maria) await app.sendCommand({ type: 'externalChanges', patch: { references: { upsert: [{ ...maria, organisation: 'Zalando' }], remove: [] } }, from: [{ deviceId: 'd-2', deviceName: 'Annas-MacBook', changes: 1 }] });
            await page.locator('[role="status"] p').filter({ hasText: language === 'en' ? 'while you were editing' : 'Während du bearbeitet hast' }).waitFor();
            await page.screenshot({ path: `screenshots/sync-edited-elsewhere-${name}.png` });
            await page.keyboard.press('Escape');
            // Closing with typed notes asks first; this tour throws them away.
            await page.getByRole('button', { name: language === 'en' ? 'Discard' : 'Verwerfen' }).click();

            await app.sendCommand({ type: 'navigate', view: 'board' });
            await page.locator('[data-request-id="req-1"] button').first().click();
            await page.getByRole('dialog').waitFor();
            const history = page.getByRole('dialog').getByRole('region', { name: language === 'en' ? 'Changed on your other computer' : 'Auf deinem anderen Computer geändert' });
            await history.scrollIntoViewIfNeeded();
            await page.screenshot({ path: `screenshots/sync-card-history-${name}.png` });
            await app.close();
          } finally {
            removeDataDir(dataDir);
          }
        });
      }
    }
  }
});
