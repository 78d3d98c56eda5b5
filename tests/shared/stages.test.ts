import { describe, expect, it } from 'vitest';
import { STAGES, type ReferenceRequest } from '../../shared/schema/request';
import {
  CHECKLISTS,
  initialStage,
  isChecklistComplete,
  moveLogText,
  nextAction,
  parseMoveLogText,
  stageOfChecklistKey,
} from '../../shared/stages';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../fixtures/documents';

const agreedOn = (answeredOn: string) =>
  makeReference({ consent: { status: 'agreed', askedOn: answeredOn, answeredOn } });

function allDone(stage: (typeof STAGES)[number]): Record<string, boolean> {
  return Object.fromEntries(CHECKLISTS[stage].map((item) => [item.key, true]));
}

describe('checklists', () => {
  it('uses each key in one stage only, so a ticked box never carries over to the next stage', () => {
    const keys = STAGES.flatMap((stage) => CHECKLISTS[stage].map((item) => item.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z_]{1,63}$/);
  });

  it('has the keys other parts of the app rely on in the right stages', () => {
    expect(stageOfChecklistKey('ask_sent')).toBe('reconnect');
    expect(stageOfChecklistKey('brief_sent')).toBe('prep');
    expect(stageOfChecklistKey('outcome_shared')).toBe('thanks');
    expect(stageOfChecklistKey('nonsense')).toBeNull();
  });

  it('gives every item a label and a hint in English and German', () => {
    for (const stage of STAGES) {
      for (const item of CHECKLISTS[stage]) {
        for (const text of [item.label.en, item.label.de, item.hint.en, item.hint.de]) {
          expect(text.trim().length).toBeGreaterThan(2);
        }
        expect(item.label.de).not.toBe(item.label.en);
      }
    }
  });
});

describe('initialStage', () => {
  it('starts in prep when the person agreed exactly 12 months ago', () => {
    expect(initialStage(agreedOn('2025-11-28'), '2026-11-28')).toBe('prep');
  });

  it('starts in reconnect when the yes is 12 months and a day old', () => {
    expect(initialStage(agreedOn('2025-11-27'), '2026-11-28')).toBe('reconnect');
  });

  it('counts 12 months back from a leap day to the end of February', () => {
    expect(initialStage(agreedOn('2027-02-28'), '2028-02-29')).toBe('prep');
    expect(initialStage(agreedOn('2027-02-27'), '2028-02-29')).toBe('reconnect');
  });

  it('starts in reconnect for anyone who has not agreed', () => {
    const today = '2026-11-28';
    expect(initialStage(makeReference(), today)).toBe('reconnect');
    const asked = makeReference({ consent: { status: 'asked', askedOn: '2026-11-20', answeredOn: null } });
    expect(initialStage(asked, today)).toBe('reconnect');
    const declined = makeReference({ consent: { status: 'declined', askedOn: '2026-11-01', answeredOn: '2026-11-02' } });
    expect(initialStage(declined, today)).toBe('reconnect');
  });
});

describe('isChecklistComplete', () => {
  it('is complete only when every item of that stage is ticked', () => {
    const thanks = allDone('thanks');
    expect(isChecklistComplete({ checklist: thanks }, 'thanks')).toBe(true);
    expect(isChecklistComplete({ checklist: { ...thanks, thanked: false } }, 'thanks')).toBe(false);
    expect(isChecklistComplete({ checklist: thanks }, 'prep')).toBe(false);
  });
});

describe('move log text', () => {
  it('reads back the stages it names and rejects anything else', () => {
    expect(parseMoveLogText(moveLogText('prep', 'thanks'))).toEqual({ from: 'prep', to: 'thanks' });
    expect(parseMoveLogText('prep->nowhere')).toBeNull();
    expect(parseMoveLogText('a note')).toBeNull();
  });
});

describe('nextAction', () => {
  const today = '2026-11-28';

  function setup(request: Partial<ReferenceRequest>, consent = makeReference().consent) {
    const person = makeReference({ consent });
    const application = makeApplication();
    const card = makeRequest({ referenceId: person.id, applicationId: application.id, ...request });
    return { card, document: makeDocument({ references: [person], applications: [application], requests: [card] }) };
  }

  it('suggests writing the first message on a fresh reconnect card', () => {
    const { card, document } = setup({});
    expect(nextAction(card, document, today).key).toBe('own_disconnect');
  });

  it('suggests sending once the draft items are ticked', () => {
    const { card, document } = setup({ checklist: { own_disconnect: true, say_why: true, give_context: true } });
    expect(nextAction(card, document, today).key).toBe('ask_sent');
  });

  it('waits for a reply within a week of the ask and suggests a follow-up after it', () => {
    const asked = { status: 'asked' as const, askedOn: '2026-11-22', answeredOn: null };
    const recent = setup({ askedOn: '2026-11-22', checklist: { ask_sent: true } }, asked);
    expect(nextAction(recent.card, recent.document, today).key).toBe('await_reply');
    const old = setup({ askedOn: '2026-11-21', checklist: { ask_sent: true } }, asked);
    expect(nextAction(old.card, old.document, today)).toEqual({
      key: 'follow_up',
      label: { en: expect.any(String), de: expect.any(String) },
    });
  });

  it('waits for the reply on a second card when the person was already asked on another one', () => {
    const asked = { status: 'asked' as const, askedOn: '2026-11-25', answeredOn: null };
    const { card, document } = setup({}, asked);
    expect(nextAction(card, document, today).key).toBe('await_reply');
  });

  it('suggests moving on once the person has agreed', () => {
    const yes = { status: 'agreed' as const, askedOn: '2026-11-20', answeredOn: '2026-11-21' };
    const { card, document } = setup({ askedOn: '2026-11-20' }, yes);
    expect(nextAction(card, document, today).key).toBe('start_prep');
  });

  it('walks the prep checklist and then waits for the outcome', () => {
    const first = setup({ stage: 'prep' });
    expect(nextAction(first.card, first.document, today).key).toBe('dates_shared');
    const briefLeft = setup({ stage: 'prep', checklist: { dates_shared: true, caller_named: true } });
    expect(nextAction(briefLeft.card, briefLeft.document, today).key).toBe('brief_sent');
    const finished = setup({ stage: 'prep', checklist: allDone('prep') });
    expect(nextAction(finished.card, finished.document, today).key).toBe('await_outcome');
  });

  it('suggests saying thank you and then marking the card done', () => {
    const thanking = setup({ stage: 'thanks', checklist: { outcome_shared: true } });
    expect(nextAction(thanking.card, thanking.document, today).key).toBe('thanked');
    const complete = setup({ stage: 'thanks', checklist: allDone('thanks') });
    expect(nextAction(complete.card, complete.document, today).key).toBe('complete');
  });

  it('says a declined card needs nothing more', () => {
    const { card, document } = setup({ closed: 'declined' });
    expect(nextAction(card, document, today).key).toBe('declined');
  });
});

describe('the thank-you checklist after an offer', () => {
  it('is complete without the ask to stay a reference once the job is won, and still asks it after a no', () => {
    const thanked = { checklist: { outcome_shared: true, thanked: true } };
    expect(isChecklistComplete(thanked, 'thanks', 'offer')).toBe(true);
    expect(isChecklistComplete(thanked, 'thanks', 'rejected')).toBe(false);
    expect(isChecklistComplete(thanked, 'thanks')).toBe(false);
  });
});
