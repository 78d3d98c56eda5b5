// The rule of what a sent draft covers, as main applies it when "Mark as sent" is clicked.
import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS } from '../../shared/drafts';
import { STAGES } from '../../shared/schema/request';
import { itemsCoveredBy, sentPlan } from '../../shared/sent-message';
import { checklistItem } from '../../shared/stages';

describe('what a sent message covers', () => {
  it('counts the ask and its follow-up as the ask, on a reconnect card only', () => {
    expect(sentPlan('reconnect_ask', 'reconnect')).toEqual({ kind: 'ask' });
    expect(sentPlan('follow_up', 'reconnect')).toEqual({ kind: 'ask' });
    expect(sentPlan('reconnect_ask', 'prep')).toEqual({ kind: 'contact', contact: 'email' });
  });

  it('ticks the brief with the dates and the caller it carries', () => {
    expect(sentPlan('prep_brief', 'prep')).toEqual({ kind: 'message', item: 'brief_sent', ticks: ['brief_sent', 'dates_shared', 'caller_named'] });
  });

  it('ticks the outcome with any thank-you, and the ask to stay a reference only when the search goes on', () => {
    expect(sentPlan('thanks_offer', 'thanks')).toEqual({ kind: 'message', item: 'thanked', ticks: ['thanked', 'outcome_shared'] });
    for (const kind of ['thanks_no', 'note_prompt'] as const) {
      expect(sentPlan(kind, 'thanks')).toEqual({ kind: 'message', item: 'thanked', ticks: ['thanked', 'outcome_shared', 'stay_reference'] });
    }
  });

  it('logs anything sent from a finished card as a contact, a note for the handwritten one', () => {
    expect(sentPlan('thanks_offer', 'done')).toEqual({ kind: 'contact', contact: 'email' });
    expect(sentPlan('note_prompt', 'done')).toEqual({ kind: 'contact', contact: 'note' });
  });

  it('only ever ticks items of the card’s own checklist', () => {
    for (const stage of STAGES) {
      for (const kind of DRAFT_KINDS) {
        const plan = sentPlan(kind, stage);
        const ticks = plan.kind === 'message' ? plan.ticks : plan.kind === 'ask' ? itemsCoveredBy('ask_sent') : [];
        for (const key of ticks) expect(checklistItem(stage, key), `${kind} on ${stage}: ${key}`).toBeDefined();
      }
    }
  });

  it('covers nothing more than the item itself for items without points, even odd keys', () => {
    expect(itemsCoveredBy('reply_recorded')).toEqual(['reply_recorded']);
    expect(itemsCoveredBy('constructor')).toEqual(['constructor']);
  });
});
