// An interview date on a planned or applied application means it is in interviews: saving
// one moves the status on, the notice says so, and its Undo puts the status back for good.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '../../shared/schema/application';
import { makeApplication, makeDocument } from '../fixtures/documents';
import { typeDate } from './date-input';
import { closeBrowser, makeDataDir, openApp, readSavedDocument, removeDataDir, type OpenedApp } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2026-11-28T09:30:00+01:00');
const INTERVIEW_ON = '2026-12-03';

function writeData(dataDir: string, status: ApplicationStatus): void {
  const stamp = NOW.toISOString();
  const application = makeApplication({ id: 'app-fabrikam', company: 'Fabrikam', role: 'Design Lead', status, interviews: [], createdAt: stamp, updatedAt: stamp });
  writeFileSync(join(dataDir, 'rekindle-data.json'), JSON.stringify(makeDocument({ applications: [application] }), null, '\t'), { mode: 0o600 });
}

/** The status the applications list shows in Fabrikam's row. */
function rowStatus(app: OpenedApp) {
  return app.page.getByRole('row').filter({ hasText: 'Fabrikam' }).getByRole('cell').nth(1);
}

describe('an interview date on a planned application', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('moves it to interviewing, says so, and Undo puts "Planned" back on disk too', async () => {
    writeData(dataDir, 'planned');
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'applications');
    expect(await rowStatus(app).textContent()).toBe('Planned');

    await page.getByRole('button', { name: /Fabrikam/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Fabrikam · Design Lead' });
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await typeDate(dialog.getByRole('group', { name: 'Date', exact: true }), INTERVIEW_ON);
    await dialog.getByRole('button', { name: 'Save application' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const notice = page.getByRole('status').filter({ hasText: 'Saved. With an interview date, Fabrikam now counts as interviewing.' });
    await notice.waitFor();
    await expect.poll(() => rowStatus(app).textContent()).toBe('Interviewing');
    const moved = readSavedDocument(dataDir).applications[0];
    expect(moved?.status).toBe('interviewing');
    expect(moved?.interviews.map((interview) => interview.date)).toEqual([INTERVIEW_ON]);

    await notice.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: 'Back to “Planned”.' }).waitFor();
    await expect.poll(() => rowStatus(app).textContent()).toBe('Planned');
    await app.close();

    // Undo takes back the status only: the interview the user entered stays.
    const onDisk = readSavedDocument(dataDir).applications[0];
    expect(onDisk?.status).toBe('planned');
    expect(onDisk?.interviews.map((interview) => interview.date)).toEqual([INTERVIEW_ON]);

    const reopened = await openApp({ dataDir, now: NOW });
    await navigateTo(reopened, 'applications');
    expect(await rowStatus(reopened).textContent()).toBe('Planned');
    await reopened.page.getByRole('button', { name: /Fabrikam/ }).click();
    const again = reopened.page.getByRole('dialog', { name: 'Fabrikam · Design Lead' });
    expect(await again.getByLabel('Status').locator('option:checked').textContent()).toBe('Planned');
    await reopened.close();
  });

  it('keeps the status as it is when the application is already past interviews', async () => {
    writeData(dataDir, 'offer');
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'applications');
    await page.getByRole('button', { name: /Fabrikam/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Fabrikam · Design Lead' });
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await typeDate(dialog.getByRole('group', { name: 'Date', exact: true }), INTERVIEW_ON);
    await dialog.getByRole('button', { name: 'Save application' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Application saved.' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'interviewing' }).count()).toBe(0);
    expect(await rowStatus(app).textContent()).toBe('Offer');
    await app.close();
    expect(readSavedDocument(dataDir).applications[0]?.status).toBe('offer');
  });
});
