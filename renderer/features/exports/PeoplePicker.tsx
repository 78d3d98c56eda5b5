// The ordered list of people for a sheet: a checkbox each, and Up/Down buttons that work
// from the keyboard and keep focus on the person being moved.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reference } from '../../../shared/schema/person';
import styles from './PeoplePicker.module.css';
import { moveId } from './sheet-people';

interface PeoplePickerProps {
  order: string[];
  people: ReadonlyMap<string, Reference>;
  picked: ReadonlySet<string>;
  linked: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  onReorder: (order: string[]) => void;
  /** A line under a person (why they rank there, warnings), given the id to describe the checkbox with. */
  renderNote?: (id: string, noteId: string) => ReactNode;
}

export function PeoplePicker({ order, people, picked, linked, onToggle, onReorder, renderNote }: PeoplePickerProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  // After a move the pressed button may now be at an end and disabled; focus then goes
  // to the other arrow of the same person so the keyboard user keeps their place.
  const pendingFocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || !list.current) return;
    pendingFocus.current = null;
    const find = (direction: string) =>
      // Ids are [A-Za-z0-9_-] (idSchema), safe inside an attribute selector.
      list.current?.querySelector<HTMLButtonElement>(`button[data-person="${pending.id}"][data-direction="${direction}"]`);
    const same = find(pending.direction);
    const target = same && !same.disabled ? same : find(pending.direction === 'up' ? 'down' : 'up');
    target?.focus();
  }, [order]);

  const move = (id: string, direction: 'up' | 'down') => {
    pendingFocus.current = { id, direction };
    onReorder(moveId(order, id, direction === 'up' ? -1 : 1));
  };

  // Each picked person's place on the sheet, counted in the order shown.
  const positions = new Map(order.filter((id) => picked.has(id)).map((id, index) => [id, index + 1]));
  return (
    <fieldset className={styles.pickerFieldset}>
      <legend className="field-label">{t('exports.sheet.people')}</legend>
      <ol ref={list} className={styles.picker}>
        {order.map((id, index) => {
          const person = people.get(id)!;
          const isPicked = picked.has(id);
          const detailsId = `sheet-person-${id}-details`;
          const tagsId = `sheet-person-${id}-tags`;
          const details = [person.currentTitle, person.organisation].filter(Boolean).join(', ');
          const noteId = `sheet-person-${id}-fit`;
          const note = renderNote?.(id, noteId) ?? null;
          return (
            <li key={id} className={`${styles.pickerRow} ${isPicked ? styles.pickedRow : ''}`}>
              <span className={styles.positionBadge} aria-hidden="true">
                {isPicked ? positions.get(id) : ''}
              </span>
              <label className={styles.pickerLabel}>
                <input
                  type="checkbox"
                  checked={isPicked}
                  aria-describedby={[details ? detailsId : '', tagsId, note ? noteId : ''].filter(Boolean).join(' ')}
                  onChange={(event) => onToggle(id, event.target.checked)}
                />
                <span className={styles.pickerName}>{person.name}</span>
              </label>
              <span id={tagsId} className={styles.tags}>
                <span className={person.consent.status === 'agreed' ? styles.tagAgreed : styles.tag}>
                  {t(`records.consent.${person.consent.status}`)}
                </span>
                {linked.has(id) ? <span className={styles.tag}>{t('exports.sheet.linked')}</span> : null}
              </span>
              {details ? (
                <span id={detailsId} className={styles.pickerDetails}>
                  {details}
                </span>
              ) : null}
              {note}
              <span className={styles.moveButtons}>
                <button
                  type="button"
                  className={`button button-ghost ${styles.iconButton}`}
                  data-person={id}
                  data-direction="up"
                  disabled={index === 0}
                  aria-label={t('exports.sheet.moveUp', { name: person.name })}
                  onClick={() => move(id, 'up')}
                >
                  <Arrow direction="up" />
                </button>
                <button
                  type="button"
                  className={`button button-ghost ${styles.iconButton}`}
                  data-person={id}
                  data-direction="down"
                  disabled={index === order.length - 1}
                  aria-label={t('exports.sheet.moveDown', { name: person.name })}
                  onClick={() => move(id, 'down')}
                >
                  <Arrow direction="down" />
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

function Arrow({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d={direction === 'up' ? 'M8 3.5 3.5 8M8 3.5 12.5 8M8 3.5V13' : 'M8 12.5 3.5 8M8 12.5 12.5 8M8 12.5V3'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}
