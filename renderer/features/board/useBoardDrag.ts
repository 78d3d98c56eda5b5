// Drag and drop across the board's columns, by pointer or keyboard. While a card is
// dragged the columns live here; on drop the move is saved and main's document wins.
import {
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceRequest, Stage } from '../../../shared/schema/request';
import { api } from '../../api';
import { useMutation } from '../../components/use-mutation';
import { describeError } from '../../components/describe-error';
import type { BoardIndex } from './board-index';
import { columnOf, moveAcross, moveWithin, placementOf, stageOfDropId, type Columns } from './board-model';

// Constant, so the sensors keep their identity across renders: new sensor options make the
// drag library hand every card new activators, and every card re-renders.
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };

interface BoardDragOptions {
  /** How many cards each column renders; the rest wait behind "Show more". */
  limitOf: (stage: Stage) => number;
  /** Called when a drop lands below a column's window, so the card stays in view. */
  onReveal: (stage: Stage, count: number) => void;
}

export function useBoardDrag(index: BoardIndex, visibleColumns: Columns, { limitOf, onReveal }: BoardDragOptions) {
  const { t } = useTranslation();
  const [dragColumns, setDragColumns] = useState<Columns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const latest = useRef<Columns>(visibleColumns);
  const columns = dragColumns ?? visibleColumns;
  // The drag callbacks read the columns as last rendered; refreshed as each render commits.
  useLayoutEffect(() => {
    latest.current = columns;
  });

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));

  const { requests } = index;
  const nameOf = (id: UniqueIdentifier): string => {
    const request = requests.get(String(id));
    return (request && index.people.get(request.referenceId)?.name) ?? '';
  };
  const placeOf = (id: UniqueIdentifier): string | null => {
    const stage = columnOf(latest.current, String(id));
    if (!stage) return null;
    const ids = latest.current[stage];
    const index = ids.indexOf(String(id));
    const stageName = t(`records.stage.${stage}`);
    return index >= 0 ? `${stageName}, ${index + 1} / ${ids.length}` : stageName;
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('board.announce.lifted', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('board.announce.over', { name: nameOf(active.id), place: placeOf(active.id) ?? placeOf(over.id) })
        : t('board.announce.nowhere', { name: nameOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('board.announce.dropped', { name: nameOf(active.id), place: placeOf(active.id) ?? placeOf(over.id) })
        : t('board.announce.cancelled', { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('board.announce.cancelled', { name: nameOf(active.id) }),
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
    setDragColumns(visibleColumns);
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    setDragColumns((current) => {
      const columns = current ?? visibleColumns;
      return moveAcross(columns, String(active.id), windowedTarget(columns, String(over.id), limitOf));
    });
  };

  const finish = () => {
    setActiveId(null);
    setDragColumns(null);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const id = String(active.id);
    const original = requests.get(id);
    if (!over || !original) {
      finish();
      return;
    }
    const dropped = moveWithin(latest.current, id, String(over.id));
    setDragColumns(dropped);
    setActiveId(null);
    if (!changedPlace(original, dropped, visibleColumns)) {
      finish();
      return;
    }
    const placement = placementOf(dropped, id, { get: (other) => requests.get(other)?.position });
    if (!placement) {
      finish();
      return;
    }
    const landedAt = dropped[placement.stage].indexOf(id);
    if (landedAt >= limitOf(placement.stage)) onReveal(placement.stage, landedAt + 1);
    void saveMove(id, placement.stage, placement.position, original.stage).finally(finish);
  };

  // The api applies main's answer to the window's document itself.
  const { run: saveMove } = useMutation(
    (requestId: string, stage: Stage, position: number, _from: Stage) => api.requests.move({ requestId, stage, position }),
    {
      success: (_moved, _id, stage, _position, from) => (stage !== from ? t('board.moved', { stage: t(`records.stage.${stage}`) }) : null),
      explain: (error) => t('board.moveFailed', { reason: describeError(error, t) }),
    },
  );

  return {
    columns,
    activeId,
    /**
     * True while the board shows a layout of its own (a card being dragged, or dropped and
     * not yet answered by main); false once every card shows what main saved.
     */
    busy: dragColumns !== null,
    sensors,
    announcements,
    screenReaderInstructions: { draggable: t('board.dragInstructions') },
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel: finish },
  };
}

/**
 * A column that shows only its first cards ends, for the eye, at its last shown card: a card
 * let go over the column itself lands there rather than after thousands of hidden ones.
 */
function windowedTarget(columns: Columns, overId: string, limitOf: (stage: Stage) => number): string {
  const stage = stageOfDropId(overId);
  if (!stage) return overId;
  return columns[stage][limitOf(stage)] ?? overId;
}

function changedPlace(original: ReferenceRequest, after: Columns, before: Columns): boolean {
  const stage = columnOf(after, original.id);
  if (stage !== original.stage) return true;
  const oldIds = before[original.stage];
  const newIds = after[original.stage];
  return oldIds.indexOf(original.id) !== newIds.indexOf(original.id) || oldIds.length !== newIds.length;
}

/** Saves a "Move to…" choice from the detail: the card goes to the end of that column. */
export async function moveToStage(requestId: string, stage: Stage, position: number): Promise<void> {
  await api.requests.move({ requestId, stage, position });
}
