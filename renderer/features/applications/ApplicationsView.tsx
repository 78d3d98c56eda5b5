import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../shared/schema/application';
import { EmptyState } from '../../components/EmptyState';
import { RelativeDate } from '../../components/RelativeDate';
import { ViewHeader } from '../../components/ViewHeader';
import { useAppDialogs } from '../../app/app-dialogs';
import { useViewCommand } from '../../app/commands';
import { useDocument, useToday } from '../../state/app-state';
import { ShowMoreButton } from '../../components/ShowMoreButton';
import { ROW_WINDOW } from '../../components/show-more';
import { ApplicationDialog } from './ApplicationDialog';
import { applicationRows, type ApplicationSort } from './applications-list';
import styles from './Applications.module.css';

type Editing = { id: string | null } | null;

export function ApplicationsView() {
  const { t } = useTranslation();
  const { openReferenceSheet } = useAppDialogs();
  const document = useDocument();
  const today = useToday();
  const [editing, setEditing] = useState<Editing>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<ApplicationStatus | 'all'>('all');
  const [sort, setSort] = useState<ApplicationSort>('updated');
  // A heavy user has thousands of applications: the table grows a hundred rows at a time.
  const [limit, setLimit] = useState(ROW_WINDOW);
  const search = useRef<HTMLInputElement>(null);
  useViewCommand('create', () => setEditing({ id: null }));
  useViewCommand('find', () => search.current?.focus());

  const rows = useMemo(() => applicationRows(document, { query, status, sort, today }), [document, query, status, sort, today]);
  const create = (
    <button type="button" className="button button-primary" onClick={() => setEditing({ id: null })}>
      {t('applications.new')}
    </button>
  );

  return (
    <>
      <ViewHeader title={t('applications.title')} subtitle={t('applications.subtitle')} actions={document.applications.length > 0 ? create : null} />
      {document.applications.length === 0 ? (
        <EmptyState title={t('empty.applicationsTitle')} body={t('empty.applicationsBody')} action={create} />
      ) : (
        <div className={styles.content}>
          <div className={styles.toolbar} role="search">
            <div className="field">
              <label htmlFor="applications-search">{t('records.search')}</label>
              <input
                id="applications-search"
                ref={search}
                className="input"
                type="search"
                placeholder={t('applications.searchPlaceholder')}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="applications-status">{t('applications.filterStatus')}</label>
              <select id="applications-status" className="select" value={status} onChange={(event) => setStatus(event.target.value as ApplicationStatus | 'all')}>
                <option value="all">{t('applications.allStatuses')}</option>
                {APPLICATION_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`records.status.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="applications-sort">{t('records.sortBy')}</label>
              <select id="applications-sort" className="select" value={sort} onChange={(event) => setSort(event.target.value as ApplicationSort)}>
                {(['updated', 'company', 'applied', 'status'] as const).map((value) => (
                  <option key={value} value={value}>
                    {t(`applications.sort.${value}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {rows.length === 0 ? (
            <p className={styles.noMatches}>{t('records.noMatches')}</p>
          ) : (
            <table className={styles.table} aria-labelledby="view-title">
              <thead>
                <tr>
                  <th scope="col">{t('applications.columns.company')}</th>
                  <th scope="col">{t('applications.columns.location')}</th>
                  <th scope="col">{t('applications.columns.status')}</th>
                  <th scope="col">{t('applications.columns.applied')}</th>
                  <th scope="col">{t('applications.columns.next')}</th>
                  <th scope="col">{t('applications.columns.references')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, limit).map(({ application, nextInterview, referenceCount }) => (
                  <tr key={application.id}>
                    <th scope="row">
                      <button type="button" className={styles.rowButton} onClick={() => setEditing({ id: application.id })}>
                        <span className={styles.company}>{application.company}</span>
                        <span className={styles.role}>{application.role}</span>
                      </button>
                    </th>
                    <td>{application.location}</td>
                    <td>
                      <span className={styles.status} data-status={application.status}>
                        {t(`records.status.${application.status}`)}
                      </span>
                    </td>
                    <td>{application.appliedOn ? <RelativeDate date={application.appliedOn} /> : <span className={styles.muted}>{t('applications.notApplied')}</span>}</td>
                    <td>{nextInterview ? <RelativeDate date={nextInterview} /> : <span className={styles.muted}>{t('applications.noInterview')}</span>}</td>
                    <td>{t('applications.referencesCount', { count: referenceCount })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ShowMoreButton remaining={rows.length - limit} step={ROW_WINDOW} onShowMore={() => setLimit((current) => current + ROW_WINDOW)} />
        </div>
      )}
      {editing ? (
        <ApplicationDialog
          key={editing.id ?? 'new'}
          applicationId={editing.id}
          onClose={() => setEditing(null)}
          onOpenSheet={(id) => {
            setEditing(null);
            openReferenceSheet(id);
          }}
        />
      ) : null}
    </>
  );
}
