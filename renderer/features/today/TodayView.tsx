import { useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueItem } from '../../../shared/due';
import type { View } from '../../../shared/ipc/channels';
import { SNOOZABLE_KINDS, type SnoozableKind } from '../../../shared/schema/request';
import { Avatar } from '../../components/Avatar';
import { Dialog } from '../../components/Dialog';
import { useViewCommand } from '../../app/commands';
import { NextStepEmptyState, useOpenNextStep } from '../../app/next-step';
import { EmptyState } from '../../components/EmptyState';
import { RelativeDate } from '../../components/RelativeDate';
import { ViewHeader } from '../../components/ViewHeader';
import { useDocument, useLanguage, useToday } from '../../state/app-state';
import { AlertIcon, ClockIcon } from '../../components/icons';
import { ShowMoreButton } from '../../components/ShowMoreButton';
import { ROW_WINDOW } from '../../components/show-more';
import { dueItemText, lastTalkedText, TODAY_GROUPS, todayGroups, todayLookups, type TodayGroup } from './today-model';
import styles from './Today.module.css';
import { SnoozeControl, TickButton } from './DueItemActions';
import { BenchTasks, useBenchTasks } from './BenchTasks';
import { canTickDueItem } from './today-actions';

function isSnoozable(item: DueItem): item is DueItem & { kind: SnoozableKind } {
  return item.requestId !== null && (SNOOZABLE_KINDS as readonly string[]).includes(item.kind);
}

type Opened = { kind: 'card'; requestId: string } | { kind: 'check_in'; requestId: string; name: string };

/** The board's card dialogs. The app hands them in, so Today opens a card without importing the board. */
export interface CardDialogs {
  CardDetail: ComponentType<{ requestId: string; onClose: () => void }>;
  ContactForm: ComponentType<{ requestId: string; onSaved?: () => void }>;
  NewRequestDialog: ComponentType<{ onClose: () => void; onCreated?: (requestId: string) => void }>;
}

export function TodayView({
  onNavigate,
  cardDialogs: { CardDetail, ContactForm, NewRequestDialog },
}: {
  onNavigate: (view: View) => void;
  cardDialogs: CardDialogs;
}) {
  const { t } = useTranslation();
  const document = useDocument();
  const language = useLanguage();
  const today = useToday();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [creating, setCreating] = useState(false);
  const newUser = document.requests.length === 0;
  const openNextStep = useOpenNextStep(() => setCreating(true));
  // Nothing is created on Today itself; before the first card, Ctrl/Cmd+N opens the next step.
  useViewCommand('create', () => {
    if (newUser) openNextStep();
  });
  const [limits, setLimits] = useState<Record<TodayGroup, number>>({
    overdue: ROW_WINDOW,
    today: ROW_WINDOW,
    week: ROW_WINDOW,
    hello: ROW_WINDOW,
  });
  // Once per document and day: a heavy user has thousands of due items.
  const groups = useMemo(() => todayGroups(document, today), [document, today]);
  const lookups = useMemo(() => todayLookups(document), [document]);
  const total = TODAY_GROUPS.reduce((sum, group) => sum + groups[group].length, 0);
  const benchTasks = useBenchTasks().length;

  const row = (item: DueItem) => {
    const person = lookups.people.get(item.referenceId);
    const text = dueItemText(item, lookups, today, language, t);
    const checkInCard = item.kind === 'check_in' ? (lookups.checkInCards.get(item.referenceId) ?? null) : null;
    const key = `${item.kind}-${item.requestId ?? item.referenceId}`;
    return (
      <li key={key} className={styles.item} data-kind={item.kind}>
        <Avatar name={person?.name ?? '?'} size={32} />
        <div className={styles.itemText}>
          <p className={styles.what}>{text}</p>
          {item.kind === 'check_in' ? (
            <p className={styles.due}>{lastTalkedText(item, lookups, today, language, t)}</p>
          ) : (
            <p className={item.overdue ? styles.overdue : styles.due}>
              {item.overdue ? <AlertIcon /> : <ClockIcon />}
              {item.overdue ? `${t('today.overdue')} · ` : `${t('today.due')} `}
              <RelativeDate date={item.dueOn} />
            </p>
          )}
        </div>
        <div className={styles.actions}>
          {canTickDueItem(item) ? <TickButton item={item} what={text} /> : null}
          {isSnoozable(item) ? <SnoozeControl item={item} what={text} /> : null}
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
        </div>
      </li>
    );
  };

  return (
    <>
      <ViewHeader title={t('nav.today')} subtitle={total + benchTasks > 0 ? t('today.subtitle') : undefined} />
      {newUser ? (
        <NextStepEmptyState title={t('empty.todayNewTitle')} body={t('empty.todayNewBody')} onLink={() => setCreating(true)} />
      ) : total === 0 && benchTasks === 0 ? (
        <EmptyState title={t('empty.todayTitle')} body={t('empty.todayBody')} />
      ) : (
        <div className={styles.groups}>
          <BenchTasks />
          {TODAY_GROUPS.filter((group) => groups[group].length > 0).map((group) => (
            <section key={group} className={styles.group} data-group={group} aria-labelledby={`today-${group}`}>
              <h2 id={`today-${group}`} className={styles.groupHeading}>
                {group === 'overdue' ? <AlertIcon /> : null}
                {t(`today.groups.${group}`)}
                <span className={styles.groupCount}>{t('today.groupCount', { count: groups[group].length })}</span>
              </h2>
              <ul className={styles.list}>{groups[group].slice(0, limits[group]).map(row)}</ul>
              <ShowMoreButton
                remaining={groups[group].length - limits[group]}
                step={ROW_WINDOW}
                onShowMore={() => setLimits((current) => ({ ...current, [group]: current[group] + ROW_WINDOW }))}
              />
            </section>
          ))}
        </div>
      )}
      {creating ? (
        <NewRequestDialog onClose={() => setCreating(false)} onCreated={(requestId) => setOpened({ kind: 'card', requestId })} />
      ) : null}
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
