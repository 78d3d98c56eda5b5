import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseJournal } from '../../main/store/journal';
import { addMonths, toIsoDate } from '../../shared/dates';
import { decodeMailto } from '../fixtures/decode-mailto';
import type { RekindleDocument } from '../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir } from './harness';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const TODAY = toIsoDate(NOW);

/** How many changes the data folder holds: the journal's last one, or the snapshot's once the journal is folded in. */
function changesSaved(dataDir: string): number {
  const journal = join(dataDir, 'rekindle-data.journal');
  const snapshot = join(dataDir, 'rekindle-data.json');
  const lastInJournal = existsSync(journal) ? (parseJournal(readFileSync(journal)).records.at(-1)?.seq ?? 0) : 0;
  const meta = existsSync(snapshot) ? (JSON.parse(readFileSync(snapshot, 'utf8')) as { storeMeta?: { seq?: number } }).storeMeta : undefined;
  return Math.max(lastInJournal, meta?.seq ?? 0);
}

function writeData(dataDir: string): RekindleDocument {
  const stamp = NOW.toISOString();
  const reference = makeReference({
    id: 'ref-maria',
    name: 'Maria Schäfer',
    email: 'maria.schaefer@example.com',
    workedAt: 'Northwind Labs',
    lastContactedOn: addMonths(TODAY, -24),
    createdAt: stamp,
    updatedAt: stamp,
  });
  const application = makeApplication({
    id: 'app-fabrikam',
    company: 'Fabrikam',
    role: 'Design Lead',
    location: 'Hamburg',
    status: 'applied',
    createdAt: stamp,
    updatedAt: stamp,
  });
  const request = makeRequest({
    id: 'req-1',
    referenceId: reference.id,
    applicationId: application.id,
    stage: 'reconnect',
    createdAt: stamp,
    updatedAt: stamp,
  });
  const document = makeDocument({
    profile: { name: 'Jana Becker', email: 'jana@example.com', phone: '', city: 'Berlin', links: [] },
    references: [reference],
    applications: [application],
    requests: [request],
  });
  writeFileSync(join(dataDir, 'rekindle-data.json'), JSON.stringify(document, null, '\t'), { mode: 0o600 });
  return document;
}

/** A person who agreed, on a prep card for an application in interviews. */
function writePrepCard(dataDir: string): void {
  const stamp = NOW.toISOString();
  const reference = makeReference({
    id: 'ref-maria',
    name: 'Maria Schäfer',
    email: 'maria.schaefer@example.com',
    lastContactedOn: addMonths(TODAY, -1),
    consent: { status: 'agreed', askedOn: addMonths(TODAY, -1), answeredOn: addMonths(TODAY, -1) },
    createdAt: stamp,
    updatedAt: stamp,
  });
  const application = makeApplication({
    id: 'app-fabrikam',
    company: 'Fabrikam',
    role: 'Design Lead',
    status: 'interviewing',
    createdAt: stamp,
    updatedAt: stamp,
  });
  const request = makeRequest({ id: 'req-1', referenceId: reference.id, applicationId: application.id, stage: 'prep', createdAt: stamp, updatedAt: stamp });
  const document = makeDocument({
    profile: { name: 'Jana Becker', email: 'jana@example.com', phone: '', city: 'Berlin', links: [] },
    references: [reference],
    applications: [application],
    requests: [request],
  });
  writeFileSync(join(dataDir, 'rekindle-data.json'), JSON.stringify(document, null, '\t'), { mode: 0o600 });
}

// Words that would tell the person about a job offer.
const OFFER_NEWS = /good news|offered me|been offered|gute Neuigkeiten|angeboten/i;

describe('the draft that fits the outcome', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));

  const outcomes = [
    { button: 'Not this time', draft: 'Thank you – no offer', offerNews: false, says: 'chose another candidate' },
    { button: 'I withdrew', draft: 'Thank you – no offer', offerNews: false, says: 'withdrawn my application' },
    { button: 'Got an offer', draft: 'Thank you – got the job', offerNews: true, says: 'has offered me the role' },
  ];
  for (const outcome of outcomes) {
    it(`opens the composer on "${outcome.draft}" after "${outcome.button}"`, async () => {
      writePrepCard(dataDir);
      const app = await openApp({ dataDir, now: NOW });
      const { page } = app;
      await page.getByRole('listitem', { name: /^Maria Schäfer, Fabrikam/ }).getByRole('button').first().click();
      const detail = page.getByRole('dialog', { name: 'Maria Schäfer' });
      await detail.getByRole('button', { name: outcome.button }).click();
      await page.getByText(/Outcome saved/).first().waitFor();
      await detail.getByRole('button', { name: 'Write a message…' }).click();

      // The composer takes the card's place: one dialog, not one over the other.
      const composer = page.getByRole('dialog', { name: 'Message to Maria Schäfer' });
      await composer.waitFor();
      expect(await page.getByRole('dialog').count()).toBe(1);
      expect(await composer.getByRole('radio', { name: outcome.draft }).isChecked()).toBe(true);
      const offered = await composer.getByRole('radio', { name: 'Thank you – got the job' }).count();
      expect(offered).toBe(outcome.offerNews ? 1 : 0);
      const body = await composer.getByRole('textbox', { name: 'Message' }).inputValue();
      expect(body).toContain(outcome.says);
      if (!outcome.offerNews) expect(body).not.toMatch(OFFER_NEWS);

      // Back (Escape) returns to the card, with the keyboard on the button that opened the composer.
      await page.keyboard.press('Escape');
      await detail.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Write a message…');
      await app.close();
    });
  }
});

describe('the draft composer', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('writes the ask from the card, opens it in the mail app as edited and marks it as sent', async () => {
    writeData(dataDir);
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;

    await page.getByRole('listitem', { name: /^Maria Schäfer, Fabrikam/ }).getByRole('button').first().click();
    const detail = page.getByRole('dialog', { name: 'Maria Schäfer' });
    await detail.getByRole('button', { name: 'Write a message…' }).click();

    const composer = page.getByRole('dialog', { name: 'Message to Maria Schäfer' });
    await composer.getByRole('radio', { name: 'Ask to be a reference' }).check();
    const subject = composer.getByRole('textbox', { name: 'Subject' });
    const body = composer.getByRole('textbox', { name: 'Message' });
    expect(await subject.inputValue()).toContain('Fabrikam');
    expect(await body.inputValue()).toContain('about two years');
    await expectNoSeriousAxeViolations(page);

    const edited = `${await body.inputValue()}\n\nP.S. Coffee is on me next time I'm in town.`;
    await body.fill(edited);
    await subject.fill('A favour to ask, Maria');

    // Switching to the follow-up would replace the edits: the composer asks first.
    await composer.getByRole('radio', { name: 'Follow up' }).click();
    const discard = composer.getByRole('alertdialog', { name: 'Discard your edits?' });
    await discard.waitFor();
    await expectNoSeriousAxeViolations(page);
    await discard.getByRole('button', { name: 'Keep editing' }).click();
    await discard.waitFor({ state: 'hidden' });
    expect(await body.inputValue()).toBe(edited);

    await composer.getByRole('button', { name: 'Open in mail app' }).click();
    await expect.poll(() => app.openedExternally.length).toBe(1);
    const mail = decodeMailto(app.openedExternally[0] ?? '');
    expect(mail).toEqual({ to: 'maria.schaefer@example.com', subject: 'A favour to ask, Maria', body: edited });

    const changesBefore = changesSaved(dataDir);
    await composer.getByRole('button', { name: 'Mark as sent' }).click();
    await composer.waitFor({ state: 'hidden' });
    // The ask, the points it covers and the person's consent land as one change.
    expect(changesSaved(dataDir)).toBe(changesBefore + 1);
    await page.getByText('Request to Maria Schäfer marked as sent.', { exact: false }).waitFor();
    await expect.poll(() => detail.getByRole('checkbox', { name: 'Send the request' }).isChecked()).toBe(true);

    await detail.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('listitem', { name: /^Maria Schäfer, Fabrikam.*Next: Waiting for a reply/ }).waitFor();

    const onDisk = readSavedDocument(dataDir);
    expect(onDisk.references[0]?.lastContactedOn).toBe(TODAY);
    expect(onDisk.references[0]?.consent).toMatchObject({ status: 'asked', askedOn: TODAY });
    expect(onDisk.requests[0]?.askedOn).toBe(TODAY);
    expect(onDisk.requests[0]?.checklist).toEqual({ ask_sent: true, own_disconnect: true, say_why: true, give_context: true });
    await app.close();
  });
});
