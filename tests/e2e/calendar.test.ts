// Calendar export in the real window over the real core: "Add to calendar" on an
// application hands its interviews to the calendar app; File → Export calendar… saves
// everything where the user chose. Both files are read back with ical.js.
process.env.TZ = 'Europe/Berlin';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';
import { readCalendar } from '../main/exports/read-calendar';
import { closeBrowser, makeDataDir, openApp, removeDataDir, writeSavedDocument } from './harness';
import { navigateTo } from './navigate';

const NOW = new Date('2027-03-20T09:30:00+01:00');

function writeData(dataDir: string): void {
  const stamp = NOW.toISOString();
  const application = makeApplication({
    id: 'app-fabrikam',
    company: 'Fabrikam',
    role: 'Design Lead',
    status: 'interviewing',
    interviews: [
      { id: 'int-1', date: '2027-03-26', time: '10:00', kind: 'video', note: 'With Łukasz Żółć; bring the portfolio, please' },
      { id: 'int-2', date: '2027-03-30', time: '10:00', kind: 'onsite', note: '' },
    ],
    referenceCheckOn: '2027-04-06',
    createdAt: stamp,
    updatedAt: stamp,
  });
  writeSavedDocument(
    dataDir,
    makeDocument({
      applications: [application],
      references: [makeReference({ id: 'ref-lukasz', name: 'Łukasz Żółć', consent: { status: 'agreed', askedOn: '2027-03-01', answeredOn: '2027-03-02' } })],
      requests: [makeRequest({ id: 'req-1', referenceId: 'ref-lukasz', applicationId: 'app-fabrikam', stage: 'prep' })],
    }),
  );
}

describe('calendar export', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
    writeData(dataDir);
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('"Add to calendar" hands the application’s interviews to the calendar app, at the times typed across the clock change', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'applications');
    await page.getByRole('button', { name: /Fabrikam/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Fabrikam · Design Lead' });

    await dialog.getByRole('button', { name: 'Add to calendar' }).click();

    await page.getByRole('status').filter({ hasText: 'The interviews are open in your calendar app.' }).waitFor();
    expect(app.openedPaths).toHaveLength(1);
    const { events } = readCalendar(readFileSync(app.openedPaths[0]!, 'utf8'));
    expect(events.map((event) => [event.uid, event.local, event.utc, event.summary])).toEqual([
      ['interview-app-fabrikam-int-1@rekindle', '2027-03-26 10:00', '2027-03-26T09:00:00.000Z', 'Video interview: Design Lead at Fabrikam'],
      ['interview-app-fabrikam-int-2@rekindle', '2027-03-30 10:00', '2027-03-30T08:00:00.000Z', 'Interview on site: Design Lead at Fabrikam'],
    ]);
    expect(events[0]?.description).toBe('With Łukasz Żółć; bring the portfolio, please');
    await app.close();
  });

  it('asks to save first while the form has unsaved changes, and opens nothing', async () => {
    const app = await openApp({ dataDir, now: NOW });
    const { page } = app;
    await navigateTo(app, 'applications');
    await page.getByRole('button', { name: /Fabrikam/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Fabrikam · Design Lead' });
    await dialog.getByRole('textbox', { name: 'Role', exact: true }).fill('Head of Design');

    await dialog.getByRole('button', { name: 'Add to calendar' }).click();

    await page.getByRole('status').filter({ hasText: 'Save your changes first' }).waitFor();
    expect(app.openedPaths).toEqual([]);
    await app.close();
  });

  it('File → Export calendar… saves interviews, the reference check and tasks in German where the user chose', async () => {
    const offered: string[] = [];
    const app = await openApp({
      dataDir,
      now: NOW,
      systemLanguage: 'de',
      dialogs: {
        save: ({ defaultName }) => {
          offered.push(defaultName);
          return join(dataDir, defaultName);
        },
      },
    });
    // A command sent while the window still loads would be lost, as a menu click would be.
    await app.page.getByRole('navigation').waitFor();

    await app.sendCommand({ type: 'exportCalendar' });

    const toast = app.page.getByRole('status').filter({ hasText: 'Kalender gespeichert unter' });
    await toast.waitFor();
    expect(offered).toEqual(['Kalender – 2027-03-20.ics']);
    const { events } = readCalendar(readFileSync(join(dataDir, offered[0]!), 'utf8'));
    expect(events.map((event) => [event.uid, event.local, event.summary])).toEqual([
      ['interview-app-fabrikam-int-1@rekindle', '2027-03-26 10:00', 'Videogespräch: Design Lead bei Fabrikam'],
      ['interview-app-fabrikam-int-2@rekindle', '2027-03-30 10:00', 'Gespräch vor Ort: Design Lead bei Fabrikam'],
      ['reference-check-app-fabrikam@rekindle', '2027-04-06', 'Referenzprüfung: Design Lead bei Fabrikam'],
      ['task-req-1@rekindle', '2027-03-25', 'Łukasz das Briefing vor dem Gespräch bei Fabrikam schicken'],
    ]);
    await toast.getByRole('button', { name: 'Im Ordner zeigen' }).click();
    await expect.poll(() => app.shownInFolder).toEqual([join(dataDir, offered[0]!)]);
    await app.close();
  });
});
