// The people as a table: one row per person, the name opens the form (Enter or click), and
// in the user's own order the arrows move a person up or down the reference sheets.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reference } from '../../../shared/schema/person';
import { Avatar } from '../../components/Avatar';
import { RelativeDate } from '../../components/RelativeDate';
import styles from './PeopleList.module.css';
import personStyles from './People.module.css';
import { ArrowIcon, TrashIcon } from '../../components/icons';

interface PeopleTableProps {
  people: Reference[];
  requestCounts: ReadonlyMap<string, number>;
  /** Shown only in the user's own order, where moving means something. */
  reorderable: boolean;
  firstId: string | undefined;
  lastId: string | undefined;
  onOpen: (person: Reference) => void;
  onMove: (person: Reference, step: -1 | 1) => void;
  onDelete: (person: Reference) => void;
}

export function PeopleTable({ people, requestCounts, reorderable, firstId, lastId, onOpen, onMove, onDelete }: PeopleTableProps) {
  const { t } = useTranslation();
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{t('people.listLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('people.sort.name')}</th>
          <th scope="col">{t('people.sort.relationship')}</th>
          <th scope="col">{t('people.consentLabel')}</th>
          <th scope="col">{t('people.lastContact')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('people.links.section')}</span>
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('people.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => {
          const count = requestCounts.get(person.id) ?? 0;
          const job = [person.currentTitle, person.organisation].filter(Boolean).join(' · ');
          return (
            <tr key={person.id} data-person-id={person.id} onClick={(event) => clickedRow(event) && onOpen(person)}>
              <th scope="row">
                <div className={styles.personCell}>
                  <Avatar name={person.name} size={36} />
                  <div className={styles.personText}>
                    <button
                      type="button"
                      className={styles.nameButton}
                      aria-label={t('people.open', { name: person.name })}
                      data-action="open"
                      onClick={() => onOpen(person)}
                    >
                      <span dir="auto">{person.name}</span>
                    </button>
                    {job ? (
                      <span className={styles.job} dir="auto">
                        {job}
                      </span>
                    ) : null}
                  </div>
                </div>
              </th>
              <td>{t(`records.relationship.${person.relationship}`)}</td>
              <td>
                <span className={styles.consent} data-consent={person.consent.status}>
                  <span className={styles.consentDot} aria-hidden="true" />
                  {t(`records.consent.${person.consent.status}`)}
                </span>
              </td>
              <td className={personStyles.muted}>
                {person.lastContactedOn ? <RelativeDate date={person.lastContactedOn} /> : t('records.never')}
              </td>
              <td className={personStyles.muted}>{t('people.requests', { count })}</td>
              <td className={styles.rowActions}>
                {reorderable ? (
                  <>
                    <button
                      type="button"
                      className={`button button-ghost ${personStyles.iconButton}`}
                      aria-label={t('people.moveUp', { name: person.name })}
                      title={t('people.moveUp', { name: person.name })}
                      disabled={person.id === firstId}
                      data-action="up"
                      onClick={() => onMove(person, -1)}
                    >
                      <ArrowIcon direction="up" />
                    </button>
                    <button
                      type="button"
                      className={`button button-ghost ${personStyles.iconButton}`}
                      aria-label={t('people.moveDown', { name: person.name })}
                      title={t('people.moveDown', { name: person.name })}
                      disabled={person.id === lastId}
                      data-action="down"
                      onClick={() => onMove(person, 1)}
                    >
                      <ArrowIcon direction="down" />
                    </button>
                  </>
                ) : null}
                <button
                  type="button"
                  className={`button button-ghost ${personStyles.iconButton}`}
                  aria-label={t('people.deletePerson', { name: person.name })}
                  title={t('people.deletePerson', { name: person.name })}
                  data-action="delete"
                  onClick={() => onDelete(person)}
                >
                  <TrashIcon />
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

// A click anywhere on the row opens the person, except on the row's own buttons.
function clickedRow(event: MouseEvent): boolean {
  return !(event.target as HTMLElement).closest('button, a, input, select, textarea');
}
