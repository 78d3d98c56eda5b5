import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueItem } from '../../../shared/due';
import type { View } from '../../../shared/ipc/channels';
import { Avatar } from '../../components/Avatar';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { RelativeDate } from '../../components/RelativeDate';
import { ViewHeader } from '../../components/ViewHeader';
import { useDocument, useLanguage, useToday } from '../../state/app-state';
import { CardDetail } from '../board/CardDetail';
import { ContactForm } from '../board/ContactForm';
import { AlertIcon, ClockIcon } from '../board/RequestCard';
import { cardForCheckIn, dueItemText, TODAY_GROUPS, todayGroups } from './today-model';
import styles from './Today.module.css';

type Opened = { kind: 'card'; requestId: string } | { kind: 'check_in'; requestId: string; name: string };

export function TodayView({ onNavigate }: { onNavigate: (view: View) => void }) {
  const { t } = useTranslation();
  const document = useDocument();
  const language = useLanguage();
  const today = useToday();
  const [opened, setOpened] = useState<Opened | null>(null);
  const groups = todayGroups(document, today);
  const total = TODAY_GROUPS.reduce((sum, group) => sum + groups[group].length, 0);

  const row = (item: DueItem) => {
    const person = document.references.find((candidate) => candidate.id === item.referenceId);
    const text = dueItemText(item, document, today, language, t);
    const checkInCard = item.kind === 'check_in' ? cardForCheckIn(document, item.referenceId) : null;
    const key = `${item.kind}-${item.requestId ?? item.referenceId}`;
    return (
      <li key={key} className={styles.item} data-kind={item.kind}>
        <Avatar name={person?.name ?? '?'} size={32} />
        <div className={styles.itemText}>
          <p className={styles.what}>{text}</p>
          <p className={item.overdue ? styles.overdue : styles.due}>
            {item.overdue ? <AlertIcon /> : <ClockIcon />}
            {item.overdue ? `${t('today.overdue')} · ` : `${t('today.due')} `}
            <RelativeDate date={item.dueOn} />
          </p>
        </div>
        {item.requestId !== null ? (
          <button
            type="button"
            className="button"
            aria-label={t('today.openFor', { what: text })}
            onClick={() => setOpened({ kind: 'card', requestId: item.requestId as string })}
          >
            {t('today.open')}
          </button>
        ) : checkInCard ? (
          <button
            type="button"
            className="button"
            aria-label={t('today.logCheckInFor', { name: person?.name ?? '' })}
            onClick={() => setOpened({ kind: 'check_in', requestId: checkInCard, name: person?.name ?? '' })}
          >
            {t('today.logCheckIn')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => onNavigate('people')}>
            {t('today.openPeople')}
          </button>
        )}
      </li>
    );
  };

  return (
    <>
      <ViewHeader title={t('nav.today')} subtitle={total > 0 ? t('today.subtitle') : undefined} />
      {total === 0 ? (
        <EmptyState title={t('empty.todayTitle')} body={t('empty.todayBody')} />
      ) : (
        <div className={styles.groups}>
          {TODAY_GROUPS.filter((group) => groups[group].length > 0).map((group) => (
            <section key={group} className={styles.group} data-group={group} aria-labelledby={`today-${group}`}>
              <h2 id={`today-${group}`} className={styles.groupHeading}>
                {group === 'overdue' ? <AlertIcon /> : null}
                {t(`today.groups.${group}`)}
                <span className={styles.groupCount}>{t('today.groupCount', { count: groups[group].length })}</span>
              </h2>
              <ul className={styles.list}>{groups[group].map(row)}</ul>
            </section>
          ))}
        </div>
      )}
      {opened?.kind === 'card' ? <CardDetail requestId={opened.requestId} onClose={() => setOpened(null)} /> : null}
      {opened?.kind === 'check_in' ? (
        <Dialog
          title={t('today.checkInTitle', { name: opened.name })}
          onClose={() => setOpened(null)}
          footer={
            <button type="button" className="button" onClick={() => setOpened(null)}>
              {t('common.close')}
            </button>
          }
        >
          <p className={styles.hint}>{t('today.checkInHint')}</p>
          <ContactForm requestId={opened.requestId} onSaved={() => setOpened(null)} />
        </Dialog>
      ) : null}
    </>
  );
}
