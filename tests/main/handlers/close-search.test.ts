// Closing the search through the real boundary (sender check, schema parse) and the real
// store on a temp folder: one change on disk, every helper thanked once, the rest closed;
// bad input changes nothing. The backup and the CSV carry what it changed.
process.env.TZ = 'Europe/Berlin';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../main/services/backup-file';
import { applicationsToCsv, peopleToCsv } from '../../../main/services/csv-export';
import { computeDueItems } from '../../../shared/due';
import type { AppCore } from '../../../main/app-core';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';
import { journalRecords, openHandlerCore, savedBytes, sendTo } from './handler-core';

let dir: string;
let core: AppCore;
const TODAY = '2026-03-02';
const agreed = { status: 'agreed' as const, askedOn: '2026-02-01', answeredOn: '2026-02-02' };

const diskBytes = () => savedBytes(core, dir);
const journalCount = () => journalRecords(dir).length;
const send = (channel: string, payload: unknown) => sendTo(core, channel, payload);
const request = (id: string) => core.store.document.requests.find((candidate) => candidate.id === id)!;
const person = (id: string) => core.store.document.references.find((candidate) => candidate.id === id)!;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-close-search-'));
  core = openHandlerCore(dir);
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
    const before = journalCount();
    const result = await close();
    expect(result).toMatchObject({ ok: true, value: { thankRequestIds: ['anna-globex', 'ben-acme', 'cleo-general'] } });
    expect(journalCount()).toBe(before + 1);

    core = openHandlerCore(dir);
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
    core = openHandlerCore(dir);
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
