// How many employer calls in 30 days make the bench suggest giving a person a rest. A
// choice from the allowed range, saved as soon as it changes, like the other settings.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALL_THRESHOLD_LIMITS } from '../../../shared/schema/settings';
import { useMutation } from '../../components/use-mutation';
import { saveCallThreshold } from '../../components/bench/bench-actions';
import styles from './CallThresholdSetting.module.css';

const CHOICES = Array.from({ length: CALL_THRESHOLD_LIMITS.max - CALL_THRESHOLD_LIMITS.min + 1 }, (_, index) => CALL_THRESHOLD_LIMITS.min + index);

export function CallThresholdSetting({ value, disabled }: { value: number | undefined; disabled: boolean }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const current = value ?? CALL_THRESHOLD_LIMITS.default;
  const { run: save, error } = useMutation((next: number) => saveCallThreshold(next), {
    failure: 'inline',
    onSuccess: (_result, next) => setSaved(t('bench.threshold.saved', { count: next })),
  });
  const status = error !== null ? { kind: 'error' as const, text: error } : saved !== null ? { kind: 'ok' as const, text: saved } : null;
  const change = async (next: number) => {
    setSaved(null);
    await save(next);
  };

  return (
    <section className={`card ${styles.section}`} aria-labelledby="settings-checks">
      <h2 id="settings-checks">{t('bench.threshold.section')}</h2>
      <div className="field">
        <label htmlFor="settings-call-threshold">{t('bench.threshold.label')}</label>
        <select
          id="settings-call-threshold"
          className={`select ${styles.select}`}
          aria-describedby="settings-call-threshold-hint"
          value={current}
          disabled={disabled}
          onChange={(event) => void change(Number(event.target.value))}
        >
          {CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
        <span id="settings-call-threshold-hint" className="field-hint">
          {t('bench.threshold.hint')}
        </span>
      </div>
      <p role="status" className={`${styles.status} ${status?.kind === 'error' ? 'field-error' : styles.saved}`}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
