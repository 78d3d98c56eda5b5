// Check-ins with people on their cadence.
// In Berlin time on any machine, so the daylight-saving cases mean something everywhere.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { computeDueItems } from '../../../shared/due';
import { contacted, kinds } from './due-cards';

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
