import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument } from '../../shared/schema/document';
import { makeApplication } from '../fixtures/documents';
import { shownText, typeDate } from './date-input';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const dataFile = (dir: string) => join(dir, 'rekindle-data.json');

function writeDocument(dir: string, language: 'en' | 'de') {
  const application = makeApplication({ id: 'a-north', company: 'Northwind', role: 'Designer', interviews: [], appliedOn: null, referenceCheckOn: null });
  writeFileSync(dataFile(dir), JSON.stringify({ ...emptyDocument(), applications: [application], settings: { language, paperSize: 'A4' } }));
}

describe('date and time fields', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('shows dd.mm.yyyy and 24-hour time in a German window on an English system, and saves ISO values', async () => {
    writeDocument(dataDir, 'de');
    const app = await openApp({ dataDir, now: NOW, systemLanguage: 'en' });
    const { page } = app;
    await navigateTo(app, 'applications');
    await page.getByRole('button', { name: /Northwind/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Northwind · Designer' });
    await dialog.getByRole('button', { name: 'Gespräch hinzufügen' }).click();
    const date = dialog.getByRole('group', { name: 'Datum' });
    expect(await shownText(date)).toBe('28.11.2026');
    const time = dialog.getByRole('group', { name: 'Uhrzeit' });
    expect(await shownText(time)).toBe('––:––');
    await time.getByRole('spinbutton').first().click();
    await page.keyboard.type('1430');
    expect(await shownText(time)).toBe('14:30');
    await typeDate(dialog.getByRole('group', { name: 'Beworben am' }), '2026-11-03', 'de');
    expect(await shownText(dialog.getByRole('group', { name: 'Beworben am' }))).toBe('03.11.2026');
    await dialog.getByRole('button', { name: 'Bewerbung speichern' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const [saved] = readSavedDocument(dataDir).applications;
    if (!saved) throw new Error('the application was not saved');
    expect(saved.appliedOn).toBe('2026-11-03');
    expect(saved.interviews).toEqual([expect.objectContaining({ date: '2026-11-28', time: '14:30' })]);
    await app.close();
  });

  it('shows the English form in an English window on a German system', async () => {
    writeDocument(dataDir, 'en');
    const app = await openApp({ dataDir, now: NOW, systemLanguage: 'de' });
    const { page } = app;
    await navigateTo(app, 'applications');
    await page.getByRole('button', { name: /Northwind/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Northwind · Designer' });
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    expect(await shownText(dialog.getByRole('group', { name: 'Date' }))).toBe('11/28/2026');
    const time = dialog.getByRole('group', { name: 'Time' });
    await time.getByRole('spinbutton').first().click();
    await page.keyboard.type('230');
    await page.keyboard.type('P');
    expect(await shownText(time)).toBe('2:30 PM');
    await dialog.getByRole('button', { name: 'Save application' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const [saved] = readSavedDocument(dataDir).applications;
    if (!saved) throw new Error('the application was not saved');
    expect(saved.interviews).toEqual([expect.objectContaining({ date: '2026-11-28', time: '14:30' })]);
    await app.close();
  });

  it('asks before discarding an edit made only in a date field', async () => {
    writeDocument(dataDir, 'en');
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'applications');
    await page.getByRole('button', { name: /Northwind/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Northwind · Designer' });
    const applied = dialog.getByRole('group', { name: 'Applied on' });
    await typeDate(applied, '2026-11-03');
    await page.keyboard.press('Escape');
    await dialog.getByText(/discard/i).first().waitFor();
    await app.close();
  });
});
