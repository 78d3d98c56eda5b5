import { describe, expect, it } from 'vitest';
import { buildNotePrompt } from '../../../shared/drafts';
import { fullApplication, fullInput, fullReference, minimalInput } from './inputs';

function sectionText(prompt: ReturnType<typeof buildNotePrompt>, key: string): string {
  return prompt.sections.find((section) => section.key === key)?.text ?? '';
}

describe('the handwritten-note prompt', () => {
  it('is addressed to the person with their title and headed in the language', () => {
    expect(buildNotePrompt(fullInput(), 'en')).toMatchObject({ recipient: 'Dr. Anna Weber', title: 'Thank-you note for Dr. Anna Weber' });
    expect(buildNotePrompt(fullInput(), 'de')).toMatchObject({ recipient: 'Dr. Anna Weber', title: 'Dankeskarte für Dr. Anna Weber' });
  });

  it('labels its five parts in the chosen language', () => {
    expect(buildNotePrompt(fullInput(), 'en').sections.map((s) => s.label)).toEqual([
      'The outcome',
      'What they did for you',
      'A shared project to recall',
      'Staying a reference',
      'Closing',
    ]);
    expect(buildNotePrompt(fullInput(), 'de').sections.map((s) => s.label)).toEqual([
      'Das Ergebnis',
      'Wofür du dankst',
      'Ein gemeinsames Projekt',
      'Die Bitte, Referenz zu bleiben',
      'Zum Schluss',
    ]);
  });

  it('opens with the greeting and the outcome of the application', () => {
    const offer = fullInput({ application: fullApplication({ status: 'offer' }) });
    expect(sectionText(buildNotePrompt(offer, 'en'), 'outcome')).toBe(
      "Dear Dr. Weber, I'm delighted to tell you that Globex offered me the role of Product Manager.",
    );
    expect(sectionText(buildNotePrompt(offer, 'de'), 'outcome')).toBe(
      'Liebe Frau Dr. Weber, ich freue mich sehr, Ihnen zu schreiben: Globex hat mir die Stelle als Product Manager angeboten.',
    );
    const rejected = fullInput({ application: fullApplication({ status: 'rejected' }) });
    expect(sectionText(buildNotePrompt(rejected, 'en'), 'outcome')).toContain("chose another candidate for the role of Product Manager, and that I'm still searching");
  });

  it('weaves the first talking point into a sentence, without a second colon', () => {
    expect(sectionText(buildNotePrompt(fullInput(), 'en'), 'project')).toBe(
      'I still think back to the time we moved billing to the new platform, with 30% fewer failed payments.',
    );
    expect(sectionText(buildNotePrompt(fullInput(), 'de'), 'project')).toBe(
      'Ich denke noch oft an unsere gemeinsame Arbeit zurück, besonders an „Moved billing to the new platform, with 30% fewer failed payments“.',
    );
    const result = fullInput({ reference: fullReference({ talkingPoints: [{ id: 'tp', text: 'Checkout redesign: conversion up 18 % in one quarter' }] }) });
    expect(sectionText(buildNotePrompt(result, 'en'), 'project')).toBe('I still think back to our work on “Checkout redesign: conversion up 18 % in one quarter”.');
  });

  it('recalls the workplace when there are no talking points, and the work itself without either', () => {
    const noPoints = fullInput({ reference: fullReference({ talkingPoints: [] }) });
    expect(sectionText(buildNotePrompt(noPoints, 'de'), 'project')).toBe('Ich denke noch oft an unsere gemeinsame Zeit bei der ACME GmbH zurück.');
    expect(sectionText(buildNotePrompt(minimalInput(), 'en'), 'project')).toBe('Our work together still comes to mind whenever I start something new.');
  });

  it('asks them to stay a reference, as a question when the search goes on', () => {
    const offer = fullInput({ application: fullApplication({ status: 'offer' }) });
    const rejected = fullInput({ application: fullApplication({ status: 'rejected' }) });
    expect(sectionText(buildNotePrompt(offer, 'en'), 'ask')).toContain('keep naming you as a reference');
    expect(sectionText(buildNotePrompt(rejected, 'en'), 'ask')).toMatch(/stay one of my references.*\?$/);
    expect(sectionText(buildNotePrompt(rejected, 'de'), 'ask')).toBe('Darf ich Sie weiterhin als Referenz nennen, während ich weitersuche?');
  });

  it('speaks to the person with "du" when they are addressed informally', () => {
    const reference = fullReference();
    reference.address = { ...reference.address, formality: 'informal' };
    const prompt = buildNotePrompt(fullInput({ reference }), 'de');
    const text = prompt.sections.map((section) => section.text).join(' ');
    expect(text).toContain('Liebe Anna,');
    expect(text).not.toMatch(/\b(Sie|Ihnen|Ihr)\b/);
    expect(sectionText(prompt, 'closing')).toMatch(/Herzliche Grüße von Jana$/);
  });
});
