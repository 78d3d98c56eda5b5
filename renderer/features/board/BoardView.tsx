import { closestCorners, DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { View } from '../../../shared/ipc/channels';
import { STAGES } from '../../../shared/schema/constants';
import type { Stage } from '../../../shared/schema/request';
import { useAppDialogs } from '../../app/app-dialogs';
import { useViewCommand } from '../../app/commands';
import { NextStepEmptyState, useOpenNextStep } from '../../app/next-step';
import { ViewHeader } from '../../components/ViewHeader';
import { useScrollCue } from '../../components/scroll-cue';
import { useDocument, useLanguage, useToday } from '../../state/app-state';
import { dueItemsOf } from '../../../shared/due-items';
import { BoardColumn } from './BoardColumn';
import { BoardFiltersBar } from './BoardFiltersBar';
import { boardIndexOf, dueByRequest, filterBoard } from './board-index';
import { filtersActive, NO_FILTERS, type BoardFilters } from './board-model';
import { createCardInfoCache } from './card-info';
import { CardDetail, NewRequestDialog } from './lazy-dialogs';
import { CardFace } from './RequestCard';
import { CARD_WINDOW } from '../../components/show-more';
import { useBoardDrag } from './useBoardDrag';
import styles from './Board.module.css';
import cardStyles from './BoardCard.module.css';

type ColumnKey = Stage | 'declined';
const FIRST_WINDOW: Record<ColumnKey, number> = { reconnect: CARD_WINDOW, prep: CARD_WINDOW, thanks: CARD_WINDOW, done: CARD_WINDOW, declined: CARD_WINDOW };

export function BoardView({ onNavigate }: { onNavigate: (view: View) => void }) {
  const { t } = useTranslation();
  const { openNotePrompts } = useAppDialogs();
  const document = useDocument();
  const language = useLanguage();
  const today = useToday();
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  const [showDeclined, setShowDeclined] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [limits, setLimits] = useState(FIRST_WINDOW);
  const searchRef = useRef<HTMLInputElement>(null);
  const boardRef = useScrollCue<HTMLDivElement>();

  useViewCommand('find', () => searchRef.current?.focus());
  const openNextStep = useOpenNextStep(() => setCreating(true));
  // Ctrl/Cmd+N makes a new request; before the first one it opens the form of the next step.
  useViewCommand('create', () => (document.requests.length === 0 ? openNextStep() : setCreating(true)));

  // Everything below is worked out once per saved document (and filter change), then each
  // card reads what it needs from maps; only the cards in view get their words.
  const index = boardIndexOf(document);
  const filtered = useMemo(() => filterBoard(index, filters), [index, filters]);
  // What is due trails a change by a frame: working it out takes tens of ms at a heavy
  // user's scale, and the moved card should land before that.
  const dueDocument = useDeferredValue(document);
  const due = useMemo(() => dueByRequest(dueItemsOf(dueDocument, today)), [dueDocument, today]);
  const [cardInfoOf] = useState(createCardInfoCache);
  const cardOf = (id: string) => cardInfoOf(id, index, due, today, language, t);

  const showMore = useCallback((key: ColumnKey) => {
    setLimits((current) => ({ ...current, [key]: current[key] + CARD_WINDOW }));
  }, []);
  const reveal = useCallback((stage: Stage, count: number) => {
    setLimits((current) => ({ ...current, [stage]: Math.max(current[stage], count) }));
  }, []);
  const drag = useBoardDrag(index, filtered.columns, { limitOf: (stage) => limits[stage], onReveal: reveal });
  const activeCard = drag.activeId ? cardOf(drag.activeId) : undefined;

  const header = (
    <ViewHeader
      title={t('nav.board')}
      subtitle={t('board.subtitle')}
      actions={
        document.references.length > 0 ? (
          <>
            {index.openThanks > 0 ? (
              <button type="button" className="button" onClick={() => openNotePrompts()}>
                {t('board.notePrompts')}
              </button>
            ) : null}
            <button type="button" className="button button-primary" onClick={() => setCreating(true)} aria-keyshortcuts="Control+N">
              {t('board.newRequest')}
            </button>
          </>
        ) : null
      }
    />
  );

  if (document.requests.length === 0) {
    return (
      <>
        {header}
        <NextStepEmptyState
          onLink={() => setCreating(true)}
          extra={
            document.profile.name.trim() === '' ? (
              // Sheets and drafts carry the candidate's name; a new user rarely thinks of it.
              <button type="button" className="button button-ghost" onClick={() => onNavigate('settings')}>
                {t('empty.profileAction')}
              </button>
            ) : null
          }
        />
        {creating ? <NewRequestDialog onClose={() => setCreating(false)} onCreated={setOpenId} /> : null}
      </>
    );
  }

  return (
    <>
      {header}
      <BoardFiltersBar
        ref={searchRef}
        filters={filters}
        onChange={setFilters}
        showDeclined={showDeclined}
        onShowDeclined={setShowDeclined}
        declinedCount={index.declined.length}
      />
      {filtersActive(filters) && filtered.matching === 0 ? (
        <p className={styles.filteredEmpty} role="status">
          {t('board.emptyFiltered')}
        </p>
      ) : null}
      <DndContext
        sensors={drag.sensors}
        collisionDetection={closestCorners}
        accessibility={{ announcements: drag.announcements, screenReaderInstructions: drag.screenReaderInstructions }}
        {...drag.handlers}
      >
        <div className={styles.boardFrame}>
          <div ref={boardRef} className={styles.board} aria-busy={drag.busy || undefined}>
            {STAGES.map((stage) => (
              <BoardColumn
                key={stage}
                stage={stage}
                ids={drag.columns[stage]}
                limit={limits[stage]}
                activeId={drag.activeId}
                cardOf={cardOf}
                onOpen={setOpenId}
                onShowMore={showMore}
              />
            ))}
            {showDeclined ? (
              <BoardColumn
                stage="declined"
                ids={filtered.declined}
                limit={limits.declined}
                activeId={null}
                cardOf={cardOf}
                onOpen={setOpenId}
                onShowMore={showMore}
              />
            ) : null}
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {activeCard ? (
            <div className={`${cardStyles.card} ${cardStyles.overlay}`} data-stage={activeCard.request.stage}>
              <div className={cardStyles.cardOpen}>
                <CardFace info={activeCard} />
              </div>
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {openId ? <CardDetail requestId={openId} onClose={() => setOpenId(null)} /> : null}
      {creating ? <NewRequestDialog onClose={() => setCreating(false)} onCreated={setOpenId} /> : null}
    </>
  );
}
