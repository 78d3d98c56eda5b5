// Reminders while the app runs: on or off, and the time of the daily summary. Saved as
// soon as either changes, like the other settings; main reschedules on the saved change.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REMINDERS, type ReminderSettings } from '../../../shared/schema/settings';
import { api } from '../../api';
import { useMutation } from '../../components/use-mutation';
import styles from './ReminderSetting.module.css';

/** Every quarter hour: a list to pick from reads the same in every language, unlike a time input. */
const QUARTER_HOURS = Array.from({ length: 96 }, (_, index) => {
  const hours = String(Math.floor(index / 4)).padStart(2, '0');
  const minutes = String((index % 4) * 15).padStart(2, '0');
  return `${hours}:${minutes}`;
});

export function ReminderSetting({ value, disabled }: { value: ReminderSettings | undefined; disabled: boolean }) {
  const { t } = useTranslation();
  const current = value ?? DEFAULT_REMINDERS;
  const [saved, setSaved] = useState<string | null>(null);
  const { run: save, error } = useMutation((reminders: ReminderSettings) => api.settings.update({ reminders }), {
    failure: 'inline',
    onSuccess: (_result, next) => setSaved(next.enabled ? t('reminders.savedOn', { time: next.time }) : t('reminders.savedOff')),
  });
  const change = async (next: ReminderSettings) => {
    setSaved(null);
    await save(next);
  };
  // A time saved by hand in the file, off the quarter hours, still shows as chosen.
  const times = QUARTER_HOURS.includes(current.time) ? QUARTER_HOURS : [...QUARTER_HOURS, current.time].sort();
  const status = error !== null ? { kind: 'error' as const, text: error } : saved !== null ? { kind: 'ok' as const, text: saved } : null;

  return (
    <section className={`card ${styles.section}`} aria-labelledby="settings-reminders">
      <h2 id="settings-reminders">{t('reminders.section')}</h2>
      <label className={styles.switchRow}>
        <input
          type="checkbox"
          role="switch"
          className={styles.switch}
          checked={current.enabled}
          disabled={disabled}
          aria-describedby="settings-reminders-hint"
          onChange={(event) => void change({ ...current, enabled: event.target.checked })}
        />
        {t('reminders.enabled')}
      </label>
      <div className="field">
        <label htmlFor="settings-reminder-time">{t('reminders.time')}</label>
        <select
          id="settings-reminder-time"
          className={`select ${styles.select}`}
          value={current.time}
          disabled={disabled || !current.enabled}
          onChange={(event) => void change({ ...current, time: event.target.value })}
        >
          {times.map((time) => (
            <option key={time} value={time}>
              {time}
            </option>
          ))}
        </select>
      </div>
      <p id="settings-reminders-hint" className="field-hint">
        {t('reminders.hint')}
      </p>
      <p role="status" className={`${styles.status} ${status?.kind === 'error' ? 'field-error' : styles.saved}`}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
