import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../shared/schema';
import { columnDropId } from './board-model';
import type { CardInfo } from './card-info';
import { RequestCard } from './RequestCard';
import styles from './Board.module.css';

interface BoardColumnProps {
  stage: Stage | 'declined';
  cards: CardInfo[];
  onOpen: (requestId: string) => void;
}

/** One step of the board: a labelled region holding a list of cards. */
export function BoardColumn({ stage, cards, onOpen }: BoardColumnProps) {
  const { t } = useTranslation();
  const headingId = `column-${stage}`;
  const name = t(`records.stage.${stage}`);
  const draggable = stage !== 'declined';
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stage as Stage), disabled: !draggable });
  const ids = cards.map((card) => card.request.id);
  return (
    <section className={styles.column} data-stage={stage} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.columnHeading}>
        <span className={styles.stageDot} aria-hidden="true" />
        <span>{name}</span>
        <span className={styles.count} aria-hidden="true">
          {cards.length}
        </span>
      </h2>
      {stage === 'declined' ? <p className={styles.columnHint}>{t('board.declinedHint')}</p> : null}
      <SortableContext id={stage} items={ids} strategy={verticalListSortingStrategy}>
        <ul
          ref={setNodeRef}
          className={`${styles.cards} ${isOver ? styles.over : ''}`}
          aria-label={t('board.columnLabel', { stage: name, count: cards.length })}
        >
          {cards.map((card) => (
            <RequestCard key={card.request.id} info={card} onOpen={onOpen} draggable={draggable} />
          ))}
          {cards.length === 0 ? (
            <li className={styles.columnEmpty} aria-hidden="true">
              {t('board.columnEmpty')}
            </li>
          ) : null}
        </ul>
      </SortableContext>
    </section>
  );
}
