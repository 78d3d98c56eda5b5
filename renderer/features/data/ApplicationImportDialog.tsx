import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_IMPORT_FIELDS, type ApplicationImportPreview, type ApplicationImportRow, type ColumnMapping } from '../../../shared/ipc/application-import';
import { shortDate } from '../../../shared/format';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useMutation } from '../../components/use-mutation';
import { useLanguage } from '../../state/app-state';
import { applicationSummary, importedMessage } from './application-import-text';
import { toProblem, type Problem } from './problem';
import { ProblemNotice } from './ProblemNotice';
import styles from './Data.module.css';
import own from './ApplicationImport.module.css';

interface ApplicationImportDialogProps {
  opened: ApplicationImportPreview;
  onClose: () => void;
}

/**
 * The file stays in main; each change of a column choice asks main for a new preview of
 * the same file, and the import sends the mapping the user sees.
 */
export function ApplicationImportDialog({ opened, onClose }: ApplicationImportDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [preview, setPreview] = useState(opened);
  const [mapping, setMapping] = useState<ColumnMapping>(opened.mapping);
  const [updating, setUpdating] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const apply = useMutation((chosen: ColumnMapping) => api.import.applyApplications({ token: opened.token, mapping: chosen }), {
    success: (result) => importedMessage(t, language, result),
    successDuration: 10_000,
    onSuccess: onClose,
    // The dialog names what went wrong with the file in a notice of its own.
    explain: (error) => {
      setProblem(toProblem(error, 'apply'));
      return '';
    },
  });
  const working = apply.busy;
  const latest = useRef(0);
  const complete = mapping.company !== null && mapping.role !== null;

  const choose = async (field: (typeof APPLICATION_IMPORT_FIELDS)[number], column: number | null) => {
    const next = { ...mapping, [field]: column };
    setMapping(next);
    setProblem(null);
    // Only the answer to the latest choice is shown, whatever order the answers arrive in.
    const asked = ++latest.current;
    setUpdating(true);
    try {
      const answer = await api.import.previewApplications({ token: opened.token, mapping: next });
      if (asked === latest.current) setPreview(answer);
    } catch (error) {
      if (asked === latest.current) setProblem(toProblem(error, 'open'));
    } finally {
      if (asked === latest.current) setUpdating(false);
    }
  };

  const confirm = async () => {
    if (working || updating || !complete || preview.newCount === 0) return;
    setProblem(null);
    await apply.run(mapping);
  };

  const columnName = (name: string, index: number) => name || t('applicationImport.columnN', { n: index + 1 });

  return (
    <Dialog
      wide
      title={t('applicationImport.title')}
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
            disabled={working || updating || !complete || preview.newCount === 0}
            aria-busy={working}
          >
            {working ? t('applicationImport.working') : t('applicationImport.confirm', { count: complete ? preview.newCount : 0 })}
          </button>
        </>
      }
    >
      <div className={styles.dialogBody}>
        <p className={styles.muted}>{t('applicationImport.file', { fileName: preview.fileName })}</p>
        <fieldset className={own.mapping}>
          <legend>{t('applicationImport.mappingLegend')}</legend>
          <p className="field-hint">{t('applicationImport.mappingHint')}</p>
          <div className={own.choices}>
            {APPLICATION_IMPORT_FIELDS.map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`map-${field}`}>{t(`applicationImport.field.${field}`)}</label>
                <select
                  id={`map-${field}`}
                  className="select"
                  value={mapping[field] === null ? '' : String(mapping[field])}
                  disabled={working}
                  aria-invalid={(field === 'company' || field === 'role') && mapping[field] === null ? true : undefined}
                  onChange={(event) => void choose(field, event.target.value === '' ? null : Number(event.target.value))}
                >
                  <option value="">{t('applicationImport.notUsed')}</option>
                  {preview.header.map((name, index) => (
                    <option key={index} value={String(index)}>
                      {columnName(name, index)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {complete ? null : <p className={own.needs}>{t('applicationImport.needsCompanyAndRole')}</p>}
        </fieldset>
        <div className={styles.summary} aria-live="polite" aria-busy={updating}>
          {updating ? <p className={styles.muted}>{t('applicationImport.updating')}</p> : null}
          {applicationSummary(t, preview).map((line) => (
            <p key={line} className={styles.muted}>
              {line}
            </p>
          ))}
        </div>
        {preview.rows.length > 0 ? (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption className="visually-hidden">{t('applicationImport.tableLabel')}</caption>
              <colgroup>
                <col className={own.rowColumn} />
                <col />
                <col />
                <col className={own.statusColumn} />
                <col className={own.appliedColumn} />
                <col className={own.stateColumn} />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('applicationImport.column.row')}</th>
                  <th scope="col">{t('applicationImport.column.company')}</th>
                  <th scope="col">{t('applicationImport.column.role')}</th>
                  <th scope="col">{t('applicationImport.column.status')}</th>
                  <th scope="col">{t('applicationImport.column.applied')}</th>
                  <th scope="col">{t('applicationImport.column.state')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <PreviewRow key={row.row} row={row} />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <p className={styles.safety}>{t('applicationImport.safety')}</p>
        {problem ? <ProblemNotice problem={problem} /> : null}
      </div>
    </Dialog>
  );
}

function PreviewRow({ row }: { row: ApplicationImportRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shownValue = row.statusValue !== '' && row.statusValue.toLocaleLowerCase() !== t(`records.status.${row.status}`).toLocaleLowerCase();
  return (
    <tr className={row.state === 'new' ? undefined : styles.duplicateRow}>
      <td>{row.row}</td>
      <th scope="row" className={styles.nameCell}>
        {row.company}
      </th>
      <td>{row.role}</td>
      <td>
        {t(`records.status.${row.status}`)}
        {shownValue ? <span className={own.note}>{t('applicationImport.fromValue', { value: row.statusValue })}</span> : null}
      </td>
      <td>
        {row.appliedOn ? shortDate(row.appliedOn, language) : ''}
        {row.ambiguousDates.length > 0 ? (
          <span className={own.note}>{t('applicationImport.ambiguous', { dates: row.ambiguousDates.join(', ') })}</span>
        ) : null}
      </td>
      <td className={row.state === 'new' ? styles.statusNew : styles.statusDuplicate}>
        {t(`applicationImport.state.${row.state}`, { row: row.repeatsRow })}
      </td>
    </tr>
  );
}
