import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../shared/schema/application';
import { api } from '../../api';
import { Avatar } from '../../components/Avatar';
import { useMutation } from '../../components/use-mutation';
import { usePeople, useRequests } from '../../state/app-state';
import { withUndo } from '../../state/undoable';
import styles from './Applications.module.css';
import { LinkLoad } from './LinkLoad';

/** The people linked to one application: each link is a reference request (a board card). */
export function LinkedPeople({ application }: { application: Application }) {
  const { t } = useTranslation();
  const references = usePeople();
  const allRequests = useRequests();
  const [choice, setChoice] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const requests = allRequests.filter((request) => request.applicationId === application.id);
  const people = new Map(references.map((person) => [person.id, person]));
  const linkedIds = new Set(requests.filter((request) => request.closed === null).map((request) => request.referenceId));
  const candidates = references.filter((person) => !linkedIds.has(person.id));
  const linkPerson = useMutation((referenceId: string) => api.requests.link({ referenceId, applicationId: application.id }), {
    failure: 'inline',
    success: (result, referenceId) => {
      const created = result.document.requests.find((request) => request.id === result.requestId);
      return t('applications.links.linked', { name: people.get(referenceId)?.name ?? '', stage: t(`records.stage.${created?.stage ?? 'reconnect'}`) });
    },
    onSuccess: (result) => {
      setChoice('');
      // Link is disabled again now; focus goes to the person just linked, not to <body>.
      requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-link-id="${result.requestId}"]`)?.focus());
    },
  });
  const error = linkPerson.error;

  const link = async () => {
    if (!choice) return;
    await linkPerson.run(choice);
  };

  return (
    <section className={styles.group} aria-labelledby="linked-people-title">
      <h3 id="linked-people-title">{t('applications.links.title')}</h3>
      {requests.length === 0 ? <p className="field-hint">{t('applications.links.empty')}</p> : null}
      <ul ref={list} className={styles.linkList}>
        {requests.map((request) => {
          const person = people.get(request.referenceId);
          const name = person?.name ?? '';
          return (
            <li key={request.id} className={styles.linkRow} data-link-id={request.id} tabIndex={-1}>
              <Avatar name={name} size={28} />
              <span className={styles.linkName}>{name}</span>
              <span className={styles.stagePill} data-stage={request.closed ? 'declined' : request.stage}>
                {request.closed ? t('records.stage.declined') : t(`records.stage.${request.stage}`)}
              </span>
              <button
                type="button"
                className="button button-ghost"
                aria-label={`${t('records.unlink')}: ${name}`}
                onClick={() =>
                  void withUndo(api.requests.unlink({ requestId: request.id }), name, t, {
                    message: t('applications.links.unlinked', { name }),
                  })
                }
              >
                {t('records.unlink')}
              </button>
            </li>
          );
        })}
      </ul>
      {references.length === 0 ? (
        <p className="field-hint">{t('applications.links.noPeople')}</p>
      ) : candidates.length > 0 ? (
        <div className={styles.linkAdd}>
          <div className="field">
            <label htmlFor="link-person">{t('applications.links.add')}</label>
            <select id="link-person" className="select" data-autofocus value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">{t('applications.links.choosePlaceholder')}</option>
              {candidates.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                  {person.organisation ? ` · ${person.organisation}` : ''}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" disabled={!choice} onClick={() => void link()}>
            {t('applications.links.link')}
          </button>
        </div>
      ) : null}
      <LinkLoad application={application} personId={choice} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
