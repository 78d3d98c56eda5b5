// The dialogs of app-dialogs.tsx, rendered once by the frame, each loaded on first use.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { CardDetail } from '../features/board/lazy-dialogs';
import { usePerson } from '../state/app-state';
import { withUndo } from '../state/undoable';
import { AppDialogsContext, type AppDialogs } from './app-dialogs';
import { ApplicationDialog, NotePromptsDialog, PersonDialog, ReferenceSheetDialog } from './lazy-parts';

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
