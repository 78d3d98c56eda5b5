// Closing the search through the real boundary (sender check, schema parse) and the real
// store on a temp folder: one change on disk, every helper thanked once, the rest closed;
// bad input changes nothing. The backup and the CSV carry what it changed.
process.env.TZ = 'Europe/Berlin';

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../../main/app-core';
import { dispatch, type IpcOptions } from '../../../main/ipc';
import { isAppUrl } from '../../../main/security';
import { parseBackup, serializeBackup } from '../../../main/services/backup-file';
import { applicationsToCsv, peopleToCsv } from '../../../main/services/csv-export';
import { confEngine } from '../../../main/store/engine';
import { parseJournal } from '../../../main/store/journal';
import { computeDueItems } from '../../../shared/due';
import type { Result } from '../../../shared/ipc/result';
import { APP_URL, appFrameEvent } from '../electron-mock';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

let dir: string;
let core: AppCore;
const options: IpcOptions = { isTrustedUrl: (url) => isAppUrl(url, APP_URL) };
const TODAY = '2026-03-02';
const agreed = { status: 'agreed' as const, askedOn: '2026-02-01', answeredOn: '2026-02-02' };

function openCore(): AppCore {
  return openAppCore({
    dataDir: dir,
    engine: confEngine,
    now: () => new Date('2026-03-02T08:00:00.000Z'),
    systemLanguage: 'en',
    dialogs: { save: async () => null, open: async () => null },
    openExternal: async () => {},
    openPath: async () => {},
  });
}

const journalPath = () => join(dir, 'rekindle-data.journal');
const diskBytes = () => Buffer.concat([readFileSync(core.store.path), existsSync(journalPath()) ? readFileSync(journalPath()) : Buffer.alloc(0)]);
const journalRecords = () => (existsSync(journalPath()) ? parseJournal(readFileSync(journalPath())).records.length : 0);
const send = (channel: string, payload: unknown): Promise<Result<unknown>> => dispatch(channel, appFrameEvent(), payload, core.handlers, options);
const request = (id: string) => core.store.document.requests.find((candidate) => candidate.id === id)!;
const person = (id: string) => core.store.document.references.find((candidate) => candidate.id === id)!;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-close-search-'));
  core = openCore();
  core.store.replace(
    makeDocument({
      applications: [makeApplication({ id: 'globex', company: 'Globex', status: 'offer' }), makeApplication({ id: 'acme', status: 'interviewing' })],
      references: [
        makeReference({ id: 'anna', consent: agreed, cadenceMonths: 3, rank: 0 }),
        makeReference({ id: 'ben', consent: agreed, cadenceMonths: 12, rank: 1, address: { salutation: 'mr', pronouns: 'he', formality: 'informal', title: '', language: 'de' } }),
        makeReference({ id: 'cleo', consent: agreed, rank: 2 }),
        makeReference({ id: 'dev', rank: 3 }),
      ],
      requests: [
        makeRequest({ id: 'anna-globex', referenceId: 'anna', applicationId: 'globex', stage: 'prep' }),
        makeRequest({ id: 'anna-acme', referenceId: 'anna', applicationId: 'acme', stage: 'prep' }),
        makeRequest({ id: 'ben-acme', referenceId: 'ben', applicationId: 'acme', stage: 'prep', snoozed: { kind: 'send_brief', until: '2026-03-09' } }),
        makeRequest({ id: 'cleo-general', referenceId: 'cleo', applicationId: null, stage: 'reconnect' }),
        makeRequest({ id: 'dev-acme', referenceId: 'dev', applicationId: 'acme', stage: 'reconnect' }),
      ],
    }),
  );
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const close = (extra: Record<string, unknown> = {}) => send('applications:closeSearch', { applicationId: 'globex', on: TODAY, skipThanks: [], ...extra });

describe('closing the search', () => {
  it('gives every helper one thank-you due in Today, ends their other cards and the quiet ones, in one saved change', async () => {
    const before = journalRecords();
    const result = await close();
    expect(result).toMatchObject({ ok: true, value: { thankRequestIds: ['anna-globex', 'ben-acme', 'cleo-general'] } });
    expect(journalRecords()).toBe(before + 1);

    core = openCore();
    expect(['anna-globex', 'ben-acme', 'cleo-general'].map((id) => request(id).stage)).toEqual(['thanks', 'thanks', 'thanks']);
    expect(['anna-acme', 'dev-acme'].map((id) => request(id).stage)).toEqual(['done', 'done']);
    expect(request('ben-acme')).toMatchObject({ searchClosed: { applicationId: 'globex', on: TODAY }, snoozed: null });
    expect(core.store.document.applications.find((app) => app.id === 'globex')?.acceptedOn).toBe(TODAY);
    const thanks = computeDueItems(core.store.document, TODAY).filter((item) => item.kind === 'send_thanks');
    // Each task is about the job taken, whichever application the card was for.
    expect(thanks.map((item) => [item.referenceId, item.dueOn, item.applicationId])).toEqual([
      ['anna', '2026-03-04', 'globex'],
      ['ben', '2026-03-04', 'globex'],
      ['cleo', '2026-03-04', 'globex'],
    ]);
  });

  it('eases short cadences to six months and keeps longer ones', async () => {
    await close();
    core = openCore();
    expect([person('anna').cadenceMonths, person('ben').cadenceMonths, person('cleo').cadenceMonths]).toEqual([6, 12, 6]);
  });

  it('ends the cards of someone left out of the thanks without a task', async () => {
    expect((await close({ skipThanks: ['ben'] })).ok).toBe(true);
    expect(request('ben-acme').stage).toBe('done');
    expect(person('ben').cadenceMonths).toBe(12);
    expect(person('anna').cadenceMonths).toBe(6);
    expect(computeDueItems(core.store.document, TODAY).some((item) => item.kind === 'send_thanks' && item.referenceId === 'ben')).toBe(false);
  });

  it('is carried whole by a backup and shown in both CSV files', async () => {
    await close();
    const document = core.store.document;
    expect(parseBackup(serializeBackup(document, new Date()))).toEqual(document);
    const [appHeader = [], globex = []] = Papa.parse<string[]>(applicationsToCsv(document, 'en').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(globex[appHeader.indexOf('Search closed on')]).toBe(TODAY);
    const [peopleHeader = [], anna = []] = Papa.parse<string[]>(peopleToCsv(document, 'de').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(anna[peopleHeader.indexOf('Melden alle (Monate)')]).toBe('6');
  });

  it.each([
    ['an application without an offer', { applicationId: 'acme' }, 'conflict'],
    ['an application that does not exist', { applicationId: 'nope' }, 'not_found'],
    ['a day in the future', { on: '2026-03-03' }, 'invalid_input'],
    ['a person who did not help', { skipThanks: ['dev'] }, 'invalid_input'],
    ['an unknown field', { notify: true }, 'invalid_input'],
    ['an id with a slash', { applicationId: '../globex' }, 'invalid_input'],
  ])('refuses %s with a typed error and changes nothing on disk', async (_what, extra, code) => {
    const before = diskBytes();
    expect(await close(extra)).toMatchObject({ ok: false, error: { code } });
    expect(diskBytes().equals(before)).toBe(true);
  });

  it('refuses to close a search twice: its thank-you cards are not thanked again', async () => {
    expect((await close()).ok).toBe(true);
    const before = diskBytes();
    expect(await close()).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(diskBytes().equals(before)).toBe(true);
  });
});
