// Dialogs that several screens open: the reference sheet, the note prompts, the person
// and application forms that empty states offer, and any record or card the quick-open
// palette finds. The frame renders them once; screens ask for them through this context.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ApplicationDialog } from '../features/applications/ApplicationDialog';
import { CardDetail } from '../features/board/CardDetail';
import { NotePromptsDialog } from '../features/exports/NotePromptsDialog';
import { ReferenceSheetDialog } from '../features/exports/ReferenceSheetDialog';
import { PersonDialog } from '../features/people/PersonDialog';
import { usePerson } from '../state/app-state';
import { withUndo } from '../state/undoable';

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

const AppDialogsContext = createContext<AppDialogs>({
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

type Open =
  | { kind: 'sheet'; applicationId: string | null }
  | { kind: 'notes'; requestIds: string[] | undefined }
  | { kind: 'person'; id: string | null; created: boolean }
  | { kind: 'application'; id: string | null }
  | { kind: 'card'; requestId: string }
  | null;

/**
 * A form opened from an empty state outlives the button that opened it (the empty state
 * moves on to the next step): focus then goes to the next step's button, or the first card.
 */
const afterForm = () =>
  document.querySelector<HTMLElement>('[data-empty-action]') ?? document.querySelector<HTMLElement>('[data-request-id] button');

export function AppDialogsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const dialogs = useMemo<AppDialogs>(
    () => ({
      openReferenceSheet: (applicationId) => setOpen({ kind: 'sheet', applicationId }),
      openNotePrompts: (requestIds) => setOpen({ kind: 'notes', requestIds }),
      openPersonForm: () => setOpen({ kind: 'person', id: null, created: false }),
      openApplicationForm: () => setOpen({ kind: 'application', id: null }),
      openPerson: (id) => setOpen({ kind: 'person', id, created: false }),
      openApplication: (id) => setOpen({ kind: 'application', id }),
      openCard: (requestId) => setOpen({ kind: 'card', requestId }),
    }),
    [],
  );
  const close = () => setOpen(null);
  return (
    <AppDialogsContext.Provider value={dialogs}>
      {children}
      {open?.kind === 'sheet' ? <ReferenceSheetDialog applicationId={open.applicationId} onClose={close} /> : null}
      {open?.kind === 'notes' ? <NotePromptsDialog {...(open.requestIds ? { initialRequestIds: open.requestIds } : {})} onClose={close} /> : null}
      {open?.kind === 'person' ? (
        <PersonFormHost
          key={open.id ?? 'new'}
          id={open.id}
          created={open.created}
          onClose={close}
          onSaved={(id, created) => setOpen(created ? { kind: 'person', id, created } : null)}
          onDelete={(id, name) => {
            close();
            void withUndo(api.references.delete({ id }), name, t);
          }}
        />
      ) : null}
      {open?.kind === 'application' ? (
        <ApplicationDialog
          key={open.id ?? 'new'}
          applicationId={open.id}
          onClose={close}
          onOpenSheet={(id) => setOpen({ kind: 'sheet', applicationId: id })}
          returnFocus={afterForm}
        />
      ) : null}
      {open?.kind === 'card' ? <CardDetail key={open.requestId} requestId={open.requestId} onClose={close} /> : null}
    </AppDialogsContext.Provider>
  );
}

function PersonFormHost({
  id,
  created,
  onClose,
  onSaved,
  onDelete,
}: {
  id: string | null;
  created: boolean;
  onClose: () => void;
  onSaved: (id: string, created: boolean) => void;
  onDelete: (id: string, name: string) => void;
}) {
  const person = usePerson(id);
  if (id !== null && !person) return null;
  return (
    <PersonDialog
      person={person}
      justCreated={created}
      onClose={onClose}
      onSaved={onSaved}
      onDelete={(target) => onDelete(target.id, target.name)}
      returnFocus={afterForm}
    />
  );
}
