// The window's side of the reminders: their section in Settings, the card a clicked
// reminder opens, and the view the window reports to main.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, writeSavedDocument } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T10:00:00+01:00');

function documentWithFollowUp() {
  const anna = makeReference({ id: 'anna', name: 'Anna Berg', consent: { status: 'asked', askedOn: '2026-11-21', answeredOn: null }, lastContactedOn: '2026-11-21' });
  const acme = makeApplication({ id: 'acme', company: 'ACME' });
  const card = makeRequest({ id: 'card-anna', referenceId: 'anna', applicationId: 'acme', stage: 'reconnect', askedOn: '2026-11-21', checklist: { ask_sent: true } });
  return makeDocument({ references: [anna], applications: [acme], requests: [card] });
}

describe('reminders in the window', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('switches reminders off and on by keyboard and saves the chosen time', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'settings');
    const toggle = page.getByRole('switch', { name: 'Remind me when something is due' });
    const time = page.getByLabel('Time of the daily reminder');
    expect(await toggle.isChecked()).toBe(true);
    expect(await time.inputValue()).toBe('09:00');

    await toggle.focus();
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'Reminders are off.' }).waitFor();
    expect(readSavedDocument(dataDir).settings.reminders).toEqual({ enabled: false, time: '09:00' });
    expect(await time.isDisabled()).toBe(true);

    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'Reminders are on, daily at 09:00.' }).waitFor();
    await time.selectOption('07:30');
    await page.getByRole('status').filter({ hasText: 'daily at 07:30' }).waitFor();
    expect(readSavedDocument(dataDir).settings.reminders).toEqual({ enabled: true, time: '07:30' });
    await expectNoSeriousAxeViolations(page);
    await app.close();
  });

  it('speaks German in the section', async () => {
    const app = await openApp({ dataDir, now: NOW, systemLanguage: 'de' });
    await navigateTo(app, 'settings');
    await app.page.getByRole('switch', { name: 'Erinnere mich, wenn etwas fällig ist' }).waitFor();
    await app.page.getByLabel('Uhrzeit der täglichen Erinnerung').waitFor();
    await app.close();
  });

  it('opens the card a clicked reminder is about, over Today', async () => {
    writeSavedDocument(dataDir, documentWithFollowUp());
    const app = await openApp({ dataDir, now: NOW });
    await app.page.getByRole('navigation').waitFor();
    await app.sendCommand({ type: 'openCard', requestId: 'card-anna' });
    await app.page.locator('nav [data-view="today"][aria-current="page"]').waitFor();
    const dialog = app.page.getByRole('dialog', { name: /Anna Berg/ });
    await dialog.waitFor();
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await app.close();
  });

  it('tells main which view it shows', async () => {
    const app = await openApp({ dataDir, now: NOW });
    await navigateTo(app, 'today');
    await navigateTo(app, 'people');
    await expect.poll(() => app.viewsShown).toEqual(['board', 'today', 'people']);
    await app.close();
  });
});
