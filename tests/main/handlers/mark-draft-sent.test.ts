// "Mark as sent" through the real boundary (sender check, schema parse) and the real store
// on a temp folder: one call is one change on disk holding all the draft covers, and a
// refused call leaves the data file and its journal as they were.
process.env.TZ = 'Europe/Berlin';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../main/app-core';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';
import { journalRecords, openHandlerCore, savedBytes, sendTo } from './handler-core';

const TODAY = '2026-03-02';
let dir: string;
let core: AppCore;

const savedChanges = () => journalRecords(dir);
const dataFileBytes = () => savedBytes(core, dir);

const send = (channel: string, payload: unknown) => sendTo(core, channel, payload);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-sent-'));
  core = openHandlerCore(dir);
  core.store.replace(
    makeDocument({
      applications: [makeApplication({ id: 'app-1', status: 'rejected' }), makeApplication({ id: 'app-2', status: 'applied' })],
      references: [makeReference({ id: 'ref-1', lastContactedOn: '2025-01-10' }), makeReference({ id: 'ref-2' })],
      requests: [
        makeRequest({ id: 'req-thanks', referenceId: 'ref-1', applicationId: 'app-1', stage: 'thanks' }),
        makeRequest({ id: 'req-ask', referenceId: 'ref-2', applicationId: 'app-2', stage: 'reconnect' }),
        makeRequest({ id: 'req-closed', referenceId: 'ref-1', applicationId: 'app-2', stage: 'reconnect', closed: 'declined' }),
      ],
    }),
  );
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('marking a draft as sent', () => {
  it('writes the “no offer” thank-you as one change with every point it covers, kept after reopening', async () => {
    const before = savedChanges().length;
    const result = await send('requests:markDraftSent', { requestId: 'req-thanks', draft: 'thanks_no', on: TODAY, summary: 'Thank you' });
    expect(result).toMatchObject({ ok: true, value: { recorded: 'message' } });

    const records = savedChanges();
    expect(records).toHaveLength(before + 1);
    if (result.ok) expect(records.at(-1)?.patch).toEqual((result.value as { patch: unknown }).patch);

    core = openHandlerCore(dir);
    const request = core.store.document.requests.find((candidate) => candidate.id === 'req-thanks')!;
    expect(request.checklist).toEqual({ thanked: true, outcome_shared: true, stay_reference: true });
    expect(request.log.filter((entry) => entry.kind === 'message_sent').map((entry) => entry.text)).toEqual(['thanked']);
    expect(core.store.document.references.find((person) => person.id === 'ref-1')?.lastContactedOn).toBe(TODAY);
  });

  it('records the ask, the points it covers and the person as asked in one change', async () => {
    const before = savedChanges().length;
    const result = await send('requests:markDraftSent', { requestId: 'req-ask', draft: 'reconnect_ask', on: TODAY, summary: 'Hello' });
    expect(result).toMatchObject({ ok: true, value: { recorded: 'ask' } });
    expect(savedChanges()).toHaveLength(before + 1);

    core = openHandlerCore(dir);
    const request = core.store.document.requests.find((candidate) => candidate.id === 'req-ask')!;
    expect(request).toMatchObject({ askedOn: TODAY, checklist: { ask_sent: true, own_disconnect: true, say_why: true, give_context: true } });
    expect(core.store.document.references.find((person) => person.id === 'ref-2')).toMatchObject({
      consent: { status: 'asked', askedOn: TODAY },
      lastContactedOn: TODAY,
    });
  });

  it('logs a draft that is no step of the card as a plain contact with its subject', async () => {
    const result = await send('requests:markDraftSent', { requestId: 'req-ask', draft: 'thanks_offer', on: TODAY, summary: '  Catching up  ' });
    expect(result).toMatchObject({ ok: true, value: { recorded: 'contact' } });
    const request = core.store.document.requests.find((candidate) => candidate.id === 'req-ask')!;
    expect(request.log.at(-1)).toMatchObject({ kind: 'email', on: TODAY, text: 'Catching up' });
    expect(request.checklist).toEqual({});
  });

  it.each([
    ['an unknown draft', { requestId: 'req-thanks', draft: 'love_letter', on: TODAY, summary: '' }, 'invalid_input'],
    ['a subject longer than the limit', { requestId: 'req-thanks', draft: 'thanks_no', on: TODAY, summary: 'x'.repeat(1_001) }, 'invalid_input'],
    ['an unexpected field', { requestId: 'req-thanks', draft: 'thanks_no', on: TODAY, summary: '', item: 'thanked' }, 'invalid_input'],
    ['a day after today', { requestId: 'req-thanks', draft: 'thanks_no', on: '2026-03-03', summary: '' }, 'invalid_input'],
    ['a declined card', { requestId: 'req-closed', draft: 'reconnect_ask', on: TODAY, summary: '' }, 'conflict'],
    ['a card that does not exist', { requestId: 'req-gone', draft: 'thanks_no', on: TODAY, summary: '' }, 'not_found'],
  ])('refuses %s and changes nothing on disk', async (_what, payload, code) => {
    const before = dataFileBytes();
    const result = await send('requests:markDraftSent', payload);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(dataFileBytes().equals(before)).toBe(true);
  });
});
