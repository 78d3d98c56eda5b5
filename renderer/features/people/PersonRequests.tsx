// The requests of one person: which applications they vouch for and where each stands,
// with Unlink (undoable) and "Ask for a reference for…". Main decides where a new
// request starts (prep after a recent yes, reconnect otherwise); this shows its answer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../shared/schema/application';
import type { Reference } from '../../../shared/schema/person';
import type { ReferenceRequest } from '../../../shared/schema/request';
import { api } from '../../api';
import { describeError } from '../../components/describe-error';
import { useMutation } from '../../components/use-mutation';
import { useApplications, useRequests } from '../../state/app-state';
import { withUndo } from '../../state/undoable';
import styles from './People.module.css';

const WHOLE_SEARCH = '__whole_search';

export function PersonRequests({ person, autoFocus = false }: { person: Reference; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const applications = useApplications();
  const allRequests = useRequests();
  const [choice, setChoice] = useState('');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const requests = allRequests.filter((request) => request.referenceId === person.id);
  const applicationOf = (id: string | null) => (id === null ? null : applications.find((app) => app.id === id) ?? null);
  const targetOf = (application: Application | null) =>
    application ? `${application.company} · ${application.role}` : t('records.wholeSearch');
  const stageOf = (request: ReferenceRequest) =>
    request.closed === 'declined' ? t('records.stage.declined') : t(`records.stage.${request.stage}`);

  const linked = new Set(requests.map((request) => request.applicationId ?? WHOLE_SEARCH));
  const choices = [
    ...(linked.has(WHOLE_SEARCH) ? [] : [{ value: WHOLE_SEARCH, label: t('records.wholeSearch') }]),
    ...applications.filter((app) => !linked.has(app.id)).map((app) => ({ value: app.id, label: targetOf(app) })),
  ];

  const failed = (error: unknown) => setStatus({ kind: 'error', text: describeError(error, t) });
  const link = useMutation((applicationId: string | null) => api.requests.link({ referenceId: person.id, applicationId }), {
    failure: 'inline',
    onSuccess: ({ document: saved, requestId }, applicationId) => {
      setChoice('');
      const created = saved.requests.find((request) => request.id === requestId);
      const application = saved.applications.find((app) => app.id === applicationId) ?? null;
      const stage = created ? stageOf(created) : '';
      const text = application
        ? t('people.links.added', { target: targetOf(application), stage })
        : t('people.links.addedWholeSearch', { stage });
      setStatus({ kind: 'ok', text });
    },
    // One status line under the list says how it went, either way.
    explain: (error) => {
      failed(error);
      return '';
    },
  });

  const unlink = (request: ReferenceRequest) => {
    const application = applicationOf(request.applicationId);
    // The whole search is not a name, so it gets sentences of its own ("für die ganze Suche").
    const name = application
      ? t('people.links.requestName', { person: person.name, target: targetOf(application) })
      : t('people.links.requestNameWholeSearch', { person: person.name });
    setStatus(null);
    withUndo(api.requests.unlink({ requestId: request.id }), name, t, { message: t('records.unlinked', { name }) }).catch(failed);
  };

  const ask = async () => {
    if (choice === '') return;
    setStatus(null);
    await link.run(choice === WHOLE_SEARCH ? null : choice);
  };

  return (
    <section className={styles.requests} aria-labelledby="person-requests-title">
      <h3 id="person-requests-title">{t('people.links.section')}</h3>
      <p className="field-hint">{t('people.links.intro')}</p>
      {requests.length === 0 ? (
        <p className={styles.muted}>{t('people.links.none')}</p>
      ) : (
        <ul className={styles.requestList}>
          {requests.map((request) => {
            const target = targetOf(applicationOf(request.applicationId));
            const stageKey = request.closed === 'declined' ? 'declined' : request.stage;
            return (
              <li key={request.id} className={styles.requestRow}>
                <span className={styles.requestTarget}>{target}</span>
                <span className={styles.stage} data-stage={stageKey}>
                  <span className={styles.stageDot} aria-hidden="true" />
                  <span className="visually-hidden">{t('people.links.stage', { stage: stageOf(request) })}</span>
                  <span aria-hidden="true">{stageOf(request)}</span>
                </span>
                <button
                  type="button"
                  className="button button-ghost"
                  aria-label={
                    request.applicationId === null ? t('people.links.unlinkWholeSearch') : t('people.links.unlinkLabel', { target })
                  }
                  onClick={() => unlink(request)}
                >
                  {t('records.unlink')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {choices.length === 0 ? (
        <p className={styles.muted}>{t('people.links.nothingLeft')}</p>
      ) : (
        <div className={styles.askRow}>
          <div className="field">
            <label htmlFor="person-ask-for">{t('people.links.askFor')}</label>
            <select id="person-ask-for" className="select" data-autofocus={autoFocus || undefined} value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">{t('people.links.choose')}</option>
              {choices.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" disabled={choice === '' || link.busy} onClick={() => void ask()}>
            {t('people.links.ask')}
          </button>
        </div>
      )}
      <p role="status" className={status?.kind === 'error' ? 'field-error' : styles.statusOk}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
