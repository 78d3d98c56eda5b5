import { describe, expect, it } from 'vitest';
import { defaultDraftKind, draftKindsFor } from '../../../shared/drafts';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../shared/schema/application';
import type { Stage } from '../../../shared/schema/request';
import { defaultMoveTarget } from '../../../shared/stages';

const card = (stage: Stage, extra: { askedOn?: string | null; applicationId?: string | null } = {}) => ({
  stage,
  askedOn: extra.askedOn ?? null,
  applicationId: extra.applicationId === undefined ? 'app-1' : extra.applicationId,
});

describe('the draft a card offers', () => {
  it('opens a thank-you card on the no-offer thank-you after a no or a withdrawal, and never offers the offer one', () => {
    for (const status of ['rejected', 'withdrawn'] as const) {
      expect(defaultDraftKind(card('thanks'), status)).toBe('thanks_no');
      expect(draftKindsFor(card('thanks'), status)).toEqual(['thanks_no', 'note_prompt']);
    }
  });

  it('opens on the offer thank-you after an offer and leaves out the no-offer one', () => {
    expect(defaultDraftKind(card('thanks'), 'offer')).toBe('thanks_offer');
    expect(draftKindsFor(card('thanks'), 'offer')).toEqual(['thanks_offer', 'note_prompt']);
  });

  it('offers no offer draft for any application without an offer, whatever the stage', () => {
    const withoutOffer = APPLICATION_STATUSES.filter((status): status is Exclude<ApplicationStatus, 'offer'> => status !== 'offer');
    for (const stage of ['reconnect', 'prep', 'thanks', 'done'] as const) {
      for (const status of withoutOffer) {
        expect(draftKindsFor(card(stage), status)).not.toContain('thanks_offer');
        expect(defaultDraftKind(card(stage), status)).not.toBe('thanks_offer');
      }
    }
  });

  it('lets a card for the whole search choose either thank-you but opens on the one that claims no job', () => {
    const general = card('thanks', { applicationId: null });
    expect(draftKindsFor(general, null)).toEqual(['thanks_offer', 'thanks_no', 'note_prompt']);
    expect(defaultDraftKind(general, null)).toBe('thanks_no');
  });

  it('opens a reconnect card on the ask until it is sent, then on the follow-up', () => {
    expect(defaultDraftKind(card('reconnect'), 'applied')).toBe('reconnect_ask');
    expect(defaultDraftKind(card('reconnect', { askedOn: '2026-11-20' }), 'applied')).toBe('follow_up');
  });

  it('opens a prep card on the brief and a finished card on the thank-you that fits', () => {
    expect(defaultDraftKind(card('prep'), 'interviewing')).toBe('prep_brief');
    expect(defaultDraftKind(card('done'), 'offer')).toBe('thanks_offer');
    expect(defaultDraftKind(card('done'), 'rejected')).toBe('thanks_no');
  });
});

describe('where "Move to…" points first', () => {
  it('points at the next step, never one behind', () => {
    expect(defaultMoveTarget('reconnect')).toBe('prep');
    expect(defaultMoveTarget('prep')).toBe('thanks');
    expect(defaultMoveTarget('thanks')).toBe('done');
  });

  it('points a finished card back at the step it came from, the only way it can go', () => {
    expect(defaultMoveTarget('done')).toBe('thanks');
  });
});
