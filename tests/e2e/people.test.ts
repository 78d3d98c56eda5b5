import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RekindleDocument } from '../../shared/schema';
import { makeDocument, makeReference } from '../fixtures/documents';
import { writeSampleData } from '../fixtures/sample-data';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, type OpenedApp } from './harness';
import { shownText, typeDate } from './date-input';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const dataFile = (dir: string) => join(dir, 'rekindle-data.json');
const readData = (dir: string): RekindleDocument => readSavedDocument(dir);

async function openPeople(app: OpenedApp): Promise<Page> {
  await app.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'People' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  return app.page;
}

/** Adds a person through the form and closes it again (a new person stays open as an edit). */
async function addPerson(page: Page, name: string, fields: { organisation?: string; relationship?: string } = {}) {
  const dialog = page.getByRole('dialog', { name: 'New person' });
  await dialog.waitFor();
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  if (fields.relationship) await dialog.getByLabel('Relationship to you').selectOption({ label: fields.relationship });
  if (fields.organisation) await dialog.getByLabel('Current organisation').fill(fields.organisation);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${name}` });
  await edit.waitFor();
  await page.keyboard.press('Escape');
  await edit.waitFor({ state: 'hidden' });
}

describe('people', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('keeps people in any script, their address and their reordered talking points after the app is closed and reopened', async () => {
    const first = await openApp({ dataDir, now: NOW });
    const page = await openPeople(first);
    await page.getByText('Add the first person who could vouch for you').waitFor();

    await page.getByRole('button', { name: 'New person' }).click();
    await addPerson(page, 'Łukasz Żółć', { organisation: 'Allegro', relationship: 'Colleague' });
    for (const name of ['Ελένη Παπαδοπούλου', '王小明', 'فاطمة الزهراء', 'Анна Иванова']) {
      await page.getByRole('button', { name: 'New person' }).click();
      await addPerson(page, name);
    }
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(6);

    // Open with the keyboard, as a user tabbing through the list would.
    await page.getByRole('button', { name: 'Edit Łukasz Żółć' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Edit Łukasz Żółć' });
    await dialog.getByLabel('Salutation').selectOption('mr');
    await dialog.getByLabel('Pronouns').selectOption('he');
    await dialog.getByLabel('In German').selectOption('informal');
    await dialog.getByLabel('Title', { exact: true }).fill('Dr.');
    await dialog.getByLabel('Company or place').fill('Northwind Labs');
    await dialog.getByLabel('Their role then').fill('Frontend Lead');
    await dialog.getByLabel('From (year)').fill('2019');
    await dialog.getByLabel('To (year)').fill('2021');
    await dialog.getByLabel('Email').fill('lukasz@example.com');
    await dialog.getByLabel('LinkedIn profile').fill('https://www.linkedin.com/in/lukasz');
    await typeDate(dialog.getByRole('group', { name: 'Last contacted' }), '2024-05-14');
    await dialog.getByLabel('Check in every (months)').fill('3');
    await dialog.getByRole('button', { name: 'Add a talking point' }).click();
    await dialog.getByLabel('Talking point 1', { exact: true }).fill('Checkout redesign: conversion up 18 %');
    await dialog.getByRole('button', { name: 'Add a talking point' }).click();
    await dialog.getByLabel('Talking point 2', { exact: true }).fill('Design system used by six teams');
    await dialog.getByRole('button', { name: 'Add a talking point' }).click();
    await dialog.getByLabel('Talking point 3', { exact: true }).fill('Hiring the first two designers');
    await dialog.getByRole('button', { name: 'Move talking point 3 up' }).click();
    // Focus stays on the moved point's arrow, so Enter moves it again.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByLabel('Talking point 1', { exact: true }).inputValue()).toBe('Hiring the first two designers');
    await dialog.getByRole('button', { name: 'Remove talking point 3' }).click();
    await dialog.getByLabel('Status', { exact: true }).selectOption('agreed');
    await typeDate(dialog.getByRole('group', { name: 'Asked on' }), '2026-11-01');
    await typeDate(dialog.getByRole('group', { name: 'Answered on' }), '2026-11-03');
    await dialog.getByLabel('Notes').fill('Prefers a call after 5 pm.');
    await dialog.getByRole('button', { name: 'Save person' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Łukasz Żółć was saved.').waitFor();
    await first.close();

    const onDisk = readData(dataDir);
    expect(onDisk.references.map((person) => person.name)).toEqual([
      'Łukasz Żółć',
      'Ελένη Παπαδοπούλου',
      '王小明',
      'فاطمة الزهراء',
      'Анна Иванова',
    ]);
    const lukasz = onDisk.references[0];
    expect(lukasz).toMatchObject({
      address: { salutation: 'mr', pronouns: 'he', formality: 'informal', title: 'Dr.' },
      relationship: 'colleague',
      workedAt: 'Northwind Labs',
      roleThen: 'Frontend Lead',
      workedFrom: 2019,
      workedTo: 2021,
      organisation: 'Allegro',
      linkedin: 'https://www.linkedin.com/in/lukasz',
      // Their answer on 3 November was a contact: last contact follows it, not the older date typed.
      lastContactedOn: '2026-11-03',
      cadenceMonths: 3,
      consent: { status: 'agreed', askedOn: '2026-11-01', answeredOn: '2026-11-03' },
      notes: 'Prefers a call after 5 pm.',
    });
    expect(lukasz?.talkingPoints.map((point) => point.text)).toEqual(['Hiring the first two designers', 'Checkout redesign: conversion up 18 %']);
    expect(onDisk.references[1]).toMatchObject({ lastContactedOn: null, workedFrom: null, cadenceMonths: 6 });

    const second = await openApp({ dataDir, now: NOW });
    const again = await openPeople(second);
    const rows = again.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(6);
    const lukaszRow = rows.filter({ hasText: 'Łukasz Żółć' });
    expect(await lukaszRow.textContent()).toContain('Allegro');
    expect(await lukaszRow.textContent()).toContain('Agreed');
    // Last contact follows the recorded answer (3 November), never "2 years ago" beside "Agreed".
    expect(await lukaszRow.textContent()).toContain('3 weeks ago');
    expect(await rows.filter({ hasText: '王小明' }).textContent()).toContain('never');
    await again.getByRole('button', { name: 'Edit Łukasz Żółć' }).click();
    const reopened = again.getByRole('dialog', { name: 'Edit Łukasz Żółć' });
    expect(await reopened.getByLabel('Talking point 1', { exact: true }).inputValue()).toBe('Hiring the first two designers');
    expect(await reopened.getByLabel('Talking point 2', { exact: true }).inputValue()).toBe('Checkout redesign: conversion up 18 %');
    expect(await reopened.getByLabel('Talking point 3', { exact: true }).count()).toBe(0);
    expect(await reopened.getByLabel('To (year)').inputValue()).toBe('2021');
    expect(await reopened.getByLabel('In German').inputValue()).toBe('informal');
    // The answer recorded on 3 November is the last contact, not the older date typed in the form.
    expect(await shownText(reopened.getByRole('group', { name: 'Last contacted' }))).toBe('11/3/2026');
    await second.close();
  });

  it('deleting a person takes only their requests with them, and Undo brings both back', async () => {
    const sample = writeSampleData(dataDir, NOW);
    const mariasRequests = sample.requests.filter((request) => request.referenceId === 'ref-maria').map((request) => request.id);
    expect(mariasRequests.length).toBe(2);
    const app = await openApp({ dataDir, now: NOW });
    const page = await openPeople(app);

    await page.getByRole('button', { name: 'Edit Maria Schäfer' }).click();
    await page.getByRole('dialog', { name: 'Edit Maria Schäfer' }).getByRole('button', { name: 'Delete person' }).click();
    await page.getByText('“Maria Schäfer” was deleted, with 2 reference requests.').waitFor();
    let onDisk = readData(dataDir);
    expect(onDisk.references.some((person) => person.id === 'ref-maria')).toBe(false);
    expect(onDisk.requests.map((request) => request.id).sort()).toEqual(
      sample.requests.filter((request) => !mariasRequests.includes(request.id)).map((request) => request.id).sort(),
    );
    expect(onDisk.applications).toHaveLength(sample.applications.length);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Restored.').waitFor();
    await page.getByRole('button', { name: 'Edit Maria Schäfer' }).waitFor();
    onDisk = readData(dataDir);
    expect(onDisk.references.find((person) => person.id === 'ref-maria')?.name).toBe('Maria Schäfer');
    expect(onDisk.requests.map((request) => request.id).sort()).toEqual(sample.requests.map((request) => request.id).sort());

    // From the list, too: only Kofi's two requests go.
    await page.getByRole('button', { name: 'Delete Kofi Mensah' }).click();
    await page.getByText('“Kofi Mensah” was deleted, with 2 reference requests.').waitFor();
    onDisk = readData(dataDir);
    expect(onDisk.requests.filter((request) => request.referenceId === 'ref-kofi')).toEqual([]);
    expect(onDisk.requests).toHaveLength(sample.requests.length - 2);
    await app.close();
  });

  it('asks a person for a reference, shows where the request starts, and unlinks it with Undo', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const page = await openPeople(app);

    // Maria agreed ten days ago: a new request skips reconnecting.
    await page.getByRole('button', { name: 'Edit Maria Schäfer' }).click();
    const maria = page.getByRole('dialog', { name: 'Edit Maria Schäfer' });
    const requests = maria.getByRole('region', { name: 'Reference requests' });
    await requests.getByText('Northwind Traders · Senior Product Designer').waitFor();
    await maria.getByLabel('Ask for a reference for…').selectOption({ label: 'Fabrikam · Design Lead' });
    await maria.getByRole('button', { name: 'Ask', exact: true }).click();
    await maria.getByText('Added for Fabrikam · Design Lead. It starts at: Prep.').waitFor();
    const linked = readData(dataDir).requests.find((request) => request.referenceId === 'ref-maria' && request.applicationId === 'app-fabrikam');
    expect(linked?.stage).toBe('prep');
    await page.keyboard.press('Escape');

    // Anna was never asked: she starts at reconnect, and a request for the whole search works too.
    await page.getByRole('button', { name: 'Edit Анна Иванова' }).click();
    const anna = page.getByRole('dialog', { name: 'Edit Анна Иванова' });
    await anna.getByLabel('Ask for a reference for…').selectOption({ label: 'Whole search' });
    await anna.getByRole('button', { name: 'Ask', exact: true }).click();
    await anna.getByText('Added for the whole search. It starts at: Reconnect.').waitFor();
    const general = readData(dataDir).requests.find((request) => request.referenceId === 'ref-anna' && request.applicationId === null);
    expect(general?.stage).toBe('reconnect');

    await anna.getByRole('button', { name: 'Unlink the whole search' }).click();
    await anna.getByText('Анна Иванова for the whole search: no longer linked.').waitFor();
    expect(readData(dataDir).requests.some((request) => request.id === general?.id)).toBe(false);
    await expect.poll(() => anna.getByRole('listitem').filter({ hasText: 'Whole search' }).count()).toBe(0);
    // The toast shows inside the open form, so Undo is within reach without closing it.
    await anna.getByRole('button', { name: 'Undo' }).click();
    await anna.getByText('Restored.').waitFor();
    expect(readData(dataDir).requests.some((request) => request.id === general?.id)).toBe(true);
    await app.close();
  });

  it('words a request for the whole search as a natural German sentence', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW, systemLanguage: 'de' });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name: 'Personen' }).click();
    await page.getByRole('button', { name: 'Анна Иванова bearbeiten' }).click();
    const anna = page.getByRole('dialog', { name: 'Анна Иванова bearbeiten' });
    await anna.getByLabel('Um eine Referenz bitten für …').selectOption({ label: 'Ganze Suche' });
    await anna.getByRole('button', { name: 'Anfragen', exact: true }).click();
    await anna.getByText('Für die ganze Suche hinzugefügt. Erster Schritt: Wieder melden.').waitFor();
    await anna.getByRole('button', { name: 'Verknüpfung mit der ganzen Suche lösen' }).click();
    await anna.getByText(/^Анна Иванова für die ganze Suche/).waitFor();
    await app.close();
  });

  it('moves a person up in the user order, which the data file keeps for the reference sheets', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const page = await openPeople(app);
    await page.getByRole('button', { name: 'Move Ελένη Παπαδοπούλου up' }).click();
    await expect
      .poll(() => readData(dataDir).references.sort((a, b) => a.rank - b.rank).slice(0, 3).map((person) => person.id))
      .toEqual(['ref-maria', 'ref-eleni', 'ref-lukasz']);
    const firstRow = page.getByRole('table').getByRole('row').nth(2);
    expect(await firstRow.textContent()).toContain('Ελένη Παπαδοπούλου');
    // The keyboard stays on the arrow, so pressing Enter again moves her on.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => readData(dataDir).references.sort((a, b) => a.rank - b.rank)[0]?.id)
      .toBe('ref-eleni');
    await app.close();
  });

  it('shows a hundred people at a time and keeps a person moved past the last row in view', async () => {
    const people = Array.from({ length: 150 }, (_, index) =>
      makeReference({ id: `ref-${index}`, name: `Person ${String(index).padStart(3, '0')}`, rank: index }),
    );
    writeFileSync(dataFile(dataDir), JSON.stringify(makeDocument({ references: people })), { mode: 0o600 });
    const app = await openApp({ dataDir, now: NOW });
    const page = await openPeople(app);
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(101);
    expect(await page.getByRole('row', { name: /Person 100/ }).count()).toBe(0);

    // Moving the last shown person down brings them, and the focus, one row further.
    await page.getByRole('button', { name: 'Move Person 099 down' }).click();
    await expect.poll(() => readData(dataDir).references.find((person) => person.id === 'ref-99')?.rank).toBe(100);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Person 099 down');

    await page.getByRole('button', { name: /^Show the last 4[89]$/ }).click();
    await expect.poll(() => rows.count()).toBe(151);
    await app.close();
  });

  it('has no serious accessibility violations on the list and in the open form', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const page = await openPeople(app);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Edit Maria Schäfer' }).click();
    await page.getByRole('dialog', { name: 'Edit Maria Schäfer' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Escape');
    await app.sendCommand({ type: 'create' });
    const dialog = page.getByRole('dialog', { name: 'New person' });
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await dialog.getByText('Please fill this in.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await app.close();
  });
});
