// The bench's controls in the window, end to end down to the saved file: announcing a check
// from a card, confirming details, themes and key requirements as tags, the current-employer
// flag and the call threshold in Settings.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, type OpenedApp, writeSavedDocument } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-30T10:00:00+01:00');
const agreed = { status: 'agreed' as const, askedOn: '2026-11-01', answeredOn: '2026-11-02' };
const call = (id: string, on: string) => ({ id, on, caller: 'Recruiter', minutes: 20, asked: 'Leadership', told: '', debriefedOn: on });

function benchDocument(): RekindleDocument {
  return makeDocument({
    applications: [
      makeApplication({ id: 'globex', company: 'Globex', role: 'Engineering Manager', status: 'interviewing', keyRequirements: ['delivery'] }),
      makeApplication({ id: 'initech', company: 'Initech', role: 'Platform Lead', status: 'applied' }),
    ],
    references: [
      makeReference({ id: 'anna', name: 'Anna Berg', rank: 0, consent: agreed, detailsConfirmedOn: '2026-10-01', talkingPoints: [{ id: 'a1', text: 'Shipped the checkout', themes: ['delivery'] }] }),
      makeReference({ id: 'birgit', name: 'Birgit Lang', rank: 1, consent: agreed, detailsConfirmedOn: '2025-06-01', talkingPoints: [{ id: 'b1', text: 'Led the migration', themes: [] }] }),
    ],
    requests: [
      makeRequest({ id: 'r-anna', referenceId: 'anna', applicationId: 'globex', stage: 'prep', calls: [call('c1', '2026-11-10'), call('c2', '2026-11-25')] }),
      makeRequest({ id: 'r-birgit', referenceId: 'birgit', applicationId: 'globex', stage: 'prep' }),
    ],
  });
}

async function openPerson(app: OpenedApp, name: string) {
  await navigateTo(app, 'people');
  await app.page.getByRole('button', { name: `Edit ${name}` }).click();
  return app.page.getByRole('dialog', { name: `Edit ${name}` });
}

async function openSheet(app: OpenedApp) {
  await navigateTo(app, 'applications');
  await app.page.getByRole('button', { name: /Globex/ }).click();
  await app.page.getByRole('dialog', { name: 'Globex · Engineering Manager' }).getByRole('button', { name: 'Reference sheet…' }).click();
  return app.page.getByRole('dialog', { name: 'Reference sheet for Globex' });
}

/** What a paste from the clipboard delivers, as the browser fires it. */
async function paste(page: Page, label: string, text: string) {
  await page.getByRole('combobox', { name: label }).focus();
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe('the bench in the window', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
    writeSavedDocument(dataDir, benchDocument());
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('announces a check from the card, and everyone on the application gets a heads-up task', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'board');
    await page.getByRole('listitem', { name: /Birgit Lang, Globex/ }).getByRole('button').first().click();
    const card = page.getByRole('dialog', { name: 'Birgit Lang' });
    await card.getByRole('button', { name: 'Announce a reference check' }).click();
    await card.getByLabel('Who will call').fill('Jana Vogt');
    await expectNoSeriousAxeViolations(page);
    await card.getByRole('button', { name: 'Announce', exact: true }).click();
    await page.getByText('Check announced. 2 people get a heads-up task today.').waitFor();
    expect(readSavedDocument(dataDir).applications.find((application) => application.id === 'globex')!.referenceCheck).toMatchObject({ announcedOn: '2026-11-30', caller: { name: 'Jana Vogt' } });
    await page.keyboard.press('Escape');

    await navigateTo(app, 'today');
    const checks = page.getByRole('region', { name: 'Reference checks' });
    await checks.getByText('Give Anna Berg a heads-up about the call from Globex').waitFor();
    await checks.getByText('Give Birgit Lang a heads-up about the call from Globex').waitFor();
    // The heads-up asks them to confirm their details; their yes is recorded beside it.
    await checks.getByRole('button', { name: 'Details confirmed: Birgit Lang' }).click();
    await checks.getByText('Details confirmed on Monday, 30 November 2026.').waitFor();
    expect(readSavedDocument(dataDir).references.find((person) => person.id === 'birgit')!.detailsConfirmedOn).toBe('2026-11-30');
    await expectNoSeriousAxeViolations(page);
    await app.close();
  });

  it('confirms a person’s details on their page and shows the calls and load logged for them', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const birgit = await openPerson(app, 'Birgit Lang');
    const bench = birgit.getByRole('region', { name: 'Reference checks and calls' });
    await bench.getByText(/Details confirmed on Sunday, 1 June 2025\. That was over a year ago/).waitFor();
    await expectNoSeriousAxeViolations(app.page);
    await bench.getByRole('button', { name: 'Details confirmed: Birgit Lang' }).click();
    await bench.getByText('Details confirmed on Monday, 30 November 2026.').waitFor();
    expect(readSavedDocument(dataDir).references.find((person) => person.id === 'birgit')!.detailsConfirmedOn).toBe('2026-11-30');
    // Saving the form afterwards keeps the confirmation: the form never sends the old date.
    await birgit.getByLabel('Current title').fill('Head of Platform');
    await birgit.getByRole('button', { name: 'Save person' }).click();
    await app.page.getByText('Birgit Lang was saved.').waitFor();
    expect(readSavedDocument(dataDir).references.find((person) => person.id === 'birgit')).toMatchObject({ detailsConfirmedOn: '2026-11-30', currentTitle: 'Head of Platform' });
    await app.page.keyboard.press('Escape');

    const anna = await openPerson(app, 'Anna Berg');
    const annaBench = anna.getByRole('region', { name: 'Reference checks and calls' });
    await annaBench.getByText('Employer calls: 2 in the last 30 days, 2 in the last 90 days').waitFor();
    await annaBench.getByText('One open request').waitFor();
    await annaBench.getByText(/Wednesday, 25 November 2026: Recruiter, 20 minutes/).waitFor();
    expect(await annaBench.getByText('Asked: Leadership').count()).toBe(2);
    // Below the threshold of 3, no sentence asks to give Anna a rest.
    expect(await annaBench.getByText(/That is a lot to ask/).count()).toBe(0);
    await app.close();
  });

  it('suggests the themes typed on one talking point on another, and saves them on both', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    const dialog = await openPerson(app, 'Birgit Lang');
    const first = dialog.getByRole('combobox', { name: 'Themes of point 1' });
    await first.fill('mentoring');
    await first.press('Enter');
    await dialog.getByRole('list', { name: 'Themes of point 1' }).getByText('mentoring').waitFor();
    await dialog.getByRole('button', { name: 'Add a talking point' }).click();
    await dialog.getByRole('textbox', { name: 'Talking point 2', exact: true }).fill('Hired the platform team');
    const second = dialog.getByRole('combobox', { name: 'Themes of point 2' });
    await second.fill('ment');
    const suggestions = dialog.getByRole('listbox', { name: 'Themes used before' });
    await suggestions.getByRole('option', { name: 'mentoring' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await second.press('ArrowDown');
    expect(await second.getAttribute('aria-activedescendant')).toBe(await suggestions.getByRole('option', { name: 'mentoring' }).getAttribute('id'));
    await second.press('Enter');
    // A theme saved on someone else is offered too.
    await second.fill('deliv');
    await suggestions.getByRole('option', { name: 'delivery' }).click();
    // Escape closes the list, not the dialog.
    await second.fill('m');
    await second.press('Escape');
    await dialog.waitFor();
    expect(await second.getAttribute('aria-expanded')).toBe('false');
    await second.fill('');
    await dialog.getByRole('button', { name: 'Remove theme mentoring' }).nth(0).waitFor();
    await dialog.getByRole('button', { name: 'Save person' }).click();
    await page.getByText('Birgit Lang was saved.').waitFor();
    const points = readSavedDocument(dataDir).references.find((person) => person.id === 'birgit')!.talkingPoints;
    expect(points.map((point) => point.themes)).toEqual([['mentoring'], ['mentoring', 'delivery']]);
    await app.close();
  });

  it('saves the key requirements typed and pasted from a posting', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'applications');
    await page.getByRole('button', { name: /Globex/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Globex · Engineering Manager' });
    await dialog.getByRole('list', { name: 'Key requirements' }).getByText('delivery').waitFor();
    await paste(page, 'Key requirements', 'Hiring, stakeholder management\nDelivery;  budgets ');
    const requirement = dialog.getByRole('combobox', { name: 'Key requirements' });
    await requirement.fill('coaching');
    await requirement.press(',');
    await dialog.getByRole('button', { name: 'Remove requirement budgets' }).click();
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Save application' }).click();
    await page.getByText('Application saved.').waitFor();
    // "Delivery" was already there as "delivery": not added twice.
    expect(readSavedDocument(dataDir).applications.find((application) => application.id === 'globex')!.keyRequirements).toEqual(['delivery', 'Hiring', 'stakeholder management', 'coaching']);
    await app.close();
  });

  it('saves the current-employer flag from the form, and the sheet picker then leaves the person unticked', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    const dialog = await openPerson(app, 'Anna Berg');
    const flag = dialog.getByRole('checkbox', { name: 'Works at my current employer' });
    expect(await flag.isChecked()).toBe(false);
    await flag.check();
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Save person' }).click();
    await page.getByText('Anna Berg was saved.').waitFor();
    expect(readSavedDocument(dataDir).references.find((person) => person.id === 'anna')!.atCurrentEmployer).toBe(true);
    await page.keyboard.press('Escape');

    const sheet = await openSheet(app);
    await sheet.getByText(/Works at your current employer, so left unticked until you hold an offer/).waitFor();
    expect(await sheet.getByRole('checkbox', { name: 'Anna Berg', exact: true }).isChecked()).toBe(false);
    expect(await sheet.getByRole('checkbox', { name: 'Birgit Lang', exact: true }).isChecked()).toBe(true);
    await app.close();
  });

  it('warns in the sheet picker from the call count chosen in Settings', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    const warning = 'Anna Berg has taken 2 calls in the last 30 days. That is a lot to ask; Birgit Lang has had fewer and could step in this time.';
    let sheet = await openSheet(app);
    await sheet.getByRole('checkbox', { name: 'Anna Berg', exact: true }).waitFor();
    expect(await sheet.getByText(warning).count()).toBe(0);
    await page.keyboard.press('Escape');

    await navigateTo(app, 'settings');
    await page.getByLabel('Calls in 30 days before a rest is suggested').selectOption('2');
    await page.getByText('Saved. From 2 calls in 30 days a rest is suggested.').waitFor();
    expect(readSavedDocument(dataDir).settings.callThreshold).toBe(2);
    await expectNoSeriousAxeViolations(page);

    sheet = await openSheet(app);
    await sheet.getByText(warning).waitFor();
    await app.close();
  });

  it('shows the chosen person’s load when linking, and past the threshold the kind sentence with someone rested', async () => {
    const seeded = benchDocument();
    seeded.settings = { ...seeded.settings, callThreshold: 2 };
    writeSavedDocument(dataDir, seeded);
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'applications');
    await page.getByRole('button', { name: /Initech/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Initech · Platform Lead' });
    await dialog.getByLabel('Add a reference').selectOption('anna');
    await dialog.getByText('Anna Berg: 2 calls in 30 days, 1 open').waitFor();
    await dialog.getByText('Anna Berg has taken 2 calls in the last 30 days. That is a lot to ask; Birgit Lang has had fewer and could step in this time.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await dialog.getByLabel('Add a reference').selectOption('birgit');
    await dialog.getByText('Birgit Lang: 0 calls in 30 days, 1 open').waitFor();
    expect(await dialog.getByText(/That is a lot to ask/).count()).toBe(0);
    await app.close();
  });
});
