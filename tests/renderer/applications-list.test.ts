import { describe, expect, it } from 'vitest';
import { applicationRows } from '../../renderer/features/applications/applications-list';
import { makeApplication, makeDocument, makeRequest } from '../fixtures/documents';

const today = '2026-11-28';
const document = makeDocument({
  applications: [
    makeApplication({ id: 'a', company: 'Zeta Labs', role: 'Designer', status: 'applied', appliedOn: '2026-11-01', updatedAt: '2026-11-02T00:00:00.000Z' }),
    makeApplication({ id: 'b', company: 'Acme', role: 'Lead Designer', location: 'Wien', status: 'interviewing', appliedOn: '2026-10-01', updatedAt: '2026-11-20T00:00:00.000Z', interviews: [
      { id: 'i1', date: '2026-11-20', time: null, kind: 'video', note: '' },
      { id: 'i2', date: '2026-12-03', time: '10:00', kind: 'onsite', note: '' },
    ] }),
    makeApplication({ id: 'c', company: 'Blue Yonder', role: 'Researcher', status: 'rejected', appliedOn: null }),
  ],
  requests: [makeRequest({ referenceId: 'r1', applicationId: 'b' }), makeRequest({ referenceId: 'r2', applicationId: 'b' }), makeRequest({ referenceId: 'r1', applicationId: null })],
});

describe('the applications list', () => {
  it('finds applications by every word of the query across company, role and place', () => {
    const rows = applicationRows(document, { query: 'designer wien', status: 'all', sort: 'company', today });
    expect(rows.map((row) => row.application.id)).toEqual(['b']);
  });

  it('filters by status and sorts by company name', () => {
    expect(applicationRows(document, { query: '', status: 'rejected', sort: 'company', today }).map((row) => row.application.id)).toEqual(['c']);
    expect(applicationRows(document, { query: '', status: 'all', sort: 'company', today }).map((row) => row.application.company)).toEqual([
      'Acme',
      'Blue Yonder',
      'Zeta Labs',
    ]);
  });

  it('shows the next upcoming interview, not a past one, and counts linked references', () => {
    const [acme] = applicationRows(document, { query: 'acme', status: 'all', sort: 'company', today });
    expect(acme?.nextInterview).toBe('2026-12-03');
    expect(acme?.referenceCount).toBe(2);
  });

  it('puts the newest application date first, undated last', () => {
    expect(applicationRows(document, { query: '', status: 'all', sort: 'applied', today }).map((row) => row.application.id)).toEqual(['a', 'b', 'c']);
  });
});
