// The state of the close-the-search flow: the plan (live while the user decides), who is
// left out of the thanks, the one call that closes it, and the note prompts afterwards,
// each person's in their own language.
import { useMemo, useState } from 'react';
import { draftLanguage } from '../../../shared/drafts';
import { planCloseSearch, type CloseSearchPlan } from '../../../shared/search/close-search';
import type { SavedFile } from '../../../shared/ipc/contract';
import type { Application } from '../../../shared/schema/application';
import type { Language } from '../../../shared/schema/fields';
import type { Reference } from '../../../shared/schema/person';
import { api } from '../../api';
import { useDocument, useLanguage, useToday } from '../../state/app-state';

export interface HelperRow {
  person: Reference;
  language: Language;
  openCards: number;
  cadenceBefore: number;
  cadenceAfter: number;
}

export interface ClosedSearch {
  /** The thank-you cards, grouped by the language each person's note is written in. */
  notesByLanguage: Map<Language, string[]>;
  thanked: number;
}

export function useCloseSearch(application: Application) {
  const document = useDocument();
  const uiLanguage = useLanguage();
  const today = useToday();
  const plan: CloseSearchPlan = useMemo(() => planCloseSearch(document, application.id), [document, application.id]);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [closed, setClosed] = useState<ClosedSearch | null>(null);

  const people = new Map(document.references.map((person) => [person.id, person]));
  const helpers: HelperRow[] = plan.helpers.flatMap((helper) => {
    const person = people.get(helper.referenceId);
    if (!person) return [];
    const openCards = 1 + helper.closeRequestIds.length;
    return [{ person, language: draftLanguage(person, uiLanguage), openCards, cadenceBefore: helper.cadenceBefore, cadenceAfter: helper.cadenceAfter }];
  });
  const thanked = plan.helpers.filter((helper) => !skipped.has(helper.referenceId));
  const closing = plan.helpers.reduce((sum, helper) => sum + helper.closeRequestIds.length + (skipped.has(helper.referenceId) ? 1 : 0), plan.quietRequestIds.length);

  const toggle = (referenceId: string, thank: boolean) =>
    setSkipped((current) => {
      const next = new Set(current);
      if (thank) next.delete(referenceId);
      else next.add(referenceId);
      return next;
    });

  const confirm = async (): Promise<void> => {
    const result = await api.applications.closeSearch({ applicationId: application.id, on: today, skipThanks: [...skipped] });
    const notesByLanguage = new Map<Language, string[]>();
    for (const requestId of result.thankRequestIds) {
      const request = result.document.requests.find((candidate) => candidate.id === requestId);
      const person = request ? result.document.references.find((candidate) => candidate.id === request.referenceId) : undefined;
      if (!person) continue;
      const language = draftLanguage(person, uiLanguage);
      notesByLanguage.set(language, [...(notesByLanguage.get(language) ?? []), requestId]);
    }
    setClosed({ notesByLanguage, thanked: result.thankRequestIds.length });
  };

  /** One PDF per language, so every prompt reads in its person's language. */
  const exportNotes = async (action: 'print' | 'save'): Promise<SavedFile> => {
    let last: SavedFile = { savedTo: null };
    for (const [language, requestIds] of closed?.notesByLanguage ?? []) {
      const saved = await api.exports.notePrompts({ requestIds, language, action });
      if (saved.savedTo !== null) last = saved;
    }
    return last;
  };

  const nothingOpen = plan.helpers.length === 0 && plan.quietRequestIds.length === 0;
  return { plan, helpers, skipped, toggle, thankedCount: thanked.length, closingCount: closing, nothingOpen, confirm, closed, exportNotes };
}
