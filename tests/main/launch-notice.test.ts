import { describe, expect, it } from 'vitest';
import { overdueNotice } from '../../main/launch-notice';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';

function documentWithAskSent(askedOn: string) {
  const person = makeReference({ id: 'p', consent: { status: 'asked', askedOn, answeredOn: null }, lastContactedOn: askedOn });
  const application = makeApplication({ id: 'a' });
  return makeDocument({
    references: [person],
    applications: [application],
    requests: [makeRequest({ referenceId: 'p', applicationId: 'a', stage: 'reconnect', askedOn, checklist: { ask_sent: true } })],
  });
}

describe('the launch notification', () => {
  it('says how many tasks are overdue, in the user language', () => {
    const now = new Date('2026-11-28T09:00:00');
    expect(overdueNotice(documentWithAskSent('2026-11-10'), now, 'en')?.body).toMatch(/^1 reference task is overdue/);
    expect(overdueNotice(documentWithAskSent('2026-11-10'), now, 'de')?.body).toMatch(/^1 Aufgabe .* ist überfällig/);
  });

  it('stays silent when nothing is overdue', () => {
    expect(overdueNotice(documentWithAskSent('2026-11-25'), new Date('2026-11-28T09:00:00'), 'en')).toBeNull();
  });

  it('does not raise an alarm for someone the user simply lost touch with', () => {
    const lostTouch = makeReference({ id: 'q', lastContactedOn: '2023-03-01', cadenceMonths: 6 });
    const document = makeDocument({ references: [lostTouch], applications: [], requests: [] });
    expect(overdueNotice(document, new Date('2026-11-28T09:00:00'), 'en')).toBeNull();
  });
});
