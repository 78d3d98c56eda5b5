import { describe, expect, it } from 'vitest';
import { computeBenchTasks } from '../../../shared/bench/due';
import type { ReferenceCheck } from '../../../shared/schema/application';
import type { EmployerCall } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

const check: ReferenceCheck = { id: 'chk', announcedOn: '2026-11-30', expectedOn: '2026-12-02', caller: { name: 'Jana', title: '', email: '', phone: '' } };
const call = (id: string, on: string, debriefedOn: string | null = null): EmployerCall => ({ id, on, caller: 'Jana', minutes: 20, asked: '', told: '', debriefedOn });

function world(requests: Parameters<typeof makeRequest>[0][]): RekindleDocument {
  return makeDocument({
    references: ['anna', 'ben', 'cleo', 'dev'].map((id) => makeReference({ id })),
    applications: [makeApplication({ id: 'globex', referenceCheck: check }), makeApplication({ id: 'acme' })],
    requests: requests.map((overrides) => makeRequest(overrides)),
  });
}

const summary = (doc: RekindleDocument, today: string) =>
  computeBenchTasks(doc, today).map((task) => [task.kind, task.requestId, task.dueOn, task.overdue]);

describe('the heads-up when a reference check is announced', () => {
  it('is due that day for every open card of the application and nobody else', () => {
    const doc = world([
      { id: 'r-anna', referenceId: 'anna', applicationId: 'globex', stage: 'prep' },
      { id: 'r-ben', referenceId: 'ben', applicationId: 'globex', stage: 'reconnect' },
      { id: 'r-cleo', referenceId: 'cleo', applicationId: 'globex', stage: 'prep', closed: 'declined' },
      { id: 'r-dev', referenceId: 'dev', applicationId: 'acme', stage: 'prep' },
    ]);
    expect(summary(doc, '2026-11-30')).toEqual([
      ['heads_up', 'r-anna', '2026-11-30', false],
      ['heads_up', 'r-ben', '2026-11-30', false],
    ]);
    expect(summary(doc, '2026-12-01').every(([, , , overdue]) => overdue === true)).toBe(true);
  });

  it('is done once sent, and due again for a check announced after that', () => {
    const sent = world([{ id: 'r-anna', referenceId: 'anna', applicationId: 'globex', stage: 'prep', headsUpSentOn: '2026-11-30' }]);
    expect(summary(sent, '2026-11-30')).toEqual([]);
    const earlier = world([{ id: 'r-anna', referenceId: 'anna', applicationId: 'globex', stage: 'prep', headsUpSentOn: '2026-11-20' }]);
    expect(summary(earlier, '2026-11-30')).toEqual([['heads_up', 'r-anna', '2026-11-30', false]]);
  });
});

describe('"how did it go?" after a call', () => {
  it('is due the day after each call until they have told you, even once the card is done', () => {
    const doc = world([
      { id: 'r-anna', referenceId: 'anna', applicationId: 'globex', stage: 'done', calls: [call('c1', '2026-11-30'), call('c2', '2026-11-28', '2026-11-29')] },
    ]);
    expect(summary(doc, '2026-11-30')).toEqual([['how_did_it_go', 'r-anna', '2026-12-01', false]]);
    expect(computeBenchTasks(doc, '2026-12-02')[0]).toMatchObject({ callId: 'c1', overdue: true });
  });

  it('is not asked of a card that was declined', () => {
    const doc = world([{ id: 'r-anna', referenceId: 'anna', applicationId: 'globex', stage: 'prep', closed: 'declined', calls: [call('c1', '2026-11-30')] }]);
    expect(summary(doc, '2026-11-30')).toEqual([]);
  });
});
