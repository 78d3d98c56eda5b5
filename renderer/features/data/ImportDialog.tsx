import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportSource } from '../../../shared/ipc/contract';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useMutation } from '../../components/use-mutation';
import { initialSelection, resultMessage, statusText, summaryLines } from './import-selection';
import { toProblem, type Problem } from './problem';
import { ProblemNotice } from './ProblemNotice';
import styles from './Data.module.css';

const DIALOG_TITLES = {
  linkedin: 'data.import.dialogLinkedin',
  vcard: 'data.import.dialogVcard',
  contacts_csv: 'data.import.dialogContactsCsv',
} as const satisfies Record<ImportSource, string>;

interface ImportDialogProps {
  source: ImportSource;
  preview: ImportPreview;
  onClose: () => void;
}

/** Everyone found in the file, to tick or untick; nobody is added until the user confirms. */
export function ImportDialog({ source, preview, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const { entries } = preview.plan;
  const counting = source === 'vcard' ? 'cards' : 'rows';
  const [selected, setSelected] = useState(() => initialSelection(entries));
  const [problem, setProblem] = useState<Problem | null>(null);
  const allIndexes = useMemo(() => entries.map((entry) => entry.index), [entries]);
  const apply = useMutation((indexes: number[]) => api.import.apply({ token: preview.token, indexes }), {
    success: (result) => resultMessage(t, result.added, result.notAdded, counting),
    successDuration: 10_000,
    onSuccess: onClose,
    // The dialog names what went wrong with the file in a notice of its own.
    explain: (error) => {
      setProblem(toProblem(error, 'apply'));
      return '';
    },
  });
  const working = apply.busy;

  const toggle = (index: number, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });
  };

  const confirm = async () => {
    if (working || selected.size === 0) return;
    setProblem(null);
    await apply.run(allIndexes.filter((index) => selected.has(index)));
  };

  return (
    <Dialog
      wide
      title={t(DIALOG_TITLES[source])}
      onClose={() => {
        if (!working) onClose();
      }}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={working}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void confirm()}
            disabled={working || selected.size === 0}
            aria-busy={working}
          >
            {working ? t('data.import.working') : t('data.import.confirm', { count: selected.size })}
          </button>
        </>
      }
    >
      <div className={styles.dialogBody}>
        <div className={styles.summary}>
          <p>
            {entries.length === 0
              ? t('data.import.nobody', { fileName: preview.fileName })
              : t('data.import.found', { count: entries.length, fileName: preview.fileName })}
          </p>
          {summaryLines(t, preview.plan, counting).map((line) => (
            <p key={line} className={styles.muted}>
              {line}
            </p>
          ))}
        </div>
        {entries.length > 0 ? (
          <>
            <div className={styles.selectionBar}>
              <button type="button" className="button" onClick={() => setSelected(new Set(allIndexes))} disabled={working}>
                {t('data.import.selectAll')}
              </button>
              <button type="button" className="button" onClick={() => setSelected(new Set())} disabled={working}>
                {t('data.import.selectNone')}
              </button>
              <p className={styles.selectedCount} aria-live="polite">
                {t('data.import.selectedCount', { selected: selected.size, total: entries.length })}
              </p>
            </div>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <caption className="visually-hidden">{t('data.import.tableLabel')}</caption>
                <colgroup>
                  <col className={styles.checkColumn} />
                  <col />
                  <col />
                  <col />
                  <col />
                  <col className={styles.statusColumn} />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col" className={styles.checkCell}>
                      <span className="visually-hidden">{t('data.import.column.add')}</span>
                    </th>
                    <th scope="col">{t('data.import.column.name')}</th>
                    <th scope="col">{t('data.import.column.organisation')}</th>
                    <th scope="col">{t('data.import.column.title')}</th>
                    <th scope="col">{t('data.import.column.email')}</th>
                    <th scope="col">{t('data.import.column.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => {
                    const checked = selected.has(entry.index);
                    return (
                      <tr key={entry.index} className={entry.status === 'duplicate' ? styles.duplicateRow : undefined}>
                        <td className={styles.checkCell}>
                          <input
                            type="checkbox"
                            checked={checked}
                            disabled={working}
                            aria-label={t('data.import.choose', { name: entry.person.name })}
                            onChange={(event) => toggle(entry.index, event.target.checked)}
                          />
                        </td>
                        <th scope="row" className={styles.nameCell}>
                          {entry.person.name}
                        </th>
                        <td>{entry.person.organisation}</td>
                        <td>{entry.person.currentTitle}</td>
                        <td className={styles.emailCell}>{entry.person.email}</td>
                        <td className={entry.status === 'duplicate' ? styles.statusDuplicate : styles.statusNew}>{statusText(t, entry)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
        <p className={styles.safety}>{t('data.import.safety')}</p>
        {problem ? <ProblemNotice problem={problem} /> : null}
      </div>
    </Dialog>
  );
}
