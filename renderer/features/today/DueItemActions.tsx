// The buttons of one Today item that act on it in place: tick it off, or put it off to a day.
import { useEffect, useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/dates';
import type { DueItem } from '../../../shared/due';
import type { SnoozableKind } from '../../../shared/schema/request';
import { api, ApiError } from '../../api';
import { TextField } from '../../components/fields';
import { describeError } from '../../components/describe-error';
import { useMutation } from '../../components/use-mutation';
import { currentDocument, useLanguage, useToday } from '../../state/app-state';
import { fullDate } from '../../../shared/format';
import { tickDueItem } from './today-actions';
import styles from './Today.module.css';

const NOT_LATER = 'date_not_after_today';

function failureText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.issues.some((issue) => issue.code === NOT_LATER)) return t('today.snoozeNotLater');
  return describeError(error, t);
}

export function TickButton({ item, what }: { item: DueItem; what: string }) {
  const { t } = useTranslation();
  const today = useToday();
  // Once ticked, the item leaves Today; the button stays disabled until it has gone.
  const [done, setDone] = useState(false);
  const { run: tick, busy } = useMutation(() => tickDueItem(item, currentDocument(), today), {
    success: () => t('today.ticked', { what }),
    onSuccess: () => setDone(true),
    explain: (error) => failureText(t, error),
  });
  return (
    <button type="button" className="button" disabled={busy || done} aria-label={t('today.tickFor', { what })} onClick={() => void tick()}>
      {t('today.tick')}
    </button>
  );
}

/** "Snooze…" opens a date right in the row; the item comes back on that day. */
export function SnoozeControl({ item, what }: { item: DueItem & { kind: SnoozableKind }; what: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useToday();
  const [open, setOpen] = useState(false);
  const [until, setUntil] = useState(() => addDays(today, 1));
  const snooze = useMutation(() => api.requests.snooze({ requestId: item.requestId as string, kind: item.kind, until }), {
    failure: 'inline',
    success: () => t('today.snoozed', { what, date: fullDate(until, language) }),
    explain: (error) => failureText(t, error),
  });
  const failure = snooze.error;
  const opener = useRef<HTMLButtonElement>(null);
  const groupId = useId();
  const wasOpen = useRef(false);
  useEffect(() => {
    // Back on the button that opened the date when the row closes it.
    if (!open && wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button ref={opener} type="button" className="button button-ghost" aria-label={t('today.snoozeFor', { what })} onClick={() => setOpen(true)}>
        {t('today.snooze')}
      </button>
    );
  }
  const save = () => snooze.run();
  return (
    <div
      className={styles.snooze}
      role="group"
      aria-labelledby={`${groupId}-label`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // Closes the row's date, not the view around it.
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <span id={`${groupId}-label`} className="visually-hidden">
        {t('today.snoozeFor', { what })}
      </span>
      <TextField
        label={t('today.snoozeUntil')}
        type="date"
        min={addDays(today, 1)}
        value={until}
        error={failure ?? undefined}
        autoFocus
        onChange={(event) => setUntil(event.target.value)}
      />
      <button type="button" className="button button-primary" disabled={until === ''} onClick={() => void save()}>
        {t('today.snoozeSave')}
      </button>
      <button type="button" className="button button-ghost" onClick={() => setOpen(false)}>
        {t('today.snoozeCancel')}
      </button>
    </div>
  );
}
