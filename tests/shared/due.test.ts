// Runs in Berlin time so the daylight-saving cases below mean something on any machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../shared/dates';
import { computeDueItems, dueWithin, isLate, overdueCount, type DueItem } from '../../shared/due';
import type { Application } from '../../shared/schema/application';
import type { Reference } from '../../shared/schema/person';
import type { ReferenceRequest } from '../../shared/schema/request';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';

const askedConsent = (askedOn: string) => ({ status: 'asked' as const, askedOn, answeredOn: null });

function board(parts: { references?: Reference[]; applications?: Application[]; requests?: ReferenceRequest[] }) {
  return makeDocument({ references: [], applications: [], requests: [], ...parts });
}

function askedCard(askedOn: string) {
  const person = makeReference({ consent: askedConsent(askedOn) });
  const card = makeRequest({ referenceId: person.id, askedOn, checklist: { ask_sent: true } });
  return { person, card, document: board({ references: [person], requests: [card] }) };
}

function prepCard(application: Partial<Application>, checklist: Record<string, boolean> = {}) {
  const person = makeReference({ consent: { status: 'agreed', askedOn: '2026-10-01', answeredOn: '2026-10-02' } });
  const app = makeApplication({ status: 'interviewing', ...application });
  const card = makeRequest({ referenceId: person.id, applicationId: app.id, stage: 'prep', checklist });
  return { card, document: board({ references: [person], applications: [app], requests: [card] }) };
}

function contacted(lastContactedOn: string | null, cadenceMonths = 6) {
  const person = makeReference({ lastContactedOn, cadenceMonths });
  return { person, document: board({ references: [person] }) };
}

const kinds = (items: DueItem[]) => items.map((item) => item.kind);

/** A reconnect card whose ask has not gone out, for a person never asked. */
function unaskedCard(application: Partial<Application> | null, createdAt = '2026-11-20T09:00:00.000Z') {
  const person = makeReference({ consent: { status: 'not_asked', askedOn: null, answeredOn: null } });
  const app = application ? makeApplication({ status: 'applied', ...application }) : null;
  const card = makeRequest({ referenceId: person.id, applicationId: app?.id ?? null, stage: 'reconnect', createdAt });
  return { person, card, document: board({ references: [person], applications: app ? [app] : [], requests: [card] }) };
}

const interviewOn = (date: string) => ({ id: `iv-${date}`, date, time: null, kind: 'video' as const, note: '' });

describe('the first message', () => {
  const today = '2026-11-28';

  it('is due today for a card whose interview is 6 days away, and not this week for one 30 days away', () => {
    const soon = unaskedCard({ interviews: [interviewOn('2026-12-04')] });
    expect(dueWithin(computeDueItems(soon.document, today), today)).toMatchObject([
      { kind: 'send_ask', dueOn: today, overdue: false, requestId: soon.card.id },
    ]);
    const later = unaskedCard({ interviews: [interviewOn('2026-12-28')] });
    expect(computeDueItems(later.document, today)).toMatchObject([{ kind: 'send_ask', dueOn: '2026-12-21' }]);
    expect(dueWithin(computeDueItems(later.document, today), today)).toEqual([]);
  });

  it('aims a week before the reference check when it comes before the next interview', () => {
    const { document } = unaskedCard({ referenceCheckOn: '2026-12-15', interviews: [interviewOn('2026-12-20')] });
    expect(computeDueItems(document, today)).toMatchObject([{ kind: 'send_ask', dueOn: '2026-12-08' }]);
  });

  it('skips interviews already past when finding the next one', () => {
    const { document } = unaskedCard({ interviews: [interviewOn('2026-11-01'), interviewOn('2026-12-19')] });
    expect(computeDueItems(document, today)).toMatchObject([{ kind: 'send_ask', dueOn: '2026-12-12' }]);
  });

  it('is due the day a card for the whole search was created, and can be overdue', () => {
    const { document } = unaskedCard(null, '2026-11-20T09:00:00.000Z');
    const items = computeDueItems(document, today);
    expect(items).toMatchObject([{ kind: 'send_ask', dueOn: '2026-11-20', overdue: true }]);
    expect(isLate(items[0]!)).toBe(true);
  });

  it('leaves the list once the ask is sent, and is not asked for while another card awaits the reply', () => {
    const sent = askedCard('2026-11-27');
    expect(kinds(computeDueItems(sent.document, today))).toEqual(['follow_up']);
    const { person, card, document } = unaskedCard({ interviews: [interviewOn('2026-12-01')] });
    const waiting = { ...document, references: [{ ...person, consent: askedConsent('2026-11-26') }] };
    expect(computeDueItems(waiting, today).filter((item) => item.requestId === card.id)).toEqual([]);
  });

  it('comes back on the day it was snoozed to, and a snooze of another task changes nothing', () => {
    const { card, document } = unaskedCard({ interviews: [interviewOn('2026-12-02')] });
    const snoozed = (kind: 'send_ask' | 'send_brief') => ({ ...document, requests: [{ ...card, snoozed: { kind, until: '2026-12-01' } }] });
    expect(computeDueItems(snoozed('send_ask'), today)).toMatchObject([{ kind: 'send_ask', dueOn: '2026-12-01' }]);
    expect(computeDueItems(snoozed('send_brief'), today)).toMatchObject([{ kind: 'send_ask', dueOn: today }]);
  });
});

describe('follow-ups', () => {
  it('shows a follow-up for an ask sent 8 days ago and none for one sent 6 days ago', () => {
    const old = askedCard('2026-11-20');
    expect(computeDueItems(old.document, '2026-11-28')).toEqual([
      {
        kind: 'follow_up',
        dueOn: '2026-11-27',
        overdue: true,
        requestId: old.card.id,
        referenceId: old.person.id,
        applicationId: null,
      },
    ]);
    const recent = askedCard('2026-11-22');
    expect(dueWithin(computeDueItems(recent.document, '2026-11-28'), '2026-11-28', 0)).toEqual([]);
    expect(overdueCount(recent.document, '2026-11-28')).toBe(0);
  });

  it('is due, not yet overdue, exactly seven days after the ask', () => {
    const { document } = askedCard('2026-11-21');
    const [item] = computeDueItems(document, '2026-11-28');
    expect(item).toMatchObject({ kind: 'follow_up', dueOn: '2026-11-28', overdue: false });
  });

  it('carries a follow-up across the year end', () => {
    const { document } = askedCard('2026-12-28');
    expect(computeDueItems(document, '2026-12-30')[0]?.dueOn).toBe('2027-01-04');
  });

  it('drops the follow-up once the person has answered', () => {
    const { person, card } = askedCard('2026-11-01');
    for (const status of ['agreed', 'declined'] as const) {
      const answered = { ...person, consent: { status, askedOn: '2026-11-01', answeredOn: '2026-11-03' } };
      expect(computeDueItems(board({ references: [answered], requests: [card] }), '2026-11-28')).toEqual([]);
    }
  });

  it('ignores declined and finished cards', () => {
    const { person, card } = askedCard('2026-11-01');
    const closed = { ...card, closed: 'declined' as const };
    expect(computeDueItems(board({ references: [person], requests: [closed] }), '2026-11-28')).toEqual([]);
  });
});

describe('briefs', () => {
  it('is due the day before the next interview, skipping interviews already past', () => {
    const { card, document } = prepCard({
      interviews: [
        { id: 'i1', date: '2026-11-20', time: null, kind: 'phone', note: '' },
        { id: 'i3', date: '2026-12-15', time: null, kind: 'onsite', note: '' },
        { id: 'i2', date: '2026-12-03', time: '10:00', kind: 'video', note: '' },
      ],
    });
    expect(computeDueItems(document, '2026-11-28')).toEqual([
      expect.objectContaining({ kind: 'send_brief', dueOn: '2026-12-02', overdue: false, requestId: card.id }),
    ]);
  });

  it('is overdue on the day of the interview itself', () => {
    const { document } = prepCard({ interviews: [{ id: 'i1', date: '2026-12-01', time: null, kind: 'phone', note: '' }] });
    expect(computeDueItems(document, '2026-12-01')[0]).toMatchObject({ dueOn: '2026-11-30', overdue: true });
  });

  it('falls back to the day before the reference check when no interview is ahead', () => {
    const { document } = prepCard({ referenceCheckOn: '2027-01-01' });
    expect(computeDueItems(document, '2026-12-20')[0]).toMatchObject({ kind: 'send_brief', dueOn: '2026-12-31' });
    expect(computeDueItems(document, '2027-01-02')).toEqual([]);
  });

  it('shows nothing once the brief is sent or when no date is known', () => {
    const interviews = [{ id: 'i1', date: '2026-12-03', time: null, kind: 'phone' as const, note: '' }];
    expect(computeDueItems(prepCard({ interviews }, { brief_sent: true }).document, '2026-11-28')).toEqual([]);
    expect(computeDueItems(prepCard({}).document, '2026-11-28')).toEqual([]);
  });
});

describe('thank-yous', () => {
  function thanksCard(log: ReferenceRequest['log'], checklist: Record<string, boolean> = {}) {
    const person = makeReference();
    const card = makeRequest({
      referenceId: person.id,
      stage: 'thanks',
      log,
      checklist,
      updatedAt: '2026-11-10T12:00:00.000Z',
    });
    return { card, document: board({ references: [person], requests: [card] }) };
  }
  const outcome = (id: string, at: string, on: string) => ({ id, at, on, kind: 'outcome' as const, text: 'offer' });

  it('is due two days after the newest outcome', () => {
    const { document } = thanksCard([
      outcome('a', '2026-11-01T09:00:00.000Z', '2026-11-01'),
      outcome('b', '2026-11-20T09:00:00.000Z', '2026-11-19'),
    ]);
    expect(computeDueItems(document, '2026-11-20')[0]).toMatchObject({ kind: 'send_thanks', dueOn: '2026-11-21' });
  });

  it('uses the day the card last changed when no outcome was logged', () => {
    const { document } = thanksCard([]);
    expect(computeDueItems(document, '2026-11-28')[0]).toMatchObject({ dueOn: '2026-11-12', overdue: true });
  });

  it('crosses a leap day', () => {
    const { document } = thanksCard([outcome('a', '2028-02-28T09:00:00.000Z', '2028-02-28')]);
    expect(computeDueItems(document, '2028-02-28')[0]?.dueOn).toBe('2028-03-01');
  });

  it('disappears when every thank-you item is ticked', () => {
    const done = { outcome_shared: true, thanked: true, stay_reference: true };
    expect(computeDueItems(thanksCard([], done).document, '2026-11-28')).toEqual([]);
    expect(computeDueItems(thanksCard([], { ...done, thanked: false }).document, '2026-11-28')).toHaveLength(1);
  });
});

describe('check-ins', () => {
  it('adds the cadence in calendar months, clamping Jan 31 to the end of February', () => {
    const { person, document } = contacted('2026-01-31', 1);
    expect(computeDueItems(document, '2026-02-25')).toEqual([
      { kind: 'check_in', dueOn: '2026-02-28', overdue: false, requestId: null, referenceId: person.id, applicationId: null },
    ]);
    expect(computeDueItems(contacted('2028-01-31', 1).document, '2028-02-29')[0]?.dueOn).toBe('2028-02-29');
  });

  it('lands on a leap day and crosses a year end', () => {
    expect(computeDueItems(contacted('2027-08-29').document, '2028-02-29')[0]).toMatchObject({
      dueOn: '2028-02-29',
      overdue: false,
    });
    expect(computeDueItems(contacted('2026-07-31').document, '2027-01-31')[0]?.dueOn).toBe('2027-01-31');
  });

  it('shows up a week ahead and not earlier', () => {
    const { document } = contacted('2026-06-05');
    expect(kinds(computeDueItems(document, '2026-11-28'))).toEqual(['check_in']);
    expect(computeDueItems(document, '2026-11-27')).toEqual([]);
  });

  it('never asks to check in with someone never contacted', () => {
    expect(computeDueItems(contacted(null).document, '2030-01-01')).toEqual([]);
  });
});

describe('the Today list', () => {
  it('sorts by due date and keeps overdue items and those due within the window', () => {
    const follow = askedCard('2026-11-10');
    const check = makeReference({ lastContactedOn: '2026-06-03', cadenceMonths: 6 });
    const brief = prepCard({ interviews: [{ id: 'i', date: '2026-12-10', time: null, kind: 'phone', note: '' }] });
    const document = board({
      references: [...brief.document.references, check, follow.person],
      applications: brief.document.applications,
      requests: [...brief.document.requests, follow.card],
    });
    const items = computeDueItems(document, '2026-11-28');
    expect(items.map((item) => [item.kind, item.dueOn])).toEqual([
      ['follow_up', '2026-11-17'],
      ['check_in', '2026-12-03'],
      ['send_brief', '2026-12-09'],
    ]);
    expect(kinds(dueWithin(items, '2026-11-28', 7))).toEqual(['follow_up', 'check_in']);
    expect(kinds(dueWithin(items, '2026-11-28', 0))).toEqual(['follow_up']);
    expect(overdueCount(document, '2026-11-28')).toBe(1);
    // The follow-up and the brief are late by then; the check-in is past its date too but
    // only invites a hello, so it is not counted.
    expect(overdueCount(document, '2026-12-10')).toBe(2);
  });

  it('never counts a check-in as overdue, however long ago the last contact was', () => {
    const { person, document } = contacted('2023-05-01', 6);
    const [item] = computeDueItems(document, '2026-11-28');
    expect(item).toMatchObject({ kind: 'check_in', referenceId: person.id, overdue: true });
    expect(isLate(item as DueItem)).toBe(false);
    expect(overdueCount(document, '2026-11-28')).toBe(0);
    const [followUp] = computeDueItems(askedCard('2026-11-10').document, '2026-11-28');
    expect(isLate(followUp as DueItem)).toBe(true);
  });
});

describe('daylight saving time in Berlin', () => {
  it('reads the local calendar day on both sides of the spring change', () => {
    expect(toIsoDate(new Date('2026-03-28T22:30:00.000Z'))).toBe('2026-03-28'); // 23:30 CET
    expect(toIsoDate(new Date('2026-03-28T23:30:00.000Z'))).toBe('2026-03-29'); // 00:30 CET
    expect(toIsoDate(new Date('2026-03-29T21:59:00.000Z'))).toBe('2026-03-29'); // 23:59 CEST
    expect(toIsoDate(new Date('2026-03-29T22:30:00.000Z'))).toBe('2026-03-30'); // 00:30 CEST
  });

  it('keeps a follow-up on its day through the night the clocks go forward', () => {
    const { document } = askedCard('2026-03-22');
    const justAfterMidnight = toIsoDate(new Date('2026-03-28T23:30:00.000Z'));
    const lateThatDay = toIsoDate(new Date('2026-03-29T21:59:00.000Z'));
    const nextMorning = toIsoDate(new Date('2026-03-29T22:30:00.000Z'));
    expect(computeDueItems(document, justAfterMidnight)[0]).toMatchObject({ dueOn: '2026-03-29', overdue: false });
    expect(computeDueItems(document, lateThatDay)[0]).toMatchObject({ dueOn: '2026-03-29', overdue: false });
    expect(computeDueItems(document, nextMorning)[0]).toMatchObject({ dueOn: '2026-03-29', overdue: true });
  });

  it('keeps a check-in on its day through the night the clocks go back', () => {
    const { document } = contacted('2026-04-25');
    expect(toIsoDate(new Date('2026-10-24T22:30:00.000Z'))).toBe('2026-10-25'); // 00:30 CEST
    expect(toIsoDate(new Date('2026-10-25T22:59:00.000Z'))).toBe('2026-10-25'); // 23:59 CET
    for (const moment of ['2026-10-24T22:30:00.000Z', '2026-10-25T01:30:00.000Z', '2026-10-25T22:59:00.000Z']) {
      expect(computeDueItems(document, toIsoDate(new Date(moment)))[0]).toMatchObject({ dueOn: '2026-10-25', overdue: false });
    }
    expect(computeDueItems(document, toIsoDate(new Date('2026-10-25T23:00:00.000Z')))[0]?.overdue).toBe(true);
  });

  it('dates a thank-you from the local day of a change made just after midnight', () => {
    const person = makeReference();
    // 00:15 CEST on 26 October in Berlin, still the 25th in UTC.
    const card = makeRequest({ referenceId: person.id, stage: 'thanks', updatedAt: '2026-10-25T23:15:00.000Z' });
    const document = board({ references: [person], requests: [card] });
    expect(computeDueItems(document, '2026-10-26')[0]?.dueOn).toBe('2026-10-28');
  });
});

describe('thanks after an offer', () => {
  it('asks for nothing more once the outcome is shared and the thanks sent', () => {
    const offer = makeApplication({ id: 'won', status: 'offer' });
    const person = makeReference({ id: 'p-offer', lastContactedOn: '2026-11-27' });
    const card = makeRequest({
      referenceId: 'p-offer',
      applicationId: 'won',
      stage: 'thanks',
      checklist: { outcome_shared: true, thanked: true },
      log: [{ id: 'l1', at: '2026-11-27T10:00:00.000Z', on: '2026-11-27', kind: 'outcome', text: 'offer' }],
    });
    const document = makeDocument({ applications: [offer], references: [person], requests: [card] });
    expect(computeDueItems(document, '2026-11-28').filter((item) => item.kind === 'send_thanks')).toEqual([]);
    const rejected = makeDocument({ applications: [{ ...offer, status: 'rejected' }], references: [person], requests: [card] });
    expect(computeDueItems(rejected, '2026-11-28').map((item) => item.kind)).toContain('send_thanks');
  });
});
