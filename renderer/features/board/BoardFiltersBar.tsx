import { forwardRef, memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplications, usePeople } from '../../state/app-state';
import { filtersActive, NO_FILTERS, WHOLE_SEARCH, type BoardFilters } from './board-model';
import styles from './BoardFilters.module.css';

interface BoardFiltersBarProps {
  filters: BoardFilters;
  onChange: (filters: BoardFilters) => void;
  showDeclined: boolean;
  onShowDeclined: (show: boolean) => void;
  declinedCount: number;
}

/** Narrow the board to one application, one person or a search; the search box answers Ctrl/Cmd+F. */
// Memoised, with its option lists built once per list: at a heavy user's scale the
// application filter holds thousands of options, and dragging a card must not redraw them.
export const BoardFiltersBar = memo(
  forwardRef<HTMLInputElement, BoardFiltersBarProps>(function BoardFiltersBar(
  { filters, onChange, showDeclined, onShowDeclined, declinedCount },
  searchRef,
) {
  const { t } = useTranslation();
  const applications = useApplications();
  const people = usePeople();
  const applicationOptions = useMemo(
    () =>
      [...applications]
        .sort((a, b) => a.company.localeCompare(b.company))
        .map((application) => (
          <option key={application.id} value={application.id}>
            {application.company} · {application.role}
          </option>
        )),
    [applications],
  );
  const peopleOptions = useMemo(
    () =>
      [...people]
        .sort((a, b) => a.rank - b.rank)
        .map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        )),
    [people],
  );
  return (
    <div className={styles.filters} role="search" aria-label={t('records.search')}>
      <div className={styles.searchField}>
        <label htmlFor="board-search" className="visually-hidden">
          {t('records.search')}
        </label>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className={styles.searchIcon}>
          <circle cx="7" cy="7" r="4.8" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="m10.6 10.6 3.4 3.4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <input
          ref={searchRef}
          id="board-search"
          type="search"
          className={`input ${styles.searchInput}`}
          placeholder={t('board.searchPlaceholder')}
          value={filters.query}
          aria-keyshortcuts="Control+F"
          onChange={(event) => onChange({ ...filters, query: event.target.value })}
        />
      </div>
      <label className={styles.filterSelect}>
        <span className="visually-hidden">{t('board.filterApplication')}</span>
        <select
          className="select"
          value={filters.applicationId}
          onChange={(event) => onChange({ ...filters, applicationId: event.target.value })}
        >
          <option value="all">{t('board.allApplications')}</option>
          <option value={WHOLE_SEARCH}>{t('records.wholeSearch')}</option>
          {applicationOptions}
        </select>
      </label>
      <label className={styles.filterSelect}>
        <span className="visually-hidden">{t('board.filterPerson')}</span>
        <select className="select" value={filters.referenceId} onChange={(event) => onChange({ ...filters, referenceId: event.target.value })}>
          <option value="all">{t('board.allPeople')}</option>
          {peopleOptions}
        </select>
      </label>
      {filtersActive(filters) ? (
        <button type="button" className="button button-ghost" onClick={() => onChange(NO_FILTERS)}>
          {t('board.clearFilters')}
        </button>
      ) : null}
      <label className={styles.toggle}>
        <input type="checkbox" checked={showDeclined} onChange={(event) => onShowDeclined(event.target.checked)} />
        {t('board.showDeclined')}
        <span className={styles.toggleCount}>{declinedCount}</span>
      </label>
    </div>
  );
}),
);
