// People kept across restarts in any script, and deleting a person with Undo.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir } from './harness';
import { shownText, typeDate } from './date-input';
import { addPerson, NOW, openPeople, readData } from './people-page';

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
});
