// Dialogs that several screens open: the reference sheet, the note prompts, the person
// and application forms that empty states offer, and any record or card the quick-open
// palette finds. The frame renders them once (app-dialogs-host.tsx); screens ask for them
// through this context, which imports none of them, so a screen and its dialogs never
// depend on each other in a circle.
import { createContext, useContext } from 'react';

export interface AppDialogs {
  /** null: a sheet for the search in general. */
  openReferenceSheet(applicationId: string | null): void;
  openNotePrompts(requestIds?: string[]): void;
  /** The new-person form, over the current screen. */
  openPersonForm(): void;
  /** The new-application form, over the current screen. */
  openApplicationForm(): void;
  /** One person's form, over the current screen. */
  openPerson(id: string): void;
  /** One application's form, over the current screen. */
  openApplication(id: string): void;
  /** The card dialog the board opens, over the current screen. */
  openCard(requestId: string): void;
}

export const AppDialogsContext = createContext<AppDialogs>({
  openReferenceSheet: () => {},
  openNotePrompts: () => {},
  openPersonForm: () => {},
  openApplicationForm: () => {},
  openPerson: () => {},
  openApplication: () => {},
  openCard: () => {},
});

export function useAppDialogs(): AppDialogs {
  return useContext(AppDialogsContext);
}

