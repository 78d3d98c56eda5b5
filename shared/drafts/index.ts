// Drafts for every step of a reference request, in English and German. Pure functions of
// the data: the composer shows the result for editing, nothing here sends anything.
import type { Language } from '../schema/fields';
import type { Reference } from '../schema/person';
import { draftContext } from './context';
import { ENGLISH_DRAFTS } from './english';
import { GERMAN_DRAFTS } from './german';
import { notePrompt } from './note-prompt';
import { tidy } from './text';
import type { Draft, DraftInput, DraftKind, NotePrompt } from './types';

export type { Draft, DraftInput, DraftKind, NotePrompt, NotePromptSection } from './types';
export { DRAFT_KINDS, draftKindsForStage } from './kinds';
export { defaultDraftKind, draftKindsFor, outcomeOf, type DraftCard, type Outcome } from './choice';
export { timeSinceContact } from './time';
export { formatLongDate } from './format';

/** The language a person's drafts start in: theirs when set, else the window's. */
export function draftLanguage(reference: Pick<Reference, 'address'>, fallback: Language): Language {
  return reference.address.language ?? fallback;
}

export function buildDraft(kind: Exclude<DraftKind, 'note_prompt'>, input: DraftInput, language: Language): Draft {
  const templates = language === 'de' ? GERMAN_DRAFTS : ENGLISH_DRAFTS;
  const draft = templates[kind](draftContext(input, language));
  return { subject: tidy(draft.subject), body: tidy(draft.body) };
}

/** The handwritten-note prompt. Every section has text, and none contains a line break. */
export function buildNotePrompt(input: DraftInput, language: Language): NotePrompt {
  const prompt = notePrompt(draftContext(input, language));
  return {
    recipient: tidy(prompt.recipient),
    title: tidy(prompt.title),
    sections: prompt.sections.map((section) => ({ ...section, text: tidy(section.text) })),
  };
}
