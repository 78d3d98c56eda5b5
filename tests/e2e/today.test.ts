import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../shared/dates';
import type { RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, writeSavedDocument } from './harness';

const NOW = new Date('2026-05-20T10:00:00+02:00');
const TODAY = toIsoDate(NOW);

/** Łukasz was asked 8 days ago and Maria 6 days ago; neither has answered. */
function askedDocument(): RekindleDocument {
  const asked = (daysAgo: number) => ({ status: 'asked' as const, askedOn: addDays(TODAY, -daysAgo), answeredOn: null });
  return makeDocument({
    applications: [
      makeApplication({ id: 'app-northwind', company: 'Northwind', role: 'Design Lead' }),
      makeApplication({ id: 'app-fabrikam', company: 'Fabrikam', role: 'Product Designer' }),
    ],
    references: [
      makeReference({ id: 'ref-lukasz', name: 'Łukasz Żółć', lastContactedOn: addDays(TODAY, -8), consent: asked(8) }),
      makeReference({ id: 'ref-maria', name: 'Maria Schäfer', lastContactedOn: addDays(TODAY, -6), consent: asked(6) }),
    ],
    requests: [
      makeRequest({ id: 'req-lukasz', referenceId: 'ref-lukasz', applicationId: 'app-northwind', askedOn: addDays(TODAY, -8), checklist: { ask_sent: true } }),
      makeRequest({ id: 'req-maria', referenceId: 'ref-maria', applicationId: 'app-fabrikam', askedOn: addDays(TODAY, -6), checklist: { ask_sent: true } }),
    ],
  });
}

describe('the Today view', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('asks for a follow-up on an ask sent 8 days ago, and not yet on one sent 6 days ago', async () => {
    writeSavedDocument(dataDir, askedDocument());
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'Today' }).click();

    const overdue = page.getByRole('region', { name: /^Overdue/ });
    await overdue.getByText('Follow up with Łukasz about Northwind').waitFor();
    expect(await overdue.getByText(/Maria/).count()).toBe(0);
    expect(await page.getByRole('region', { name: /^Today/ }).count()).toBe(0);
    // Maria still has a day of patience left: no follow-up anywhere on the list yet.
    expect(await page.getByText(/Follow up with Maria/).count()).toBe(0);
    await app.close();
  });

  it('opens the card from a due follow-up, which leaves the list once the reply is recorded', async () => {
    const document = askedDocument();
    writeSavedDocument(dataDir, document);
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'Today' }).click();
    await page.getByRole('button', { name: 'Open card: Follow up with Łukasz about Northwind' }).click();
    const dialog = page.getByRole('dialog', { name: 'Łukasz Żółć' });
    await dialog.getByRole('button', { name: 'They agreed' }).click();
    await dialog.getByRole('heading', { name: /Checklist · Prep/ }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByText('Follow up with Łukasz about Northwind').count()).toBe(0);
    await app.close();
  });

  it('gathers people the user lost touch with under their own calm heading, without an overdue alarm', async () => {
    const document = makeDocument({
      references: [makeReference({ id: 'ref-jonas', name: 'Jonas Weber', lastContactedOn: addDays(TODAY, -1100), cadenceMonths: 6 })],
      requests: [makeRequest({ id: 'req-jonas', referenceId: 'ref-jonas', stage: 'done' })],
    });
    writeSavedDocument(dataDir, document);
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    const todayButton = page.getByRole('button', { name: /^Today/ });
    await todayButton.click();

    const hello = page.getByRole('region', { name: /^Worth a hello/ });
    await hello.getByText('Say hello to Jonas').waitFor();
    await hello.getByText('Last talked 3 years ago').waitFor();
    expect(await page.getByRole('region', { name: /^Overdue/ }).count()).toBe(0);
    expect(await page.getByText(/overdue/i).count()).toBe(0);
    // No badge on the sidebar and no count in the window title.
    expect(await todayButton.textContent()).toBe('Today');
    expect(await page.title()).toBe('Rekindle');
    await app.close();
  });

  it('logs a check-in from the list, which restarts the person’s clock', async () => {
    const document = makeDocument({
      references: [makeReference({ id: 'ref-anna', name: 'Anna Ivanova', lastContactedOn: addDays(TODAY, -250), cadenceMonths: 6 })],
      requests: [makeRequest({ id: 'req-anna', referenceId: 'ref-anna', stage: 'done' })],
    });
    writeSavedDocument(dataDir, document);
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await page.getByRole('button', { name: 'Today' }).click();
    await page.getByRole('region', { name: /^Worth a hello/ }).getByText('Say hello to Anna').waitFor();
    await page.getByRole('button', { name: 'Log a contact with Anna Ivanova' }).click();
    const dialog = page.getByRole('dialog', { name: 'Contact with Anna Ivanova' });
    await dialog.getByLabel('Kind').selectOption('call');
    await dialog.getByLabel('What happened').fill('Caught up over the phone.');
    await dialog.getByRole('button', { name: 'Add to the log' }).click();
    await page.getByRole('heading', { name: 'Nothing due' }).waitFor();
    const saved = readSavedDocument(dataDir);
    expect(saved.references[0]?.lastContactedOn).toBe(TODAY);
    expect(saved.requests[0]?.log.at(-1)).toMatchObject({ kind: 'call', on: TODAY, text: 'Caught up over the phone.' });
    await app.close();
  });

  it('tells a new user with an empty search what will appear here', async () => {
    const app = await openApp({ dataDir, now: NOW });
    await app.page.getByRole('button', { name: 'Today' }).click();
    await app.page.getByRole('heading', { name: 'What will show up here' }).waitFor();
    await app.close();
  });
});

describe('the first message on Today', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  /** Two people never asked: Maria for an interview in 6 days, Łukasz for one in 30. */
  function unaskedDocument(): RekindleDocument {
    const interview = (days: number) => [{ id: `iv-${days}`, date: addDays(TODAY, days), time: null, kind: 'video' as const, note: '' }];
    const stamp = NOW.toISOString();
    return makeDocument({
      applications: [
        makeApplication({ id: 'app-soon', company: 'Fabrikam', role: 'Design Lead', status: 'applied', interviews: interview(6) }),
        makeApplication({ id: 'app-later', company: 'Northwind', role: 'Product Designer', status: 'interviewing', interviews: interview(30) }),
      ],
      references: [
        makeReference({ id: 'ref-maria', name: 'Maria Schäfer', lastContactedOn: null }),
        makeReference({ id: 'ref-lukasz', name: 'Łukasz Żółć', lastContactedOn: null }),
      ],
      requests: [
        makeRequest({ id: 'req-maria', referenceId: 'ref-maria', applicationId: 'app-soon', createdAt: stamp, updatedAt: stamp }),
        makeRequest({ id: 'req-lukasz', referenceId: 'ref-lukasz', applicationId: 'app-later', createdAt: stamp, updatedAt: stamp }),
      ],
    });
  }

  it('asks for the first message a week before an interview 6 days away, and not for one 30 days away', async () => {
    writeSavedDocument(dataDir, unaskedDocument());
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await page.getByRole('button', { name: /^Today/ }).click();
    await page.getByRole('region', { name: /^Today/ }).getByText('Send Maria the first message about Fabrikam').waitFor();
    expect(await page.getByText(/Łukasz/).count()).toBe(0);
    await app.close();
  });

  it('ticks the first message off from Today: the person is asked and the item leaves the list', async () => {
    writeSavedDocument(dataDir, unaskedDocument());
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await page.getByRole('button', { name: /^Today/ }).click();
    await page.getByRole('button', { name: 'Done: Send Maria the first message about Fabrikam' }).click();
    await expect.poll(() => page.getByText('Send Maria the first message about Fabrikam', { exact: true }).count()).toBe(0);
    const onDisk = readSavedDocument(dataDir);
    expect(onDisk.requests.find((request) => request.id === 'req-maria')?.askedOn).toBe(TODAY);
    expect(onDisk.references.find((person) => person.id === 'ref-maria')?.consent.status).toBe('asked');
    await app.close();
  });

  it('snoozes the first message to a later day, kept on disk, and opens its card', async () => {
    writeSavedDocument(dataDir, unaskedDocument());
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await page.getByRole('button', { name: /^Today/ }).click();
    await page.getByRole('button', { name: 'Snooze: Send Maria the first message about Fabrikam' }).click();
    await page.getByLabel('Remind me on').fill(addDays(TODAY, 3));
    await page.getByRole('button', { name: 'Snooze', exact: true }).click();
    // Three days on it is no longer today's task, but still this week's.
    await page.getByRole('region', { name: /^This week/ }).getByText('Send Maria the first message about Fabrikam').waitFor();
    const onDisk = readSavedDocument(dataDir);
    expect(onDisk.requests.find((request) => request.id === 'req-maria')?.snoozed).toEqual({ kind: 'send_ask', until: addDays(TODAY, 3) });

    await page.getByRole('button', { name: 'Open card: Send Maria the first message about Fabrikam' }).click();
    await page.getByRole('dialog', { name: 'Maria Schäfer' }).waitFor();
    await app.close();
  });
});
