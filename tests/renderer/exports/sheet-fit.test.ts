import { describe, expect, it } from 'vitest';
import { choiceByFit } from '../../../renderer/features/exports/sheet-fit';
import { initialSheetChoice } from '../../../renderer/features/exports/sheet-people';
import type { EmployerCall } from '../../../shared/schema/request';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

const agreed = { status: 'agreed' as const, askedOn: '2026-01-01', answeredOn: '2026-01-02' };
const call = (id: string, on: string): EmployerCall => ({ id, on, caller: '', minutes: null, asked: '', told: '', debriefedOn: on });
const TODAY = '2026-03-31';

function document(status: 'interviewing' | 'offer' = 'interviewing') {
  return makeDocument({
    applications: [makeApplication({ id: 'app', status, keyRequirements: ['delivery'] })],
    references: [
      makeReference({ id: 'busy', rank: 0, name: 'Busy Bee', consent: agreed }),
      makeReference({ id: 'rested', rank: 1, name: 'Rested Rae', consent: agreed, talkingPoints: [{ id: 't', text: 'Shipped', themes: ['delivery'] }] }),
      makeReference({ id: 'boss', rank: 2, name: 'Current Boss', consent: agreed, atCurrentEmployer: true }),
    ],
    requests: [makeRequest({ id: 'r', referenceId: 'busy', applicationId: 'app', stage: 'prep', calls: [call('1', '2026-03-10'), call('2', '2026-03-20'), call('3', '2026-03-30')] })],
  });
}

describe('the sheet picker ordered by fit', () => {
  it('leaves the person at the current employer unticked until an offer', () => {
    const before = choiceByFit(initialSheetChoice(document(), 'app'), document(), 'app', TODAY);
    expect(before.choice.picked).not.toContain('boss');
    const offer = document('offer');
    expect(choiceByFit(initialSheetChoice(offer, 'app'), offer, 'app', TODAY).choice.picked).toContain('boss');
  });

  it('names someone rested for the person called three times in 30 days', () => {
    const { notes } = choiceByFit(initialSheetChoice(document(), 'app'), document(), 'app', TODAY);
    expect(notes.get('busy')).toMatchObject({ rested: 'Rested Rae', entry: { load: { callsLast30: 3 } } });
    expect(notes.get('rested')?.rested).toBeNull();
  });

  it('keeps the people on the application first, then orders the others by fit; a general sheet keeps the user order', () => {
    const doc = document();
    expect(choiceByFit(initialSheetChoice(doc, 'app'), doc, 'app', TODAY).choice.order).toEqual(['busy', 'rested', 'boss']);
    expect(choiceByFit(initialSheetChoice(doc, null), doc, null, TODAY).choice.order).toEqual(['busy', 'rested', 'boss']);
  });
});
