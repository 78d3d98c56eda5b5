import { closestCorners, DndContext, DragOverlay } from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeDueItems } from '../../../shared/due';
import type { View } from '../../../shared/ipc/channels';
import { STAGES, type Stage } from '../../../shared/schema';
import { useAppDialogs } from '../../app/app-dialogs';
import { useViewCommand } from '../../app/commands';
import { EmptyState } from '../../components/EmptyState';
import { ViewHeader } from '../../components/ViewHeader';
import { useDocument, useLanguage, useToday } from '../../state/app-state';
import { BoardColumn } from './BoardColumn';
import { BoardFiltersBar } from './BoardFiltersBar';
import { buildColumns, compareByPosition, dueOfRequest, filtersActive, matchesFilters, NO_FILTERS, type BoardFilters } from './board-model';
import { cardInfo, type CardInfo } from './card-info';
import { CardDetail } from './CardDetail';
import { NewRequestDialog } from './NewRequestDialog';
import { CardFace } from './RequestCard';
import { useBoardDrag } from './useBoardDrag';
import styles from './Board.module.css';

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
  const searchRef = useRef<HTMLInputElement>(null);

  useViewCommand('find', () => searchRef.current?.focus());
  useViewCommand('create', () => setCreating(true));

  const cards = useMemo(() => {
    const due = computeDueItems(document, today);
    const all = new Map<string, CardInfo>();
    for (const request of document.requests) {
      const info = cardInfo(request, document, today, language, dueOfRequest(due, request.id), t);
      if (matchesFilters(request, info.person, info.application, filters)) all.set(request.id, info);
    }
    return all;
  }, [document, today, language, filters, t]);

  const visibleRequests = [...cards.values()].map((info) => info.request);
  const baseColumns = buildColumns(visibleRequests);
  const drag = useBoardDrag(document, baseColumns);
  const declined = visibleRequests.filter((request) => request.closed === 'declined').sort(compareByPosition);
  const activeCard = drag.activeId ? cards.get(drag.activeId) : undefined;

  const header = (
    <ViewHeader
      title={t('nav.board')}
      subtitle={t('board.subtitle')}
      actions={
        document.references.length > 0 ? (
          <>
            {document.requests.some((request) => request.stage === 'thanks' && request.closed === null) ? (
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
        <EmptyState
          title={t('empty.boardTitle')}
          body={t('empty.boardBody')}
          action={
            <button type="button" className="button button-primary" onClick={() => onNavigate('people')}>
              {t('empty.boardAction')}
            </button>
          }
        />
        {creating ? <NewRequestDialog onClose={() => setCreating(false)} onNavigate={onNavigate} /> : null}
      </>
    );
  }

  const columnCards = (stage: Stage): CardInfo[] =>
    drag.columns[stage].map((id) => cards.get(id)).filter((info): info is CardInfo => info !== undefined);

  return (
    <>
      {header}
      <BoardFiltersBar
        ref={searchRef}
        filters={filters}
        onChange={setFilters}
        showDeclined={showDeclined}
        onShowDeclined={setShowDeclined}
        declinedCount={document.requests.filter((request) => request.closed === 'declined').length}
      />
      {filtersActive(filters) && cards.size === 0 ? (
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
        <div className={styles.board}>
          {STAGES.map((stage) => (
            <BoardColumn key={stage} stage={stage} cards={columnCards(stage)} onOpen={setOpenId} />
          ))}
          {showDeclined ? (
            <BoardColumn
              stage="declined"
              cards={declined.map((request) => cards.get(request.id)).filter((info): info is CardInfo => info !== undefined)}
              onOpen={setOpenId}
            />
          ) : null}
        </div>
        <DragOverlay dropAnimation={null}>
          {activeCard ? (
            <div className={`${styles.card} ${styles.overlay}`} data-stage={activeCard.request.stage}>
              <div className={styles.cardOpen}>
                <CardFace info={activeCard} />
              </div>
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {openId ? <CardDetail requestId={openId} onClose={() => setOpenId(null)} /> : null}
      {creating ? <NewRequestDialog onClose={() => setCreating(false)} onNavigate={onNavigate} onCreated={setOpenId} /> : null}
    </>
  );
}
