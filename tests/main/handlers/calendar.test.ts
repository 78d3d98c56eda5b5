// The calendar channel through the real boundary (sender check, schema parse) and the real
// core on a temp folder: the file it writes is read back with ical.js; a bad payload gets a
// typed error and neither asks where to save nor writes anything.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../../main/app-core';
import { dispatch } from '../../../main/ipc';
import { isAppUrl } from '../../../main/security';
import { confEngine } from '../../../main/store/engine';
import type { Application } from '../../../shared/schema/application';
import { APP_URL, appFrameEvent } from '../electron-mock';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';
import { readCalendar } from '../exports/read-calendar';

let dir: string;
let saveDir: string;
let core: AppCore;
let clock: Date;
let offered: string[];
let opened: string[];
let openFails: boolean;

const send = (channel: string, payload: unknown) =>
  dispatch(channel, appFrameEvent(), payload, core.handlers, { isTrustedUrl: (url) => isAppUrl(url, APP_URL) });

const acme = makeApplication({
  id: 'app-acme',
  company: 'Acme; Söhne, GmbH',
  role: 'Design Lead',
  location: 'Wrocław',
  status: 'interviewing',
  interviews: [
    { id: 'int-video', date: '2027-03-26', time: '10:00', kind: 'video', note: 'Panel with Łukasz Żółć, bring the portfolio' },
    { id: 'int-onsite', date: '2027-03-30', time: '10:00', kind: 'onsite', note: '' },
  ],
  referenceCheckOn: '2027-04-06',
  referenceCheck: { id: 'chk-1', announcedOn: '2027-03-20', expectedOn: '2027-04-06', caller: { name: 'Jonas Weber', title: 'Recruiter', email: '', phone: '+49 30 5550' } },
});
const northwind = makeApplication({ id: 'app-nw', company: 'Northwind', role: 'Staff Engineer', interviews: [{ id: 'int-nw', date: '2027-11-01', time: null, kind: 'phone', note: '' }] });

function documentWithDates() {
  return makeDocument({
    applications: [acme, northwind],
    references: [
      makeReference({ id: 'ref-lukasz', name: 'Łukasz Żółć', consent: { status: 'agreed', askedOn: '2027-03-01', answeredOn: '2027-03-02' } }),
      makeReference({ id: 'ref-maria', name: 'Maria Schäfer', lastContactedOn: '2026-09-01', cadenceMonths: 6 }),
    ],
    requests: [
      makeRequest({ id: 'req-brief', referenceId: 'ref-lukasz', applicationId: 'app-acme', stage: 'prep' }),
      makeRequest({ id: 'req-ask', referenceId: 'ref-maria', applicationId: 'app-nw', stage: 'reconnect' }),
    ],
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-calendar-'));
  saveDir = mkdtempSync(join(tmpdir(), 'rekindle-calendar-out-'));
  clock = new Date('2027-03-01T09:00:00.000Z');
  offered = [];
  opened = [];
  openFails = false;
  core = openAppCore({
    dataDir: dir,
    engine: confEngine,
    now: () => new Date(clock),
    systemLanguage: 'en',
    timeZone: () => 'Europe/Berlin',
    dialogs: {
      save: async ({ defaultName }) => {
        offered.push(defaultName);
        return join(saveDir, defaultName);
      },
      open: async () => null,
    },
    openExternal: async () => {},
    openPath: async (path) => {
      if (openFails) throw new Error('No application is associated with the specified file');
      opened.push(path);
    },
  });
  core.store.replace(documentWithDates());
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(saveDir, { recursive: true, force: true });
});

async function exportAll(language: 'en' | 'de' = 'en') {
  const result = await send('exports:calendar', { applicationId: null, language, action: 'save' });
  if (!result.ok) throw new Error(result.error.message);
  const { savedTo } = result.value as { savedTo: string };
  return { savedTo, calendar: readCalendar(readFileSync(savedTo, 'utf8')) };
}

const fieldsOf = ({ id: _id, createdAt: _created, updatedAt: _updated, referenceCheck: _check, acceptedOn: _accepted, ...fields }: Application) => fields;

describe('Export calendar…', () => {
  it('writes one event per interview, reference check and due task, each with a UID made from its records', async () => {
    const { savedTo, calendar } = await exportAll();

    expect(offered).toEqual(['Calendar – 2027-03-01.ics']);
    expect(savedTo).toBe(join(saveDir, 'Calendar – 2027-03-01.ics'));
    expect(calendar.events.map((event) => event.uid).sort()).toEqual(
      [
        'interview-app-acme-int-video@rekindle',
        'interview-app-acme-int-onsite@rekindle',
        'interview-app-nw-int-nw@rekindle',
        'reference-check-app-acme@rekindle',
        'task-req-brief@rekindle',
        'task-req-ask@rekindle',
        'check-in-ref-maria@rekindle',
      ].sort(),
    );
  });

  it('puts interviews at the local time typed on both sides of the March change, and deadlines on their day', async () => {
    const { calendar } = await exportAll();
    const byUid = new Map(calendar.events.map((event) => [event.uid, event]));

    expect(byUid.get('interview-app-acme-int-video@rekindle')).toMatchObject({ local: '2027-03-26 10:00', utc: '2027-03-26T09:00:00.000Z', minutes: 60 });
    expect(byUid.get('interview-app-acme-int-onsite@rekindle')).toMatchObject({ local: '2027-03-30 10:00', utc: '2027-03-30T08:00:00.000Z', location: 'Wrocław' });
    expect(byUid.get('interview-app-nw-int-nw@rekindle')).toMatchObject({ allDay: true, local: '2027-11-01' });
    expect(byUid.get('reference-check-app-acme@rekindle')).toMatchObject({ allDay: true, local: '2027-04-06' });
    // The brief is due the day before the next interview; the first ask a week before it.
    expect(byUid.get('task-req-brief@rekindle')).toMatchObject({ allDay: true, local: '2027-03-25', summary: 'Send Łukasz the brief before the Acme; Söhne, GmbH interview' });
    expect(byUid.get('task-req-ask@rekindle')).toMatchObject({ allDay: true, local: '2027-10-25' });
  });

  it('keeps every UID when exported again after an edit, with the new time and a higher SEQUENCE', async () => {
    const first = await exportAll();
    const edited = { ...fieldsOf(acme), company: 'Acme Group', interviews: acme.interviews.map((item) => (item.id === 'int-video' ? { ...item, time: '14:30' } : item)) };
    expect((await send('applications:save', { id: 'app-acme', fields: edited })).ok).toBe(true);
    clock = new Date('2027-03-02T09:00:00.000Z');

    const second = await exportAll();

    expect(second.calendar.events.map((event) => event.uid).sort()).toEqual(first.calendar.events.map((event) => event.uid).sort());
    const video = second.calendar.events.find((event) => event.uid === 'interview-app-acme-int-video@rekindle');
    expect(video).toMatchObject({ local: '2027-03-26 14:30', summary: 'Video interview: Design Lead at Acme Group' });
    expect(video!.sequence).toBeGreaterThan(first.calendar.events[0]!.sequence);
  });

  it('writes German titles and descriptions for a German window, names and punctuation intact', async () => {
    const { calendar } = await exportAll('de');
    const byUid = new Map(calendar.events.map((event) => [event.uid, event]));

    expect(calendar.name).toBe('Rekindle: Jobsuche');
    expect(offered).toEqual(['Kalender – 2027-03-01.ics']);
    expect(byUid.get('interview-app-acme-int-video@rekindle')).toMatchObject({
      summary: 'Videogespräch: Design Lead bei Acme; Söhne, GmbH',
      description: 'Panel with Łukasz Żółć, bring the portfolio',
    });
    expect(byUid.get('reference-check-app-acme@rekindle')?.description).toBe(
      'Um diesen Tag herum ruft das Unternehmen vielleicht deine Referenzen an. Sag ihnen vorher Bescheid.\nWer anruft: Jonas Weber, Recruiter, +49 30 5550',
    );
    expect(byUid.get('check-in-ref-maria@rekindle')?.summary).toBe('Sag Maria mal wieder Hallo');
  });

  it('says there is nothing to put in a calendar, and writes nothing, when nothing has a date', async () => {
    core.store.replace(makeDocument());

    const result = await send('exports:calendar', { applicationId: null, language: 'en', action: 'save' });

    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', issues: [{ code: 'nothing_to_export' }] } });
    expect(offered).toEqual([]);
    expect(readdirSync(saveDir)).toEqual([]);
  });
});

describe('Add to calendar', () => {
  it('writes only that application’s interviews and hands the file to the calendar app', async () => {
    const result = await send('exports:calendar', { applicationId: 'app-acme', language: 'en', action: 'open' });

    expect(result.ok).toBe(true);
    const { savedTo } = (result as { value: { savedTo: string } }).value;
    expect(opened).toEqual([savedTo]);
    expect(offered).toEqual([]);
    expect(savedTo.endsWith('Interviews – Acme; Söhne, GmbH.ics')).toBe(true);
    expect(readCalendar(readFileSync(savedTo, 'utf8')).events.map((event) => event.uid)).toEqual([
      'interview-app-acme-int-video@rekindle',
      'interview-app-acme-int-onsite@rekindle',
    ]);
    // Main wrote it, so the toast's "Open" may open it again.
    expect((await send('files:open', { savedTo })).ok).toBe(true);
  });

  it('says no app opened the file, so the window can offer to save it', async () => {
    openFails = true;

    const result = await send('exports:calendar', { applicationId: 'app-acme', language: 'en', action: 'open' });

    expect(result).toMatchObject({ ok: false, error: { code: 'io_error', issues: [{ code: 'no_calendar_app' }] } });
  });
});

describe('the calendar channel refuses', () => {
  it.each([
    ['no action', { applicationId: null, language: 'en' }],
    ['an unknown action', { applicationId: null, language: 'en', action: 'print' }],
    ['an unknown language', { applicationId: null, language: 'fr', action: 'save' }],
    ['an empty id', { applicationId: '', language: 'en', action: 'save' }],
    ['an id too long', { applicationId: 'a'.repeat(65), language: 'en', action: 'open' }],
    ['a path of its own choosing', { applicationId: null, language: 'en', action: 'save', path: '/tmp/evil.ics' }],
    ['no payload', undefined],
  ])('%s with invalid_input, asking for no path and writing nothing', async (_case, payload) => {
    const result = await send('exports:calendar', payload);

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(offered).toEqual([]);
    expect(opened).toEqual([]);
    expect(readdirSync(saveDir)).toEqual([]);
  });

  it('an application that does not exist with not_found, writing nothing', async () => {
    const result = await send('exports:calendar', { applicationId: 'app-gone', language: 'en', action: 'open' });

    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(opened).toEqual([]);
    expect(offered).toEqual([]);
  });
});
