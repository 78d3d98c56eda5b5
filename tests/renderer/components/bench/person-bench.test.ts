import { describe, expect, it } from 'vitest';
import { callsOfPerson, checksOfPerson, restedInstead } from '../../../../renderer/components/bench/person-bench';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../../fixtures/documents';

const call = (id: string, on: string) => ({ id, on, caller: 'Jana Vogt', minutes: 20, asked: '', told: '', debriefedOn: on });
const check = (announcedOn: string) => ({ id: `chk-${announcedOn}`, announcedOn, expectedOn: null, caller: { name: '', title: '', email: '', phone: '' } });

function document() {
  return makeDocument({
    applications: [
      makeApplication({ id: 'globex', company: 'Globex', referenceCheck: check('2026-11-20') }),
      makeApplication({ id: 'initech', company: 'Initech', referenceCheck: check('2026-11-25') }),
      makeApplication({ id: 'hooli', company: 'Hooli', referenceCheck: check('2026-11-28') }),
    ],
    references: [makeReference({ id: 'anna', name: 'Anna Berg', rank: 0 }), makeReference({ id: 'birgit', name: 'Birgit Lang', rank: 1 })],
    requests: [
      makeRequest({ id: 'r1', referenceId: 'anna', applicationId: 'globex', stage: 'prep', calls: [call('c1', '2026-11-05'), call('c3', '2026-11-27')] }),
      makeRequest({ id: 'r2', referenceId: 'anna', applicationId: 'initech', stage: 'prep', calls: [call('c2', '2026-11-20')] }),
      makeRequest({ id: 'r3', referenceId: 'anna', applicationId: 'hooli', stage: 'done' }),
      makeRequest({ id: 'r4', referenceId: 'birgit', applicationId: 'globex', stage: 'prep', calls: [call('c9', '2026-11-29')] }),
    ],
  });
}

describe('the person’s bench', () => {
  it('lists every call logged for the person across their cards, newest first, with the application it was for', () => {
    const calls = callsOfPerson(document(), 'anna');
    expect(calls.map((entry) => [entry.call.id, entry.application?.company])).toEqual([
      ['c3', 'Globex'],
      ['c2', 'Initech'],
      ['c1', 'Globex'],
    ]);
  });

  it('shows the checks announced on applications the person still has an open card for, latest first', () => {
    expect(checksOfPerson(document(), 'anna').map((application) => application.id)).toEqual(['initech', 'globex']);
  });

  it('names someone rested to ask instead of a person leaned on', () => {
    expect(restedInstead(document(), null, '2026-11-30', 'anna')).toBe('Birgit Lang');
    expect(restedInstead(makeDocument({ references: [makeReference({ id: 'anna' })] }), null, '2026-11-30', 'anna')).toBeNull();
  });
});
