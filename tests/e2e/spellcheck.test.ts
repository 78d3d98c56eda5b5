// The spellchecker follows the language of the text the user is writing in: the window is
// English, Maria's drafts are German.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths, toIsoDate } from '../../shared/dates';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument } from './harness';

const NOW = new Date('2026-11-28T09:30:00+01:00');

function writeGermanContact(dataDir: string): void {
  const stamp = NOW.toISOString();
  const reference = makeReference({
    id: 'ref-maria',
    name: 'Maria Schäfer',
    address: { salutation: 'ms', pronouns: 'she', formality: 'formal', title: '', language: 'de' },
    lastContactedOn: addMonths(toIsoDate(NOW), -24),
    createdAt: stamp,
    updatedAt: stamp,
  });
  const application = makeApplication({ id: 'app-fabrikam', company: 'Fabrikam', role: 'Design Lead', status: 'applied', createdAt: stamp, updatedAt: stamp });
  const request = makeRequest({ id: 'req-1', referenceId: reference.id, applicationId: application.id, stage: 'reconnect', createdAt: stamp, updatedAt: stamp });
  writeSavedDocument(dataDir, makeDocument({ references: [reference], applications: [application], requests: [request] }));
}

describe('spell checking in the language of the text', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('checks a German draft in German in an English window, and in English once the draft is switched', async () => {
    writeGermanContact(dataDir);
    const app = await openApp({ dataDir, now: NOW, systemLanguage: 'en' });
    const { page } = app;

    await page.getByRole('listitem', { name: /^Maria Schäfer, Fabrikam/ }).getByRole('button').first().click();
    await page.getByRole('dialog', { name: 'Maria Schäfer' }).getByRole('button', { name: 'Write a message…' }).click();
    const composer = page.getByRole('dialog', { name: 'Message to Maria Schäfer' });
    expect(await composer.getByRole('radio', { name: 'German' }).isChecked()).toBe(true);

    await composer.getByRole('textbox', { name: 'Message' }).focus();
    await expect.poll(() => app.spellcheckedIn.at(-1)).toBe('de');

    await composer.getByRole('radio', { name: 'English' }).check();
    await composer.getByRole('textbox', { name: 'Message' }).focus();
    await expect.poll(() => app.spellcheckedIn.at(-1)).toBe('en');

    // Each switch is told once, however often the focus moves between fields of one language.
    await composer.getByRole('textbox', { name: 'Subject' }).focus();
    await composer.getByRole('textbox', { name: 'Message' }).focus();
    expect(app.spellcheckedIn.filter((language, index, all) => language === all[index - 1])).toEqual([]);
    await app.close();
  });
});
