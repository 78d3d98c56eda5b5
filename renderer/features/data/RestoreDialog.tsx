import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '../../../shared/ipc/contract';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useMutation } from '../../components/use-mutation';
import { useLanguage } from '../../state/app-state';
import { toProblem, type Problem } from './problem';
import { ProblemNotice } from './ProblemNotice';
import { countList, outcomeSentences } from './restore-summary';
import styles from './Data.module.css';

type Mode = 'replace' | 'merge';

interface RestoreDialogProps {
  backup: BackupPreview;
  onClose: () => void;
}

/** Shows what each way of restoring would do; changes nothing until the user confirms. */
export function RestoreDialog({ backup, onClose }: RestoreDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = useId();
  // Merging removes nothing, so it is the choice a stray Enter can safely confirm.
  const [mode, setMode] = useState<Mode>('merge');
  const [problem, setProblem] = useState<Problem | null>(null);
  const { preview, fileName } = backup;
  const restore = useMutation((chosen: Mode) => api.backup.restore({ token: backup.token, mode: chosen }), {
    success: (result) =>
      result.safetyBackup ? t('restore.done', { fileName, path: result.safetyBackup }) : t('restore.doneWithoutCopy', { fileName }),
    successDuration: 8_000,
    onSuccess: onClose,
    // The dialog names what went wrong in a notice of its own.
    explain: (error) => {
      setProblem(toProblem(error, 'apply'));
      return '';
    },
  });
  const working = restore.busy;
  const holds = countList(preview.inBackup, t, language);

  const confirm = async () => {
    if (working) return;
    setProblem(null);
    await restore.run(mode);
  };

  return (
    <Dialog
      title={t('restore.title')}
      onClose={() => {
        if (!working) onClose();
      }}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={working}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-primary" onClick={() => void confirm()} aria-busy={working} disabled={working}>
            {working ? t('restore.working') : t(mode === 'replace' ? 'restore.confirmReplace' : 'restore.confirmMerge')}
          </button>
        </>
      }
    >
      <div className={styles.dialogBody}>
        <div className={styles.summary}>
          <p className={styles.fileName}>{t('restore.file', { fileName })}</p>
          <p>{holds === null ? t('restore.holdsNothing') : t('restore.holds', { list: holds })}</p>
        </div>
        <fieldset className={styles.modes} disabled={working}>
          <legend className="field-label">{t('restore.modeLegend')}</legend>
          {(['replace', 'merge'] as const).map((option) => {
            const titleId = `${name}-${option}-title`;
            const hintId = `${name}-${option}-hint`;
            return (
              <label key={option} className={`${styles.mode} ${mode === option ? styles.modeChosen : ''}`}>
                <input
                  type="radio"
                  name={name}
                  value={option}
                  checked={mode === option}
                  onChange={() => setMode(option)}
                  aria-labelledby={titleId}
                  aria-describedby={hintId}
                />
                <span className={styles.modeText}>
                  <span id={titleId} className={styles.modeTitle}>{t(`restore.${option}`)}</span>
                  <span id={hintId} className={styles.modeHint}>
                    <span>{t(`restore.${option}Hint`)}</span>
                    <span className={styles.effects}>
                      {outcomeSentences(preview[option], t, language).map((sentence) => (
                        <span key={sentence} className={styles.effect}>
                          {sentence}
                        </span>
                      ))}
                    </span>
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <p className={styles.safety}>{t('restore.safety')}</p>
        {problem ? <ProblemNotice problem={problem} /> : null}
      </div>
    </Dialog>
  );
}
