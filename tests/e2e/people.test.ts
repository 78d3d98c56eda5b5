// A person's bad input, in the form and over IPC: refused with reasons, and the data file
// stays as it was.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReferenceFields } from '../../shared/schema/person';
import { writeSampleData } from '../fixtures/sample-data';
import { closeBrowser, makeDataDir, openApp, removeDataDir, savedBytes } from './harness';
import { NOW, openPeople } from './people-page';

const validFields: ReferenceFields = {
  name: 'Jane Roe',
  address: { salutation: 'ms', pronouns: 'she', formality: 'formal', title: '' },
  relationship: 'manager',
  workedAt: 'ACME',
  roleThen: 'Lead',
  workedFrom: 2019,
  workedTo: 2022,
  currentTitle: 'CTO',
  organisation: 'Northwind',
  email: 'jane@example.com',
  phone: '',
  linkedin: '',
  preferredChannel: 'email',
  lastContactedOn: null,
  cadenceMonths: 6,
  talkingPoints: [],
  consent: { status: 'not_asked', askedOn: null, answeredOn: null },
  notes: '',
};

describe('people', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('refuses a bad email, a javascript: link, a reversed year range and 100 KB in the name, in the form and over IPC', async () => {
    writeSampleData(dataDir, NOW);
    const app = await openApp({ dataDir, now: NOW });
    const page = await openPeople(app);
    const before = savedBytes(dataDir);

    await page.getByRole('button', { name: 'New person' }).click();
    const dialog = page.getByRole('dialog', { name: 'New person' });
    await dialog.getByLabel('Name', { exact: true }).fill('x'.repeat(100_000));
    await dialog.getByLabel('Email').fill('jane.example.com');
    await dialog.getByLabel('LinkedIn profile').fill('javascript:alert(1)');
    await dialog.getByLabel('From (year)').fill('2022');
    await dialog.getByLabel('To (year)').fill('2019');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await dialog.getByText('This is too long. Please shorten it.').waitFor();
    await dialog.getByText('This does not look like an email address.').waitFor();
    await dialog.getByText('Enter a full web address starting with https:// or http://.').waitFor();
    await dialog.getByText('The end cannot be before the start.').waitFor();
    await dialog.getByText('Some fields need a second look before this can be saved.').waitFor();
    expect(await dialog.getByLabel('To (year)').getAttribute('aria-invalid')).toBe('true');
    expect(savedBytes(dataDir).equals(before)).toBe(true);

    const badPayloads: Partial<ReferenceFields>[] = [
      { email: 'jane.example.com' },
      { linkedin: 'javascript:alert(1)' },
      { workedFrom: 2022, workedTo: 2019 },
      { name: 'x'.repeat(100_000) },
    ];
    for (const patch of badPayloads) {
      const fields = { ...validFields, ...patch };
      const answer = await page.evaluate(
        (payload) => window.api.references.save(payload),
        { id: null, fields },
      );
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(savedBytes(dataDir).equals(before)).toBe(true);
    await app.close();
  });
});
