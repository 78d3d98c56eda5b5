import { describe, expect, it } from 'vitest';
import { isLeanedOn, personLoad } from '../../../shared/bench/load';
import type { EmployerCall } from '../../../shared/schema/request';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

const call = (on: string): EmployerCall => ({ id: `c-${on}`, on, caller: '', minutes: null, asked: '', told: '', debriefedOn: null });

function withCalls(days: string[], extra: Parameters<typeof makeRequest>[0] = {}) {
  return makeDocument({
    references: [makeReference({ id: 'anna' }), makeReference({ id: 'ben' })],
    applications: [makeApplication({ id: 'a' }), makeApplication({ id: 'b' })],
    requests: [
      makeRequest({ id: 'r1', referenceId: 'anna', applicationId: 'a', stage: 'prep', calls: days.slice(0, 1).map(call) }),
      makeRequest({ id: 'r2', referenceId: 'anna', applicationId: 'b', stage: 'done', calls: days.slice(1).map(call), ...extra }),
      makeRequest({ id: 'r3', referenceId: 'ben', applicationId: 'a', stage: 'prep', calls: [call('2026-02-27')] }),
    ],
  });
}

describe('counting employer calls per person', () => {
  it('counts 30 days back from the 1st of March across a short February, today included', () => {
    // 30 days up to 1 March 2026 begin on 31 January.
    const load = personLoad(withCalls(['2026-03-01', '2026-01-31', '2026-01-30']), 'anna', '2026-03-01');
    expect(load).toEqual({ callsLast30: 2, callsLast90: 3, openRequests: 1 });
  });

  it('counts a leap year February as 29 days', () => {
    // 30 days up to 1 March 2028 begin on 1 February.
    const load = personLoad(withCalls(['2028-02-01', '2028-01-31']), 'anna', '2028-03-01');
    expect(load.callsLast30).toBe(1);
  });

  it('counts 90 days back over a year end and ignores calls logged after today', () => {
    // 90 days up to 15 January 2027 begin on 18 October 2026.
    const load = personLoad(withCalls(['2026-10-18', '2026-10-17', '2027-01-16']), 'anna', '2027-01-15');
    expect(load).toMatchObject({ callsLast30: 0, callsLast90: 1 });
  });

  it('counts only open cards as open requests', () => {
    expect(personLoad(withCalls([], { closed: 'declined', stage: 'prep' }), 'anna', '2026-03-01').openRequests).toBe(1);
    expect(personLoad(withCalls([], { stage: 'thanks' }), 'anna', '2026-03-01').openRequests).toBe(2);
  });

  it('warns from the threshold on, not before', () => {
    expect(isLeanedOn({ callsLast30: 2, callsLast90: 9, openRequests: 0 }, 3)).toBe(false);
    expect(isLeanedOn({ callsLast30: 3, callsLast90: 3, openRequests: 0 }, 3)).toBe(true);
  });
});
