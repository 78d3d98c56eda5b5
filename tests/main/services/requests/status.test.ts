// An application’s outcome moving its cards.
// Pinned so "today" (the local calendar day of the injected clock) is the same on every machine.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { setApplicationStatus } from '../../../../main/services/requests/status';
import { computeDueItems } from '../../../../shared/due';
import { makeRequest } from '../../../fixtures/documents';
import { NOW, TODAY, ctx, world, withRequests, withPerson, requestIn, agreed, domainErrorOf } from './request-world';

describe('setApplicationStatus', () => {
  it('moves the application’s prep cards, and reconnect cards of people who agreed, to thanks on an outcome', () => {
    const prep = makeRequest({ referenceId: 'ben', applicationId: 'acme', stage: 'prep' });
    const agreedButStill = makeRequest({ referenceId: 'anna', applicationId: 'acme' });
    const unanswered = makeRequest({ referenceId: 'ben', applicationId: 'acme', closed: null, stage: 'reconnect' });
    const otherApp = makeRequest({ referenceId: 'ben', applicationId: 'globex', stage: 'prep' });
    const doc = withPerson(withRequests(world(), prep, agreedButStill, unanswered, otherApp), 'anna', agreed('2026-11-01'));

    const { document, movedRequestIds } = setApplicationStatus(
      doc,
      { applicationId: 'acme', status: 'rejected', on: '2026-11-26' },
      ctx(),
    );

    expect(movedRequestIds.sort()).toEqual([prep.id, agreedButStill.id].sort());
    for (const id of movedRequestIds) {
      expect(requestIn(document, id).stage).toBe('thanks');
      expect(requestIn(document, id).log.at(-1)).toMatchObject({ kind: 'outcome', text: 'rejected', on: '2026-11-26' });
    }
    expect(requestIn(document, unanswered.id).stage).toBe('reconnect');
    expect(requestIn(document, otherApp.id)).toEqual(otherApp);
    expect(document.applications.find((app) => app.id === 'acme')).toMatchObject({ status: 'rejected', updatedAt: NOW });
    const thanksDue = computeDueItems(document, TODAY).filter((item) => item.kind === 'send_thanks');
    expect(thanksDue.map((item) => item.dueOn)).toEqual(['2026-11-28', '2026-11-28']);
  });

  it('moves nothing for a status that is not an outcome, or for the same outcome saved again', () => {
    const prep = makeRequest({ referenceId: 'ben', applicationId: 'acme', stage: 'prep' });
    const doc = withRequests(world(), prep);
    const interviewing = setApplicationStatus(doc, { applicationId: 'acme', status: 'interviewing', on: TODAY }, ctx());
    expect(interviewing.movedRequestIds).toEqual([]);
    expect(requestIn(interviewing.document, prep.id)).toEqual(prep);

    const offer = setApplicationStatus(doc, { applicationId: 'acme', status: 'offer', on: '2026-11-20' }, ctx()).document;
    const again = setApplicationStatus(offer, { applicationId: 'acme', status: 'offer', on: TODAY }, ctx()).document;
    expect(requestIn(again, prep.id).log.filter((entry) => entry.kind === 'outcome')).toHaveLength(1);
  });

  it('reports an unknown application as not found', () => {
    const run = () => setApplicationStatus(world(), { applicationId: 'nope', status: 'offer', on: TODAY }, ctx());
    expect(domainErrorOf(run).code).toBe('not_found');
  });
});
