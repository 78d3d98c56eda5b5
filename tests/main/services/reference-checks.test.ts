// Pinned so "today" (the local calendar day of the injected clock) is the same on every machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/services/context';
import {
  announceCheck,
  confirmDetails,
  logEmployerCall,
  markHeadsUpSent,
  recordDebrief,
} from '../../../main/services/reference-checks';
import { documentSchema, type RekindleDocument } from '../../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest, makeServiceContext } from '../../fixtures/documents';

const NOW = '2026-11-28T10:00:00.000Z';
const TODAY = '2026-11-28';
const ctx = () => makeServiceContext(NOW);
const caller = { name: 'Jana Vogt', title: 'Recruiter', email: 'jana@globex.example', phone: '' };

function world(): RekindleDocument {
  const people = ['anna', 'ben', 'cleo', 'dev'].map((id) => makeReference({ id, name: id, lastContactedOn: '2026-10-01' }));
  return makeDocument({
    references: people,
    applications: [makeApplication({ id: 'globex', status: 'interviewing' }), makeApplication({ id: 'acme', status: 'rejected' })],
    requests: [
      makeRequest({ id: 'r-anna', referenceId: 'anna', applicationId: 'globex', stage: 'prep' }),
      makeRequest({ id: 'r-ben', referenceId: 'ben', applicationId: 'globex', stage: 'reconnect' }),
      makeRequest({ id: 'r-cleo', referenceId: 'cleo', applicationId: 'globex', stage: 'prep', closed: 'declined' }),
      makeRequest({ id: 'r-dev', referenceId: 'dev', applicationId: null, stage: 'reconnect' }),
    ],
  });
}

const requestIn = (doc: RekindleDocument, id: string) => doc.requests.find((r) => r.id === id)!;

function domainErrorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('announcing a reference check', () => {
  it('records when and who will call, and logs it on every open card of that application', () => {
    const { document, changedRequestIds } = announceCheck(world(), { applicationId: 'globex', expectedOn: '2026-12-03', caller }, ctx());
    const globex = document.applications.find((a) => a.id === 'globex')!;
    expect(globex.referenceCheck).toMatchObject({ announcedOn: TODAY, expectedOn: '2026-12-03', caller });
    expect(globex.referenceCheckOn).toBe('2026-12-03');
    expect(changedRequestIds.sort()).toEqual(['r-anna', 'r-ben']);
    expect(requestIn(document, 'r-anna').log.at(-1)).toMatchObject({ kind: 'check_announced', text: 'Jana Vogt', on: TODAY });
    expect(requestIn(document, 'r-cleo').log).toEqual(requestIn(world(), 'r-cleo').log);
    expect(documentSchema.safeParse(document).success).toBe(true);
  });

  it('asks for a new heads-up when a second check is announced', () => {
    let doc = announceCheck(world(), { applicationId: 'globex', expectedOn: null, caller }, ctx()).document;
    doc = markHeadsUpSent(doc, { requestId: 'r-anna', on: TODAY }, ctx()).document;
    expect(requestIn(doc, 'r-anna').headsUpSentOn).toBe(TODAY);
    doc = announceCheck(doc, { applicationId: 'globex', expectedOn: null, caller: { ...caller, name: 'Tom' } }, ctx()).document;
    expect(requestIn(doc, 'r-anna').headsUpSentOn).toBeNull();
  });

  it('refuses an application that ended without an offer, and one that does not exist', () => {
    expect(domainErrorOf(() => announceCheck(world(), { applicationId: 'acme', expectedOn: null, caller }, ctx())).code).toBe('conflict');
    expect(domainErrorOf(() => announceCheck(world(), { applicationId: 'nope', expectedOn: null, caller }, ctx())).code).toBe('not_found');
  });
});

describe('logging an employer call', () => {
  const call = { requestId: 'r-anna', on: '2026-11-27', caller: 'Jana Vogt', minutes: 25, asked: 'Leadership', told: '' };

  it('keeps the call on the card, logs it, and leaves the "how did it go?" open', () => {
    const { document, callId } = logEmployerCall(world(), call, ctx());
    const card = requestIn(document, 'r-anna');
    expect(card.calls).toEqual([{ id: callId, on: '2026-11-27', caller: 'Jana Vogt', minutes: 25, asked: 'Leadership', told: '', debriefedOn: null }]);
    expect(card.log.at(-1)).toMatchObject({ kind: 'employer_call', text: 'Jana Vogt', on: '2026-11-27' });
    // The employer called them, not the user: the check-in clock is not reset.
    expect(document.references.find((p) => p.id === 'anna')!.lastContactedOn).toBe('2026-10-01');
  });

  it('counts a call logged with what they said as already talked through', () => {
    const { document } = logEmployerCall(world(), { ...call, told: 'Went well' }, ctx());
    expect(requestIn(document, 'r-anna').calls![0]!.debriefedOn).toBe('2026-11-27');
  });

  it('refuses a date in the future and a card for the search in general', () => {
    expect(domainErrorOf(() => logEmployerCall(world(), { ...call, on: '2026-11-29' }, ctx())).issues).toEqual([{ path: 'on', code: 'date_in_future' }]);
    expect(domainErrorOf(() => logEmployerCall(world(), { ...call, requestId: 'r-dev' }, ctx())).code).toBe('conflict');
  });
});

describe('what they told you afterwards', () => {
  it('closes the "how did it go?", keeps what they said and restarts the check-in clock', () => {
    const logged = logEmployerCall(world(), { requestId: 'r-anna', on: '2026-11-26', caller: 'Jana', minutes: null, asked: '', told: '' }, ctx());
    const { document } = recordDebrief(logged.document, { requestId: 'r-anna', callId: logged.callId, on: TODAY, told: 'They asked about the migration' }, ctx());
    expect(requestIn(document, 'r-anna').calls![0]).toMatchObject({ told: 'They asked about the migration', debriefedOn: TODAY });
    expect(requestIn(document, 'r-anna').log.at(-1)).toMatchObject({ kind: 'note', text: 'They asked about the migration' });
    expect(document.references.find((p) => p.id === 'anna')!.lastContactedOn).toBe(TODAY);
  });

  it('refuses a day before the call and an unknown call', () => {
    const logged = logEmployerCall(world(), { requestId: 'r-anna', on: '2026-11-26', caller: 'Jana', minutes: null, asked: '', told: '' }, ctx());
    expect(domainErrorOf(() => recordDebrief(logged.document, { requestId: 'r-anna', callId: logged.callId, on: '2026-11-25', told: '' }, ctx())).issues).toEqual([
      { path: 'on', code: 'date_before_call' },
    ]);
    expect(domainErrorOf(() => recordDebrief(logged.document, { requestId: 'r-anna', callId: 'other', on: TODAY, told: '' }, ctx())).code).toBe('not_found');
  });
});

describe('the heads-up and confirmed details', () => {
  it('only marks a heads-up sent once a check was announced', () => {
    expect(domainErrorOf(() => markHeadsUpSent(world(), { requestId: 'r-anna', on: TODAY }, ctx())).code).toBe('conflict');
    const doc = announceCheck(world(), { applicationId: 'globex', expectedOn: null, caller }, ctx()).document;
    const { document } = markHeadsUpSent(doc, { requestId: 'r-anna', on: TODAY }, ctx());
    expect(requestIn(document, 'r-anna').log.at(-1)).toMatchObject({ kind: 'message_sent', text: 'heads_up_sent' });
    expect(document.references.find((p) => p.id === 'anna')!.lastContactedOn).toBe(TODAY);
  });

  it('sets the day their details were confirmed', () => {
    const { document } = confirmDetails(world(), { referenceId: 'ben', on: '2026-11-20' }, ctx());
    expect(document.references.find((p) => p.id === 'ben')!.detailsConfirmedOn).toBe('2026-11-20');
    expect(domainErrorOf(() => confirmDetails(world(), { referenceId: 'ben', on: '2027-01-01' }, ctx())).code).toBe('invalid_input');
  });
});

describe('files written before reference checks existed', () => {
  it('still read as valid documents', () => {
    const old = world();
    const stripped = JSON.parse(JSON.stringify(old)) as Record<string, unknown>;
    expect(documentSchema.safeParse(stripped).success).toBe(true);
    expect(old.applications[0]!.referenceCheck).toBeUndefined();
  });
});
