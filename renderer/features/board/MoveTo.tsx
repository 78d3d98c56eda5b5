// "Move to" on a card: any other step, the next one offered first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from '../../../shared/schema/request';
import { defaultMoveTarget } from '../../../shared/stages';
import { describeError } from '../../components/describe-error';
import { useMutation } from '../../components/use-mutation';
import styles from './CardDetail.module.css';

export function MoveTo({ stage, disabled, onMove }: { stage: Stage; disabled: boolean; onMove: (stage: Stage) => Promise<unknown> }) {
  const { t } = useTranslation();
  const others = STAGES.filter((candidate) => candidate !== stage);
  // Null until the user picks: the default is the next step, and follows the card as it moves.
  const [target, setTarget] = useState<Stage | null>(null);
  const chosen = target !== null && others.includes(target) ? target : defaultMoveTarget(stage);
  const { run: move, busy } = useMutation(onMove, {
    success: (_moved, to) => t('board.moved', { stage: t(`records.stage.${to}`) }),
    explain: (error) => t('board.moveFailed', { reason: describeError(error, t) }),
  });
  return (
    <section className={styles.section} aria-labelledby="detail-move">
      <h3 id="detail-move">{t('board.detail.moveTo')}</h3>
      <div className={styles.moveRow}>
        <label htmlFor="detail-move-select" className="visually-hidden">
          {t('board.detail.moveTo')}
        </label>
        <select
          id="detail-move-select"
          className="select"
          value={chosen}
          disabled={disabled}
          onChange={(event) => setTarget(event.target.value as Stage)}
        >
          {others.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`records.stage.${candidate}`)}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={disabled || busy} onClick={() => void move(chosen)}>
          {t('board.detail.moveButton')}
        </button>
      </div>
    </section>
  );
}
