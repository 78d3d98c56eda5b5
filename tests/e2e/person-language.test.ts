// A person's preferred language, set in the person form, decides the language their
// messages start in, whatever language the window itself speaks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths, toIsoDate } from '../../shared/dates';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, type OpenedApp } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const TODAY = toIsoDate(NOW);

/** Maria, with no language of her own yet, on a reconnect card for Fabrikam, in an English window. */
function writeData(dataDir: string): void {
  const stamp = NOW.toISOString();
  const reference = makeReference({
    id: 'ref-maria',
    name: 'Maria Schäfer',
    email: 'maria.schaefer@example.com',
    lastContactedOn: addMonths(TODAY, -24),
    createdAt: stamp,
    updatedAt: stamp,
  });
  const application = makeApplication({ id: 'app-fabrikam', company: 'Fabrikam', role: 'Design Lead', status: 'applied', createdAt: stamp, updatedAt: stamp });
  const request = makeRequest({ id: 'req-1', referenceId: reference.id, applicationId: application.id, stage: 'reconnect', createdAt: stamp, updatedAt: stamp });
  const document = makeDocument({
    profile: { name: 'Jana Becker', email: 'jana@example.com', phone: '', city: 'Berlin', links: [] },
    references: [reference],
    applications: [application],
    requests: [request],
    settings: { language: 'en', paperSize: 'A4' },
  });
  writeFileSync(join(dataDir, 'rekindle-data.json'), JSON.stringify(document, null, '\t'), { mode: 0o600 });
}

/** Opens Maria in the person form, picks the option for "Their language" and saves. */
async function setTheirLanguage(app: OpenedApp, option: string): Promise<void> {
  const { page } = app;
  await navigateTo(app, 'people');
  await page.getByRole('button', { name: 'Edit Maria Schäfer' }).click();
  const form = page.getByRole('dialog', { name: 'Edit Maria Schäfer' });
  await form.getByLabel('Their language').selectOption({ label: option });
  await form.getByRole('button', { name: 'Save person' }).click();
  await page.getByText('Maria Schäfer was saved.').first().waitFor();
  await page.keyboard.press('Escape');
  await form.waitFor({ state: 'hidden' });
}

/** Opens the composer from Maria's card on the board and reads what it starts with. */
async function openComposer(app: OpenedApp): Promise<{ page: Page; language: string | null; subject: string; body: string }> {
  const { page } = app;
  await navigateTo(app, 'board');
  await page.getByRole('listitem', { name: /^Maria Schäfer, Fabrikam/ }).getByRole('button').first().click();
  await page.getByRole('dialog', { name: 'Maria Schäfer' }).getByRole('button', { name: 'Write a message…' }).click();
  const composer = page.getByRole('dialog', { name: 'Message to Maria Schäfer' });
  await composer.waitFor();
  const checked = composer.getByRole('group', { name: 'Written in' }).getByRole('radio', { checked: true });
  const language = await checked.getAttribute('value');
  const subject = await composer.getByRole('textbox', { name: 'Subject' }).inputValue();
  const body = composer.getByRole('textbox', { name: 'Message' });
  expect(await body.getAttribute('lang')).toBe(language);
  return { page, language, subject, body: await body.inputValue() };
}

describe("a person's preferred language", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('opens the composer for their card in German in an English window once the form says German', async () => {
    writeData(dataDir);
    const app = await openApp({ dataDir, now: NOW, systemLanguage: 'en' });

    // Before: nothing set, so the ask starts in the window's language.
    const before = await openComposer(app);
    expect(before.language).toBe('en');
    expect(before.body).toContain('about two years');
    await before.page.keyboard.press('Escape');
    await before.page.keyboard.press('Escape');
    await before.page.getByRole('dialog').waitFor({ state: 'detached' });

    await setTheirLanguage(app, 'German');
    expect(readSavedDocument(dataDir).references[0]?.address.language).toBe('de');

    const after = await openComposer(app);
    expect(after.language).toBe('de');
    expect(after.subject).toContain('Fabrikam');
    expect(after.body).toContain('zwei Jahren');
    expect(after.body).not.toContain('about two years');
    // The window itself stays English.
    expect(await after.page.getByRole('group', { name: 'Written in' }).count()).toBe(1);
    await app.close();
  });

  it('goes back to the window language when the form says "Same as the app", also after reopening', async () => {
    writeData(dataDir);
    const first = await openApp({ dataDir, now: NOW, systemLanguage: 'en' });
    await setTheirLanguage(first, 'German');
    await setTheirLanguage(first, 'Same as the app');
    await first.close();
    expect(readSavedDocument(dataDir).references[0]?.address.language ?? null).toBeNull();

    const second = await openApp({ dataDir, now: NOW, systemLanguage: 'en' });
    const opened = await openComposer(second);
    expect(opened.language).toBe('en');
    expect(opened.body).toContain('about two years');
    await second.close();
  });
});
