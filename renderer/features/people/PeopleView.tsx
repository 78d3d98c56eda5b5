// Everyone who could vouch for the user: search, sort, the user's own order (which the
// reference sheets follow), and the person form for adding and editing.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reference } from '../../../shared/schema/person';
import { api } from '../../api';
import { useAppDialogs } from '../../app/app-dialogs';
import { useViewCommand } from '../../app/commands';
import { EmptyState } from '../../components/EmptyState';
import { ViewHeader } from '../../components/ViewHeader';
import { describeError } from '../../components/describe-error';
import { useMutation } from '../../components/use-mutation';
import { useLanguage, usePeople, useReadOnly, useRequests } from '../../state/app-state';
import { showToast } from '../../state/toasts';
import { withUndo } from '../../state/undoable';
import { ShowMoreButton } from '../../components/ShowMoreButton';
import { ROW_WINDOW } from '../../components/show-more';
import { PlusIcon } from '../../components/icons';
import { matchesQuery, movedOrder, PEOPLE_SORTS, sortPeople, type PeopleSort } from './people-list';
import { PeopleTable } from './PeopleTable';
import styles from './PeopleList.module.css';
import { PersonDialog } from './PersonDialog';

type Editing = { kind: 'new' } | { kind: 'edit'; id: string; created?: boolean } | null;

export function PeopleView() {
  const { t } = useTranslation();
  const { openReferenceSheet } = useAppDialogs();
  const people = usePeople();
  const requests = useRequests();
  const readOnly = useReadOnly();
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<PeopleSort>('rank');
  const [editing, setEditing] = useState<Editing>(null);
  // A heavy user knows hundreds of people: the table grows a hundred rows at a time.
  const [limit, setLimit] = useState(ROW_WINDOW);
  const search = useRef<HTMLInputElement>(null);
  const table = useRef<HTMLDivElement>(null);

  useViewCommand('create', () => {
    if (editing === null) setEditing({ kind: 'new' });
  });
  useViewCommand('find', () => {
    search.current?.focus();
    search.current?.select();
  });

  const requestCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const request of requests) counts.set(request.referenceId, (counts.get(request.referenceId) ?? 0) + 1);
    return counts;
  }, [requests]);
  const shown = useMemo(
    () => sortPeople(people.filter((person) => matchesQuery(person, query)), sort, language),
    [people, query, sort, language],
  );
  const ranked = useMemo(() => [...people].sort((a, b) => a.rank - b.rank), [people]);
  const reorder = useMutation((ids: string[], _moved: Reference, _step: -1 | 1) => api.references.reorder({ ids }), {
    onSuccess: (_saved, _ids, person, step) =>
      // Keep the keyboard on the same arrow of the moved row (or the other one at an end).
      requestAnimationFrame(() => {
        const row = table.current?.querySelector(`[data-person-id="${person.id}"]`);
        const same = row?.querySelector<HTMLButtonElement>(`[data-action="${step < 0 ? 'up' : 'down'}"]`);
        const other = row?.querySelector<HTMLButtonElement>(`[data-action="${step < 0 ? 'down' : 'up'}"]`);
        (same && !same.disabled ? same : other)?.focus();
      }),
  });

  const editedPerson = editing?.kind === 'edit' ? people.find((person) => person.id === editing.id) ?? null : null;

  const failed = (error: unknown) => showToast({ kind: 'error', message: describeError(error, t) });

  const remove = (person: Reference) => {
    setEditing(null);
    withUndo(api.references.delete({ id: person.id }), person.name, t).catch(failed);
    // The row (and the dialog's opener) is gone: give focus a stable place.
    requestAnimationFrame(() => search.current?.focus());
  };

  const move = async (person: Reference, step: -1 | 1) => {
    const ids = movedOrder(people, person.id, step);
    if (!ids) return;
    // A person moved down past the last shown row stays in view, with the focus on them.
    const shownAt = shown.findIndex((candidate) => candidate.id === person.id);
    if (shownAt >= 0) setLimit((current) => Math.max(current, shownAt + step + 1));
    await reorder.run(ids, person, step);
  };

  const newButton = (
    <button type="button" className="button button-primary" disabled={readOnly} onClick={() => setEditing({ kind: 'new' })}>
      <PlusIcon />
      {t('people.newPerson')}
    </button>
  );

  return (
    <>
      <ViewHeader
        title={t('nav.people')}
        subtitle={people.length > 0 ? t('people.subtitle', { count: people.length }) : undefined}
        actions={
          people.length > 0 ? (
            <>
              <button type="button" className="button" onClick={() => openReferenceSheet(null)}>
                {t('people.referenceSheet')}
              </button>
              {newButton}
            </>
          ) : undefined
        }
      />
      {people.length === 0 ? (
        <EmptyState title={t('people.emptyTitle')} body={t('people.emptyBody')} action={newButton} />
      ) : (
        <div className={styles.content}>
          <div className={styles.toolbar} role="search">
            <label className="visually-hidden" htmlFor="people-search">
              {t('people.searchLabel')}
            </label>
            <input
              ref={search}
              id="people-search"
              type="search"
              className={`input ${styles.search}`}
              placeholder={t('people.searchPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <label className={styles.sortLabel} htmlFor="people-sort">
              {t('records.sortBy')}
            </label>
            <select id="people-sort" className={`select ${styles.sort}`} value={sort} onChange={(event) => setSort(event.target.value as PeopleSort)}>
              {PEOPLE_SORTS.map((value) => (
                <option key={value} value={value}>
                  {t(`people.sort.${value}`)}
                </option>
              ))}
            </select>
          </div>
          {sort === 'rank' ? <p className={`field-hint ${styles.rankHint}`}>{t('people.rankHint')}</p> : null}
          <div ref={table} className={`card ${styles.tableCard}`}>
            {shown.length === 0 ? (
              <p className={styles.noMatches} role="status">
                {t('records.noMatches')}
              </p>
            ) : (
              <PeopleTable
                people={shown.slice(0, limit)}
                requestCounts={requestCounts}
                reorderable={sort === 'rank' && !readOnly}
                firstId={ranked[0]?.id}
                lastId={ranked[ranked.length - 1]?.id}
                onOpen={(person) => setEditing({ kind: 'edit', id: person.id })}
                onMove={(person, step) => void move(person, step)}
                onDelete={remove}
              />
            )}
            <ShowMoreButton remaining={shown.length - limit} step={ROW_WINDOW} onShowMore={() => setLimit((current) => current + ROW_WINDOW)} />
          </div>
        </div>
      )}
      {editing && (editing.kind === 'new' || editedPerson) ? (
        <PersonDialog
          key={editing.kind === 'edit' ? editing.id : 'new'}
          person={editedPerson}
          justCreated={editing.kind === 'edit' && editing.created === true}
          onClose={() => setEditing(null)}
          onSaved={(id, created) => setEditing(created ? { kind: 'edit', id, created } : null)}
          // A new person's row did not exist when the form opened: focus goes to it on close.
          returnFocus={() => (editing.kind === 'edit' ? table.current?.querySelector<HTMLElement>(`[data-person-id="${editing.id}"] button`) : null)}
          onDelete={remove}
        />
      ) : null}
    </>
  );
}
