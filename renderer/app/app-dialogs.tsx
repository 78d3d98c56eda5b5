// Dialogs that several screens open: the reference sheet and the note prompts. The frame
// renders them once; screens ask for them through this context.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { NotePromptsDialog } from '../features/exports/NotePromptsDialog';
import { ReferenceSheetDialog } from '../features/exports/ReferenceSheetDialog';

interface AppDialogs {
  /** null: a sheet for the search in general. */
  openReferenceSheet(applicationId: string | null): void;
  openNotePrompts(requestIds?: string[]): void;
}

const AppDialogsContext = createContext<AppDialogs>({ openReferenceSheet: () => {}, openNotePrompts: () => {} });

export function useAppDialogs(): AppDialogs {
  return useContext(AppDialogsContext);
}

type Open = { kind: 'sheet'; applicationId: string | null } | { kind: 'notes'; requestIds: string[] | undefined } | null;

export function AppDialogsProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<Open>(null);
  const dialogs = useMemo<AppDialogs>(
    () => ({
      openReferenceSheet: (applicationId) => setOpen({ kind: 'sheet', applicationId }),
      openNotePrompts: (requestIds) => setOpen({ kind: 'notes', requestIds }),
    }),
    [],
  );
  const close = () => setOpen(null);
  return (
    <AppDialogsContext.Provider value={dialogs}>
      {children}
      {open?.kind === 'sheet' ? <ReferenceSheetDialog applicationId={open.applicationId} onClose={close} /> : null}
      {open?.kind === 'notes' ? <NotePromptsDialog {...(open.requestIds ? { initialRequestIds: open.requestIds } : {})} onClose={close} /> : null}
    </AppDialogsContext.Provider>
  );
}
