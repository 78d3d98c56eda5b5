import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLate } from '../../../shared/due';
import { Avatar } from '../../components/Avatar';
import { RelativeDate } from '../../components/RelativeDate';
import { AlertIcon, ClockIcon } from '../../components/icons';
import { cardAccessibleName, type CardInfo } from './card-info';
import styles from './BoardCard.module.css';

/**
 * A card's face: who, for what, what next, and when. Also drawn under the pointer while dragging.
 * Memoised apart from the card: every drag step re-renders each sortable card, and the face
 * (with its dates) only needs drawing when its words change.
 */
export const CardFace = memo(function CardFace({ info }: { info: CardInfo }) {
  const { t } = useTranslation();
  const { due, person } = info;
  return (
    <>
      <span className={styles.cardHead}>
        <Avatar name={info.name} size={28} />
        <span className={styles.cardName} title={info.name}>
          {info.name}
        </span>
      </span>
      <span className={styles.cardApp} title={info.applicationLabel}>
        {info.applicationLabel}
      </span>
      <span className={styles.cardAction}>
        <ArrowIcon />
        {info.action}
      </span>
      <span className={styles.cardMeta}>
        {due ? (
          isLate(due) ? (
            <span className={styles.overdue}>
              <AlertIcon />
              {t('board.overdue')} · <RelativeDate date={due.dueOn} />
            </span>
          ) : (
            <span className={styles.due}>
              <ClockIcon />
              {t('board.due')} <RelativeDate date={due.dueOn} />
            </span>
          )
        ) : null}
        <span className={styles.lastContact}>
          {person?.lastContactedOn ? (
            <>
              {t('board.lastContact')} <RelativeDate date={person.lastContactedOn} />
            </>
          ) : (
            t('board.neverContacted')
          )}
        </span>
      </span>
    </>
  );
});

interface RequestCardProps {
  info: CardInfo;
  onOpen: (requestId: string) => void;
  draggable: boolean;
}

/**
 * Memoised: `info` keeps its object while nothing on the card changed, so moving or editing
 * one card re-renders that card, not the whole board.
 */
export const RequestCard = memo(function RequestCard({ info, onOpen, draggable }: RequestCardProps) {
  const { t } = useTranslation();
  const id = info.request.id;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled: !draggable,
  });
  // The whole card follows the pointer, but only the handle lifts it by keyboard, so Enter
  // and Space on the card itself still open the detail.
  const { onKeyDown, ...pointerListeners } = (listeners ?? {}) as Record<string, (event: unknown) => void>;
  const label = useMemo(() => cardAccessibleName(info, t), [info, t]);
  return (
    <li
      ref={setNodeRef}
      className={`${styles.card} ${isDragging ? styles.dragging : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-label={label}
      data-request-id={id}
      {...pointerListeners}
    >
      <button type="button" className={styles.cardOpen} onClick={() => onOpen(id)}>
        <CardFace info={info} />
      </button>
      {draggable ? (
        <button
          type="button"
          ref={setActivatorNodeRef}
          className={styles.handle}
          {...attributes}
          onKeyDown={onKeyDown}
          aria-label={t('board.dragHandle', { name: info.name })}
        >
          <GripIcon />
        </button>
      ) : null}
    </li>
  );
});

function GripIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      {[4, 8, 12].flatMap((y) => [6, 10].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.3" fill="currentColor" />))}
    </svg>
  );
}

function ArrowIcon() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
      <path d="M3 8h9M8.5 4.5 12 8l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
