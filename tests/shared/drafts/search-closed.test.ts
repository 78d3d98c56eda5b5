// The thank-you once the search is closed: it says the job was taken and that nobody will
// call any more, formal and informal, in English and German, as an email and as a note.
import { describe, expect, it } from 'vitest';
import { buildDraft, buildNotePrompt } from '../../../shared/drafts';
import { fullApplication, fullInput, fullReference, gapsIn } from './inputs';

const accepted = fullApplication({ company: 'ACME GmbH', status: 'offer', acceptedOn: '2026-11-30' });
const informal = fullReference({ address: { salutation: 'ms', pronouns: 'she', formality: 'informal', title: '' } });

describe('the thank-you after the search is closed', () => {
  it('tells where they landed and that no call will come, in English', () => {
    const draft = buildDraft('thanks_offer', fullInput({ application: accepted }), 'en');
    expect(draft.subject).toBe("Good news: I'm starting at ACME GmbH – thank you");
    expect(draft.body).toContain("I've accepted an offer from ACME GmbH and will be starting as Product Manager.");
    expect(draft.body).toContain('nobody will be calling you about me any more');
    expect(draft.body).toContain('Thank you for vouching for me.');
    expect(gapsIn(draft.body)).toEqual([]);
  });

  it('says it with Sie or du in German, with the company’s article where it has one', () => {
    const formal = buildDraft('thanks_offer', fullInput({ application: accepted }), 'de');
    expect(formal.subject).toBe('Gute Neuigkeiten: Ich fange bei der ACME GmbH an – herzlichen Dank');
    expect(formal.body).toContain('Ich habe das Angebot von der ACME GmbH angenommen und fange dort als Product Manager an.');
    expect(formal.body).toContain('Sie müssen also mit keinem Anruf mehr rechnen.');
    const casual = buildDraft('thanks_offer', fullInput({ application: accepted, reference: informal }), 'de');
    expect(casual.subject).toBe('Gute Neuigkeiten: Ich fange bei der ACME GmbH an – danke!');
    expect(casual.body).toContain('du musst also mit keinem Anruf mehr rechnen.');
    expect(casual.body).not.toMatch(/\bSie\b/);
  });

  it('opens the handwritten note with the same news', () => {
    const english = buildNotePrompt(fullInput({ application: accepted }), 'en').sections[0]!.text;
    expect(english).toContain("I've accepted the role of Product Manager at ACME GmbH, so my search is over.");
    const german = buildNotePrompt(fullInput({ application: accepted, reference: informal }), 'de').sections[0]!.text;
    expect(german).toContain('ich freue mich sehr, dir zu schreiben: Ich habe das Angebot von der ACME GmbH angenommen');
  });

  it('keeps to the offer’s news when the search was not closed, or the offer no longer stands', () => {
    const offer = buildDraft('thanks_offer', fullInput({ application: fullApplication({ status: 'offer' }) }), 'en');
    expect(offer.body).toContain('Globex has offered me the role of Product Manager.');
    const revoked = buildNotePrompt(fullInput({ application: { ...accepted, status: 'rejected' } }), 'en').sections[0]!.text;
    expect(revoked).not.toContain('accepted');
  });
});
