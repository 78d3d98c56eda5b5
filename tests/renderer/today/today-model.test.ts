import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { createI18n } from '../../../shared/i18n';
import { overdueCount } from '../../../shared/due';
import { overdueCountOf } from '../../../shared/due-items';
import { cardForCheckIn, dueItemText, todayGroups, todayLookups } from '../../../renderer/features/today/today-model';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

const TODAY = '2026-05-20';
// The window's real translator, so the texts are the ones the user reads.
const t = createI18n('en').t;

function document() {
  const asked = { status: 'asked' as const, askedOn: addDays(TODAY, -9), answeredOn: null };
  return makeDocument({
    applications: [makeApplication({ id: 'app-northwind', company: 'Northwind' })],
    references: [
      makeReference({ id: 'ref-lukasz', name: 'Łukasz Żółć', lastContactedOn: addDays(TODAY, -200), consent: asked }),
      makeReference({ id: 'ref-maria', name: 'Maria Schäfer', lastContactedOn: addDays(TODAY, -190) }),
    ],
    requests: [
      makeRequest({ id: 'old', referenceId: 'ref-maria', closed: 'declined', updatedAt: '2026-05-01T10:00:00.000Z' }),
      makeRequest({ id: 'open-early', referenceId: 'ref-maria', updatedAt: '2026-03-01T10:00:00.000Z' }),
      makeRequest({ id: 'open-late', referenceId: 'ref-maria', updatedAt: '2026-04-01T10:00:00.000Z' }),
      makeRequest({ id: 'req-lukasz', referenceId: 'ref-lukasz', applicationId: 'app-northwind', askedOn: addDays(TODAY, -9), checklist: { ask_sent: true } }),
    ],
  });
}

describe('Today’s lookups', () => {
  it('log a check-in on the same card as the list scan: the most recently touched open card', () => {
    const doc = document();
    const lookups = todayLookups(doc);
    for (const person of doc.references) expect(lookups.checkInCards.get(person.id) ?? null).toBe(cardForCheckIn(doc, person.id));
    expect(lookups.checkInCards.get('ref-maria')).toBe('open-late');
  });

  it('word each due item from the lookups, naming the person and the company', () => {
    const doc = document();
    const lookups = todayLookups(doc);
    const groups = todayGroups(doc, TODAY);
    const followUp = groups.overdue.find((item) => item.kind === 'follow_up');
    expect(followUp).toBeDefined();
    expect(dueItemText(followUp!, lookups, TODAY, 'en', t)).toBe('Follow up with Łukasz about Northwind');
  });

  it('put every check-in in its own group, never among what is overdue', () => {
    const doc = document();
    const groups = todayGroups(doc, TODAY);
    expect(groups.hello.map((item) => [item.kind, item.referenceId])).toEqual([
      ['check_in', 'ref-lukasz'],
      ['check_in', 'ref-maria'],
    ]);
    expect(groups.overdue.every((item) => item.kind !== 'check_in')).toBe(true);
    // Maria's two open cards for the whole search were due their first message when created.
    expect(groups.overdue.map((item) => [item.kind, item.requestId]).sort()).toEqual([
      ['follow_up', 'req-lukasz'],
      ['send_ask', 'open-early'],
      ['send_ask', 'open-late'],
    ]);
  });

  it('count what is overdue as the shared rule does, once per document', () => {
    const doc = document();
    expect(overdueCountOf(doc, TODAY)).toBe(overdueCount(doc, TODAY));
    expect(overdueCountOf(doc, TODAY)).toBeGreaterThan(0);
    expect(overdueCountOf(doc, addDays(TODAY, -300))).toBe(overdueCount(doc, addDays(TODAY, -300)));
  });
});
