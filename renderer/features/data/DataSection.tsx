import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationImportPreview } from '../../../shared/ipc/application-import';
import type { BackupPreview, ImportPreview, ImportSource } from '../../../shared/ipc/contract';
import { api } from '../../api';
import { useMutation } from '../../components/use-mutation';
import { useLanguage, useReadOnly } from '../../state/app-state';
import { showToast } from '../../state/toasts';
import { ApplicationImportDialog } from './ApplicationImportDialog';
import { ImportDialog } from './ImportDialog';
import { toProblem, type Problem } from './problem';
import { ProblemNotice } from './ProblemNotice';
import { RestoreDialog } from './RestoreDialog';
import { saveBackup } from './save-backup';
import styles from './Data.module.css';

type Action =
  | 'backup-save'
  | 'backup-open'
  | 'import-linkedin'
  | 'import-vcard'
  | 'import-contacts_csv'
  | 'import-applications'
  | 'csv-applications'
  | 'csv-people';
type Area = 'backup' | 'import' | 'applications' | 'csv';

const AREA_OF: Record<Action, Area> = {
  'backup-save': 'backup',
  'backup-open': 'backup',
  'import-linkedin': 'import',
  'import-vcard': 'import',
  'import-contacts_csv': 'import',
  'import-applications': 'applications',
  'csv-applications': 'csv',
  'csv-people': 'csv',
};

/** Settings → Your data: backups, restores, imports of people and spreadsheet exports. */
export function DataSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [acting, setActing] = useState<Action | null>(null);
  const [problem, setProblem] = useState<{ area: Area; problem: Problem } | null>(null);
  const [restoring, setRestoring] = useState<BackupPreview | null>(null);
  const [importing, setImporting] = useState<{ source: ImportSource; preview: ImportPreview } | null>(null);
  const [mappingApplications, setMappingApplications] = useState<ApplicationImportPreview | null>(null);
  // A data file from a newer version is never written, and the window then holds an empty
  // stand-in: saving or exporting that would only mislead.
  const readOnly = useReadOnly();
  const action = useMutation(
    (_action: Action, _stage: 'open' | 'apply', work: () => Promise<void>) => work(),
    {
      // A refusal is shown in the card the action belongs to.
      explain: (error, failed, stage) => {
        setProblem({ area: AREA_OF[failed], problem: toProblem(error, stage) });
        return '';
      },
    },
  );
  const busy = action.busy ? acting : null;

  /** Runs one action at a time. */
  const run = async (next: Action, stage: 'open' | 'apply', work: () => Promise<void>) => {
    if (busy !== null) return;
    setActing(next);
    setProblem(null);
    await action.run(next, stage, work);
  };

  const saveCsv = (action: Action, save: () => Promise<{ savedTo: string | null }>) =>
    run(action, 'apply', async () => {
      const { savedTo } = await save();
      if (savedTo !== null) showToast({ message: t('data.csv.saved', { path: savedTo }), duration: 8_000 });
    });

  const openBackup = () =>
    run('backup-open', 'open', async () => {
      const opened = await api.backup.open();
      if (opened) setRestoring(opened);
    });

  const openImport = (source: ImportSource) =>
    run(`import-${source}`, 'open', async () => {
      const opened = await api.import.open({ source });
      if (opened) setImporting({ source, preview: opened });
    });

  const openApplicationsImport = () =>
    run('import-applications', 'open', async () => {
      const opened = await api.import.openApplications();
      if (opened) setMappingApplications(opened);
    });

  const button = (action: Action, label: string, onClick: () => void, busyLabel: string, primary = false) => (
    <ActionButton
      label={label}
      busyLabel={busyLabel}
      working={busy === action}
      blocked={readOnly || (busy !== null && busy !== action)}
      primary={primary}
      onClick={onClick}
    />
  );

  const problemIn = (area: Area) =>
    problem?.area === area ? <ProblemNotice problem={problem.problem} onDismiss={() => setProblem(null)} /> : null;

  return (
    <>
      <Card id="data-backup" title={t('data.backup.title')} intro={t('data.backup.intro')}>
        <div className={styles.actions}>
          {button('backup-save', t('data.backup.save'), () => void run('backup-save', 'apply', () => saveBackup(t)), t('data.busy.saving'), true)}
          {button('backup-open', t('data.backup.restore'), () => void openBackup(), t('data.busy.opening'))}
        </div>
        {problemIn('backup')}
      </Card>

      <Card id="data-import" title={t('data.import.title')} intro={t('data.import.intro')}>
        <div className={styles.sources}>
          <div className={styles.source}>
            {button('import-linkedin', t('data.import.linkedin'), () => void openImport('linkedin'), t('data.busy.opening'))}
            <p className="field-hint">{t('data.import.linkedinHint')}</p>
          </div>
          <div className={styles.source}>
            {button('import-vcard', t('data.import.vcard'), () => void openImport('vcard'), t('data.busy.opening'))}
            <p className="field-hint">{t('data.import.vcardHint')}</p>
          </div>
          <div className={styles.source}>
            {button('import-contacts_csv', t('data.import.contactsCsv'), () => void openImport('contacts_csv'), t('data.busy.opening'))}
            <p className="field-hint">{t('data.import.contactsCsvHint')}</p>
          </div>
        </div>
        {problemIn('import')}
      </Card>

      <Card id="data-import-applications" title={t('applicationImport.title')} intro={t('applicationImport.openHint')}>
        <div className={styles.actions}>
          {button('import-applications', t('applicationImport.open'), () => void openApplicationsImport(), t('data.busy.opening'))}
        </div>
        {problemIn('applications')}
      </Card>

      <Card id="data-csv" title={t('data.csv.title')} intro={t('data.csv.intro')}>
        <div className={styles.actions}>
          {button(
            'csv-applications',
            t('data.csv.applications'),
            () => void saveCsv('csv-applications', () => api.exports.csv({ kind: 'applications', language })),
            t('data.busy.exporting'),
          )}
          {button(
            'csv-people',
            t('data.csv.people'),
            () => void saveCsv('csv-people', () => api.exports.csv({ kind: 'people', language })),
            t('data.busy.exporting'),
          )}
        </div>
        {problemIn('csv')}
      </Card>

      {restoring ? <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} /> : null}
      {mappingApplications ? <ApplicationImportDialog opened={mappingApplications} onClose={() => setMappingApplications(null)} /> : null}
      {importing ? <ImportDialog source={importing.source} preview={importing.preview} onClose={() => setImporting(null)} /> : null}
    </>
  );
}

function Card({ id, title, intro, children }: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <section className={`card ${styles.card}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className={styles.intro}>{intro}</p>
      {children}
    </section>
  );
}

interface ActionButtonProps {
  label: string;
  busyLabel: string;
  working: boolean;
  blocked: boolean;
  primary: boolean;
  onClick: () => void;
}

/**
 * While main works the button says so and ignores clicks, but it stays enabled (with
 * aria-disabled): a disabled button would drop keyboard focus, and the dialog that opens
 * next returns focus to the button that opened it.
 */
function ActionButton({ label, busyLabel, working, blocked, primary, onClick }: ActionButtonProps) {
  const inactive = working || blocked;
  return (
    <button
      type="button"
      className={`button ${primary ? 'button-primary' : ''} ${styles.actionButton}`}
      aria-disabled={inactive}
      aria-busy={working}
      onClick={() => {
        if (!inactive) onClick();
      }}
    >
      {working ? (
        <>
          <span className={styles.spinner} aria-hidden="true" />
          {busyLabel}
        </>
      ) : (
        label
      )}
    </button>
  );
}
