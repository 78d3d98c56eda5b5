import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../shared/schema/request';
import { columnDropId } from './board-model';
import type { CardInfo } from './card-info';
import { RequestCard } from './RequestCard';
import { ShowMoreButton } from '../../components/ShowMoreButton';
import { CARD_WINDOW, FIRST_PAINT_CARDS, windowOf } from '../../components/show-more';
import styles from './Board.module.css';

interface BoardColumnProps {
  stage: Stage | 'declined';
  /** Every card of the column that the filters let through, in board order. */
  ids: readonly string[];
  /** How many of them are rendered; the rest wait behind "Show more". */
  limit: number;
  /** The card being dragged, rendered even when it sits below the window. */
  activeId: string | null;
  cardOf: (id: string) => CardInfo | undefined;
  onOpen: (requestId: string) => void;
  onShowMore: (stage: Stage | 'declined') => void;
}

/** One step of the board: a labelled region holding a list of cards. */
export function BoardColumn({ stage, ids, limit, activeId, cardOf, onOpen, onShowMore }: BoardColumnProps) {
  const { t } = useTranslation();
  const headingId = `column-${stage}`;
  const name = t(`records.stage.${stage}`);
  const draggable = stage !== 'declined';
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stage as Stage), disabled: !draggable });
  // The cards in sight come first; the rest of the window follows in a render React may
  // interrupt, so opening the board never blocks input for long.
  const renderLimit = useDeferredValue(limit, Math.min(limit, FIRST_PAINT_CARDS));
  const shownIds = useSameIds(windowOf(ids, renderLimit, activeId));
  const cards = shownIds.map(cardOf).filter((info): info is CardInfo => info !== undefined);
  const remaining = ids.length - Math.max(shownIds.length, Math.min(limit, ids.length));
  return (
    <section className={styles.column} data-stage={stage} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.columnHeading}>
        <span className={styles.stageDot} aria-hidden="true" />
        <span>{name}</span>
        <span className={styles.count} aria-hidden="true">
          {ids.length}
        </span>
      </h2>
      {stage === 'declined' ? <p className={styles.columnHint}>{t('board.declinedHint')}</p> : null}
      <SortableContext id={stage} items={shownIds} strategy={verticalListSortingStrategy}>
        <ul
          ref={setNodeRef}
          className={`${styles.cards} ${isOver ? styles.over : ''}`}
          aria-label={t('board.columnLabel', { stage: name, count: ids.length })}
        >
          {cards.map((card) => (
            <RequestCard key={card.request.id} info={card} onOpen={onOpen} draggable={draggable} />
          ))}
          {ids.length === 0 ? (
            <li className={styles.columnEmpty} aria-hidden="true">
              {t('board.columnEmpty')}
            </li>
          ) : null}
        </ul>
      </SortableContext>
      <ShowMoreButton variant="tile" remaining={remaining} step={CARD_WINDOW} onShowMore={() => onShowMore(stage)} />
    </section>
  );
}

/**
 * The previous array while it holds the same ids: a new `items` array makes every sortable
 * card of the column re-render, and most document changes leave a column's window as it was.
 */
function useSameIds(ids: string[]): string[] {
  const [previous, setPrevious] = useState(ids);
  const same = previous.length === ids.length && previous.every((id, index) => ids[index] === id);
  if (same) return previous;
  // Remembering the new ids while rendering is React's way to keep a value from the last
  // render: React re-runs this component at once, before any card renders.
  setPrevious(ids);
  return ids;
}
