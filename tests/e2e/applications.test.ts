import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApplication, makeReference, makeRequest } from '../fixtures/documents';
import { expectNoSeriousAxeViolations } from './axe';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, savedBytes, type OpenedApp } from './harness';
import { writeFileSync } from 'node:fs';
import { emptyDocument } from '../../shared/schema/document';

const dataFile = (dir: string) => join(dir, 'rekindle-data.json');

async function createApplication(app: OpenedApp, company: string, role: string) {
  const { page } = app;
  await app.sendCommand({ type: 'create' });
  const dialog = page.getByRole('dialog', { name: 'New application' });
  await dialog.getByLabel('Company').fill(company);
  await dialog.getByLabel('Role', { exact: true }).fill(role);
  await dialog.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('dialog', { name: `${company} · ${role}` }).waitFor();
}

describe('applications', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('creates applications with Ctrl/Cmd+N, links people and keeps everything after a restart', async () => {
    const people = [makeReference({ id: 'p-lukasz', name: 'Łukasz Żółć', rank: 0 }), makeReference({ id: 'p-wang', name: '王小明', rank: 1 })];
    writeFileSync(dataFile(dataDir), JSON.stringify({ ...emptyDocument(), references: people }));
    const app = await openApp({ dataDir });
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'applications' });
    await createApplication(app, 'Northwind', 'Senior Designer');

    const dialog = page.getByRole('dialog', { name: 'Northwind · Senior Designer' });
    await dialog.getByLabel('Add a reference').selectOption({ label: 'Łukasz Żółć · Northwind AG' });
    await dialog.getByRole('button', { name: 'Link' }).click();
    await dialog.getByRole('listitem').filter({ hasText: 'Łukasz Żółć' }).getByText('Reconnect').waitFor();
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await dialog.getByLabel('Note', { exact: true }).fill('Panel with the design team');
    await dialog.getByRole('button', { name: 'Save application' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await createApplication(app, 'Fabrikam', 'Design Lead');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(3);
    await app.close();

    const reopened = await openApp({ dataDir });
    await reopened.sendCommand({ type: 'navigate', view: 'applications' });
    await reopened.page.getByRole('button', { name: /Northwind/ }).click();
    const again = reopened.page.getByRole('dialog', { name: 'Northwind · Senior Designer' });
    expect(await again.getByLabel('Note', { exact: true }).inputValue()).toBe('Panel with the design team');
    await again.getByText('Łukasz Żółć').waitFor();
    const onDisk = readSavedDocument(dataDir);
    expect(onDisk.applications.map((application: { company: string }) => application.company).sort()).toEqual(['Fabrikam', 'Northwind']);
    expect(onDisk.requests).toHaveLength(1);
    await reopened.close();
  });

  it('refuses a javascript: posting link, an empty company and 100 KB in the role, and saves nothing', async () => {
    const app = await openApp({ dataDir });
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'applications' });
    await page.getByRole('button', { name: 'New application' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New application' });
    await dialog.getByLabel('Role', { exact: true }).fill('x'.repeat(100_000));
    await dialog.getByLabel('Job posting (link)').fill('javascript:alert(1)');
    const before = savedBytes(dataDir);
    await dialog.getByRole('button', { name: 'Create application' }).click();
    await dialog.getByText('Please fill this in.').waitFor();
    await dialog.getByText('This is too long. Please shorten it.').waitFor();
    await dialog.getByText('Enter a full web address starting with https:// or http://.').waitFor();
    expect(savedBytes(dataDir).equals(before)).toBe(true);

    const refused = await page.evaluate(() =>
      window.api.applications.save({
        id: null,
        fields: { company: 'Acme', role: 'x', location: '', postingUrl: 'javascript:alert(1)', status: 'planned', appliedOn: '2026-02-30', interviews: [], referenceCheckOn: null, contact: { name: '', role: '', email: 'no-at-sign', phone: '' }, notes: '' },
      }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const paths = (refused.ok ? [] : (refused.error.issues ?? [])).map((issue) => issue.path).sort();
    expect(paths).toEqual(['fields.appliedOn', 'fields.contact.email', 'fields.postingUrl']);
    expect(savedBytes(dataDir).equals(before)).toBe(true);
    await app.close();
  });

  it('deletes an application with its requests only, and Undo brings both back', async () => {
    const person = makeReference({ id: 'p-maria', name: 'Maria Schäfer' });
    const contoso = makeApplication({ id: 'a-contoso', company: 'Contoso', role: 'Researcher' });
    const adatum = makeApplication({ id: 'a-adatum', company: 'Adatum', role: 'Designer' });
    const requests = [makeRequest({ id: 'r-1', referenceId: person.id, applicationId: contoso.id }), makeRequest({ id: 'r-2', referenceId: person.id, applicationId: adatum.id })];
    writeFileSync(dataFile(dataDir), JSON.stringify({ ...emptyDocument(), references: [person], applications: [contoso, adatum], requests }));
    const app = await openApp({ dataDir });
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'applications' });
    await page.getByRole('button', { name: /Contoso/ }).click();
    await page.getByRole('button', { name: 'Delete application' }).click();
    await page.getByText('“Contoso · Researcher” was deleted, with 1 reference request.').waitFor();
    const afterDelete = readSavedDocument(dataDir);
    expect(afterDelete.applications.map((application: { id: string }) => application.id)).toEqual(['a-adatum']);
    expect(afterDelete.requests.map((request: { id: string }) => request.id)).toEqual(['r-2']);
    expect(afterDelete.references).toHaveLength(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: /Contoso/ }).waitFor();
    const restored = readSavedDocument(dataDir);
    expect(restored.applications).toHaveLength(2);
    expect(restored.requests.map((request: { id: string }) => request.id).sort()).toEqual(['r-1', 'r-2']);
    await app.close();
  });

  it('lists a hundred applications at a time, and a search still looks through all of them', async () => {
    const applications = Array.from({ length: 230 }, (_, index) =>
      makeApplication({ id: `app-${index}`, company: `Company ${String(index).padStart(3, '0')}`, role: 'Designer' }),
    );
    writeFileSync(dataFile(dataDir), JSON.stringify({ ...emptyDocument(), applications }));
    const app = await openApp({ dataDir });
    const { page } = app;
    await app.sendCommand({ type: 'navigate', view: 'applications' });
    const rows = page.getByRole('table').getByRole('row');
    // One header row and the first hundred applications.
    await expect.poll(() => rows.count()).toBe(101);
    await page.getByRole('button', { name: 'Show 100 more 130 not shown yet' }).click();
    await expect.poll(() => rows.count()).toBe(201);
    await page.getByRole('button', { name: 'Show the last 30' }).press('Enter');
    await expect.poll(() => rows.count()).toBe(231);
    expect(await page.getByRole('button', { name: /^Show / }).count()).toBe(0);

    await page.getByLabel('Search').fill('company 229');
    await expect.poll(() => rows.count()).toBe(2);
    await app.close();
  });

  it('has no serious accessibility violations on the list and the form', async () => {
    const app = await openApp({ dataDir });
    await app.sendCommand({ type: 'navigate', view: 'applications' });
    await expectNoSeriousAxeViolations(app.page);
    await createApplication(app, 'Adatum', 'Staff Designer');
    await expectNoSeriousAxeViolations(app.page);
    await app.page.keyboard.press('Escape');
    await expectNoSeriousAxeViolations(app.page);
    await app.close();
  });
});
