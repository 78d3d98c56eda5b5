// A card closed with the search speaks of the job taken, in the composer and in Today's "Done".
import { describe, expect, it } from 'vitest';
import { computeDueItems } from '../../../../shared/due';
import { composerData } from '../../../../renderer/features/board/composer/composer-data';
import { draftKindOfDueItem } from '../../../../renderer/features/today/today-actions';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../../fixtures/documents';

const document = makeDocument({
  applications: [
    makeApplication({ id: 'globex', company: 'Globex', status: 'offer', acceptedOn: '2026-11-30' }),
    makeApplication({ id: 'acme', company: 'Acme', status: 'rejected' }),
  ],
  references: [makeReference({ id: 'ben' })],
  requests: [
    makeRequest({
      id: 'ben-acme',
      referenceId: 'ben',
      applicationId: 'acme',
      stage: 'thanks',
      searchClosed: { applicationId: 'globex', on: '2026-11-30' },
      log: [{ id: 'l1', at: '2026-11-30T09:00:00.000Z', on: '2026-11-30', kind: 'outcome', text: 'search_closed' }],
    }),
  ],
});

describe('a thank-you card left by closing the search', () => {
  it('opens the composer on the offer thank-you about the job taken, never the no-offer one', () => {
    const data = composerData(document, 'ben-acme')!;
    expect(data.application?.company).toBe('Globex');
    expect(data.initialKind).toBe('thanks_offer');
    expect(data.kinds).not.toContain('thanks_no');
  });

  it('records the offer thank-you when ticked in Today', () => {
    const [task] = computeDueItems(document, '2026-11-30').filter((item) => item.kind === 'send_thanks');
    expect(task?.applicationId).toBe('globex');
    expect(draftKindOfDueItem(task!, document)).toBe('thanks_offer');
  });
});
