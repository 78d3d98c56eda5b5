// The reference-check channels through the real boundary (sender check, schema parse) and
// the real store on a temp folder: good input lands on disk, bad input changes nothing.
process.env.TZ = 'Europe/Berlin';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../main/app-core';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';
import { openHandlerCore, savedBytes, sendTo } from './handler-core';

let dir: string;
let core: AppCore;

const dataFileBytes = () => savedBytes(core, dir);

const send = (channel: string, payload: unknown) => sendTo(core, channel, payload);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-checks-'));
  core = openHandlerCore(dir);
  core.store.replace(
    makeDocument({
      applications: [makeApplication({ id: 'app-1', status: 'interviewing' })],
      references: [makeReference({ id: 'ref-1' })],
      requests: [makeRequest({ id: 'req-1', referenceId: 'ref-1', applicationId: 'app-1', stage: 'prep' })],
    }),
  );
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const caller = { name: 'Jonas Weber', title: 'Recruiter', email: 'jonas@example.com', phone: '' };

describe('the reference-check channels', () => {
  it('keeps an announced check and a logged call after the app is opened again', async () => {
    expect(await send('checks:announce', { applicationId: 'app-1', expectedOn: '2026-03-05', caller })).toMatchObject({
      ok: true,
      value: { changedRequestIds: ['req-1'] },
    });
    const logged = await send('checks:logCall', { requestId: 'req-1', on: '2026-03-02', caller: 'Jonas Weber', minutes: 30, asked: 'Delivery', told: '' });
    expect(logged.ok).toBe(true);

    core = openHandlerCore(dir);
    const application = core.store.document.applications[0]!;
    expect(application.referenceCheck).toMatchObject({ announcedOn: '2026-03-02', expectedOn: '2026-03-05', caller });
    expect(core.store.document.requests[0]!.calls).toMatchObject([{ on: '2026-03-02', caller: 'Jonas Weber', minutes: 30, debriefedOn: null }]);
  });

  it.each([
    ['a caller email that is not one', 'checks:announce', { applicationId: 'app-1', expectedOn: null, caller: { ...caller, email: 'nope' } }, 'caller.email'],
    ['an unknown field in the caller', 'checks:announce', { applicationId: 'app-1', expectedOn: null, caller: { ...caller, age: 40 } }, 'caller'],
    ['an impossible date', 'checks:announce', { applicationId: 'app-1', expectedOn: '2026-02-30', caller }, 'expectedOn'],
    ['a call of ten hours and more', 'checks:logCall', { requestId: 'req-1', on: '2026-03-02', caller: '', minutes: 601, asked: '', told: '' }, 'minutes'],
    ['a fractional length', 'checks:logCall', { requestId: 'req-1', on: '2026-03-02', caller: '', minutes: 2.5, asked: '', told: '' }, 'minutes'],
    ['an answer longer than the limit', 'checks:recordDebrief', { requestId: 'req-1', callId: 'c', on: '2026-03-02', told: 'x'.repeat(1_001) }, 'told'],
    ['a person id with a slash', 'references:confirmDetails', { referenceId: '../ref', on: '2026-03-02' }, 'referenceId'],
  ])('refuses %s as invalid input and changes nothing', async (_what, channel, payload, path) => {
    const before = dataFileBytes();
    const result = await send(channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.issues?.map((issue) => issue.path)).toContain(path);
    expect(dataFileBytes().equals(before)).toBe(true);
  });

  it('refuses a call dated tomorrow with its field named, and writes nothing', async () => {
    const before = dataFileBytes();
    const result = await send('checks:logCall', { requestId: 'req-1', on: '2026-03-03', caller: '', minutes: null, asked: '', told: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'on', code: 'date_in_future' }] } });
    expect(dataFileBytes().equals(before)).toBe(true);
  });

  it('keeps the call threshold setting', async () => {
    expect((await send('settings:update', { callThreshold: 5 })).ok).toBe(true);
    expect(core.store.document.settings.callThreshold).toBe(5);
    expect(await send('settings:update', { callThreshold: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
