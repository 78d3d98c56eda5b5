// The composer's editing state: which draft, in which language, and the user's edits on
// top of the generated text. Edits survive everything but an explicit switch of draft or
// language, and that switch waits for a confirmation when there is something to lose.
import { useMemo, useState } from 'react';
import { buildDraft, buildNotePrompt, type Draft, type DraftInput, type DraftKind, type NotePrompt } from '../../../../shared/drafts';
import type { Language } from '../../../../shared/schema/fields';

export interface DraftChoice {
  kind: DraftKind;
  language: Language;
}

export interface DraftEditor extends DraftChoice {
  pitch: string;
  setPitch: (pitch: string) => void;
  /** Null for the note prompt, which is read, not edited. */
  generated: Draft | null;
  notePrompt: NotePrompt | null;
  subject: string;
  body: string;
  setSubject: (subject: string) => void;
  setBody: (body: string) => void;
  edited: boolean;
  reset: () => void;
  /** Switches at once, or holds the switch in `pending` while edits would be lost. */
  choose: (change: Partial<DraftChoice>) => void;
  pending: DraftChoice | null;
  confirmSwitch: () => void;
  cancelSwitch: () => void;
}

export function useDraftEditor(
  input: Omit<DraftInput, 'pitch'>,
  initial: DraftChoice,
): DraftEditor {
  const [choice, setChoice] = useState<DraftChoice>(initial);
  const [pitch, setPitch] = useState('');
  const [subjectEdit, setSubjectEdit] = useState<string | null>(null);
  const [bodyEdit, setBodyEdit] = useState<string | null>(null);
  const [pending, setPending] = useState<DraftChoice | null>(null);

  const { profile, reference, application, today } = input;
  const { kind, language } = choice;
  const generated = useMemo(
    () => (kind === 'note_prompt' ? null : buildDraft(kind, { profile, reference, application, today, pitch }, language)),
    [kind, language, profile, reference, application, today, pitch],
  );
  const notePrompt = useMemo(
    () => (kind === 'note_prompt' ? buildNotePrompt({ profile, reference, application, today }, language) : null),
    [kind, language, profile, reference, application, today],
  );

  const subject = subjectEdit ?? generated?.subject ?? '';
  const body = bodyEdit ?? generated?.body ?? '';
  const edited = generated !== null && (subject !== generated.subject || body !== generated.body);

  const reset = () => {
    setSubjectEdit(null);
    setBodyEdit(null);
  };
  const apply = (next: DraftChoice) => {
    setChoice(next);
    setPending(null);
    reset();
  };

  return {
    ...choice,
    pitch,
    setPitch,
    generated,
    notePrompt,
    subject,
    body,
    setSubject: setSubjectEdit,
    setBody: setBodyEdit,
    edited,
    reset,
    choose(change) {
      const next = { ...choice, ...change };
      if (next.kind === choice.kind && next.language === choice.language) return;
      if (edited) setPending(next);
      else apply(next);
    },
    pending,
    confirmSwitch() {
      if (pending) apply(pending);
    },
    cancelSwitch() {
      setPending(null);
    },
  };
}
