// Reference checks end to end: announcing one gives everyone on the application a heads-up
// task with a draft in their language; a logged call brings "how did it go?" the next day.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { expectNoSeriousAxeViolations } from './axe';
import { typeDate } from './date-input';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument } from './harness';

const NOW = new Date('2026-11-30T10:00:00+01:00');
const NEXT_DAY = new Date('2026-12-01T10:00:00+01:00');
const agreed = { status: 'agreed' as const, askedOn: '2026-11-01', answeredOn: '2026-11-02' };

function benchDocument(): RekindleDocument {
  const person = (id: string, name: string, language: 'en' | 'de', points: [string, string[]][]) =>
    makeReference({
      id,
      name,
      consent: agreed,
      address: { salutation: 'ms', pronouns: 'she', formality: 'informal', title: '', language },
      talkingPoints: points.map(([text, themes], index) => ({ id: `${id}-${index}`, text, themes })),
    });
  return makeDocument({
    profile: { name: 'Lena Fischer', email: 'lena@example.com', phone: '', city: 'Köln', links: [] },
    applications: [makeApplication({ id: 'globex', company: 'Globex', role: 'Engineering Manager', status: 'interviewing', keyRequirements: ['delivery'] })],
    references: [
      person('anna', 'Anna Berg', 'en', [['Organised the offsite', []], ['Shipped the checkout on time', ['delivery']]]),
      person('birgit', 'Birgit Lang', 'de', [['Hat die Migration mit mir geleitet', ['delivery']]]),
      person('chloe', 'Chloe Martin', 'en', [['Mentored two juniors', []]]),
    ],
    requests: ['anna', 'birgit', 'chloe'].map((id) => makeRequest({ id: `r-${id}`, referenceId: id, applicationId: 'globex', stage: 'prep' })),
  });
}

describe('reference checks', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
    writeSavedDocument(dataDir, benchDocument());
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('gives the three people on an application a heads-up today, each draft naming the caller, the day and the points to stress', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'applications' });
    await page.getByRole('button', { name: /Globex/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Globex · Engineering Manager' });
    await dialog.getByRole('button', { name: 'Announce a reference check' }).click();
    await typeDate(dialog.getByRole('group', { name: 'Expected on' }), '2026-12-03');
    await dialog.getByLabel('Who will call').fill('Jana Vogt');
    await dialog.getByLabel('Their title').fill('Recruiter');
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Announce', exact: true }).click();
    await page.getByText('Check announced. 3 people get a heads-up task today.').waitFor();
    await dialog.getByText(/Jana Vogt \(Recruiter\) will call on Thursday, 3 December 2026/).waitFor();
    await page.keyboard.press('Escape');

    await app.sendCommand({ type: 'navigate', view: 'today' });
    const checks = page.getByRole('region', { name: 'Reference checks' });
    for (const name of ['Anna Berg', 'Birgit Lang', 'Chloe Martin']) {
      await checks.getByText(`Give ${name} a heads-up about the call from Globex`).waitFor();
    }
    const anna = await checks.getByLabel('Heads-up draft for Anna Berg').inputValue();
    expect(anna).toContain('Jana Vogt (Recruiter) will get in touch on Thursday, 3 December 2026.');
    // The point that shares a theme with the role comes first.
    expect(anna.indexOf('- Shipped the checkout on time')).toBeGreaterThan(-1);
    expect(anna.indexOf('- Shipped the checkout on time')).toBeLessThan(anna.indexOf('- Organised the offsite'));
    const birgit = await checks.getByLabel('Heads-up draft for Birgit Lang').inputValue();
    expect(birgit).toContain('Jana Vogt (Recruiter) meldet sich am Donnerstag, 3. Dezember 2026, bei dir.');
    expect(birgit).toContain('- Hat die Migration mit mir geleitet');
    expect(await checks.getByLabel('Heads-up draft for Chloe Martin').inputValue()).toContain('- Mentored two juniors');
    await expectNoSeriousAxeViolations(page);

    await checks.getByRole('button', { name: 'Mark heads-up sent: Chloe Martin' }).click();
    await expect.poll(() => checks.getByText('Give Chloe Martin a heads-up about the call from Globex').count()).toBe(0);
    await app.close();
  });

  it('asks the day after a logged call how it went, and stops asking once you note what they said', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'board' });
    await page.getByRole('listitem', { name: /Anna Berg, Globex/ }).getByRole('button').first().click();
    const card = page.getByRole('dialog', { name: 'Anna Berg' });
    const calls = card.getByRole('region', { name: 'Employer calls' });
    await calls.getByLabel('Caller').fill('Jana Vogt');
    await calls.getByLabel('Length in minutes').fill('25');
    await calls.getByRole('button', { name: 'Log a call' }).click();
    await calls.getByText('Monday, 30 November 2026: Jana Vogt, 25 minutes').waitFor();
    await expectNoSeriousAxeViolations(page);
    await app.close();

    const tomorrow = await openApp({ dataDir, now: NEXT_DAY });
    await tomorrow.sendCommand({ type: 'navigate', view: 'today' });
    const checks = tomorrow.page.getByRole('region', { name: 'Reference checks' });
    await checks.getByText('Ask Anna Berg how the call from Globex went').waitFor();
    await checks.getByLabel('What Anna Berg told you').fill('They asked about the checkout project.');
    await checks.getByRole('button', { name: 'Save what they said' }).click();
    await expect.poll(() => checks.count()).toBe(0);
    expect(tomorrow.core.store.document.requests.find((r) => r.id === 'r-anna')!.calls![0]).toMatchObject({
      told: 'They asked about the checkout project.',
      debriefedOn: '2026-12-01',
    });
    await tomorrow.close();
  });

  it('warns in the sheet picker after a third call in 30 days and proposes someone rested', async () => {
    const seeded = benchDocument();
    const call = (id: string, on: string) => ({ id, on, caller: 'Recruiter', minutes: 30, asked: '', told: '', debriefedOn: on });
    seeded.requests = seeded.requests.map((request) => (request.id === 'r-anna' ? { ...request, calls: [call('c1', '2026-11-05'), call('c2', '2026-11-20')] } : request));
    writeSavedDocument(dataDir, seeded);
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'board' });
    await page.getByRole('listitem', { name: /Anna Berg, Globex/ }).getByRole('button').first().click();
    const calls = page.getByRole('dialog', { name: 'Anna Berg' }).getByRole('region', { name: 'Employer calls' });
    await calls.getByLabel('Caller').fill('Jana Vogt');
    await calls.getByRole('button', { name: 'Log a call' }).click();
    await calls.getByText(/Jana Vogt/).waitFor();
    await page.keyboard.press('Escape');

    await app.sendCommand({ type: 'navigate', view: 'applications' });
    await page.getByRole('button', { name: /Globex/ }).click();
    await page.getByRole('dialog', { name: 'Globex · Engineering Manager' }).getByRole('button', { name: 'Reference sheet…' }).click();
    const sheet = page.getByRole('dialog', { name: 'Reference sheet for Globex' });
    await sheet
      .getByText('Anna Berg has taken 3 calls in the last 30 days. That is a lot to ask; Birgit Lang has had fewer and could step in this time.')
      .waitFor();
    // Birgit fits the role's requirement and is rested, so she now leads the list.
    expect(await sheet.getByRole('checkbox').first().getAttribute('aria-describedby')).toContain('birgit');
    await expectNoSeriousAxeViolations(page);
    await app.close();
  });

  it('keeps a person at the current employer off the sheet until the application has an offer', async () => {
    const seeded = benchDocument();
    seeded.references = seeded.references.map((person) => (person.id === 'chloe' ? { ...person, atCurrentEmployer: true } : person));
    writeSavedDocument(dataDir, seeded);
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'applications' });
    await page.getByRole('button', { name: /Globex/ }).click();
    const application = page.getByRole('dialog', { name: 'Globex · Engineering Manager' });
    await application.getByRole('button', { name: 'Reference sheet…' }).click();
    let sheet = page.getByRole('dialog', { name: 'Reference sheet for Globex' });
    await sheet.getByText(/Works at your current employer, so left unticked until you hold an offer/).waitFor();
    expect(await sheet.getByRole('checkbox', { name: 'Chloe Martin', exact: true }).isChecked()).toBe(false);
    expect(await sheet.getByRole('checkbox', { name: 'Anna Berg', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');

    await app.sendCommand({ type: 'navigate', view: 'applications' });
    await page.getByRole('button', { name: /Globex/ }).click();
    await application.getByRole('button', { name: 'Got an offer' }).click();
    await application.getByRole('button', { name: 'Reference sheet…' }).click();
    sheet = page.getByRole('dialog', { name: 'Reference sheet for Globex' });
    await sheet.getByRole('checkbox', { name: 'Chloe Martin', exact: true }).waitFor();
    expect(await sheet.getByRole('checkbox', { name: 'Chloe Martin', exact: true }).isChecked()).toBe(true);
    expect(await sheet.getByText(/Works at your current employer/).count()).toBe(0);
    await app.close();
  });
});
