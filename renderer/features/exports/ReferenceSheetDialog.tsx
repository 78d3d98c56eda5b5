// Picks and orders the people for a reference sheet, shows the sheet as it will print,
// and hands the choice to main, which asks where to save and writes the PDF or Word file.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetPreview as SheetPreviewData } from '../../../shared/ipc/contract';
import { LANGUAGES, type Language } from '../../../shared/schema/fields';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { EmptyDialog } from '../../components/EmptyDialog';
import { useDocument, useLanguage, useToday } from '../../state/app-state';
import { ExportButton } from '../../components/ExportButton';
import { exportErrorText } from '../../components/export-errors';
import styles from './Exports.module.css';
import { PeoplePicker } from './PeoplePicker';
import { SheetPreview } from './SheetPreview';
import { choiceByFit } from './sheet-fit';
import { FitNote } from './FitNote';
import { initialSheetChoice, pickedInOrder, SHEET_ADVISED_MAX, SHEET_MAX_PEOPLE } from './sheet-people';
import { useExportRunner } from '../../components/use-export';

interface ReferenceSheetDialogProps {
  /** The application the sheet is for; null for the job search in general. */
  applicationId: string | null;
  onClose: () => void;
}

export function ReferenceSheetDialog({ applicationId, onClose }: ReferenceSheetDialogProps) {
  const { t } = useTranslation();
  const document = useDocument();
  const uiLanguage = useLanguage();
  const languageId = useId();
  // The first choice is made once, when the dialog opens; later edits elsewhere must not
  // undo what the user picked here.
  const today = useToday();
  const [{ choice: initial, notes: fitNotes }] = useState(() => choiceByFit(initialSheetChoice(document, applicationId), document, applicationId, today));
  const [order, setOrder] = useState<string[]>(initial.order);
  const [picked, setPicked] = useState<Set<string>>(() => new Set(initial.picked));
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [asOf, setAsOf] = useState(false);
  const exporter = useExportRunner<'pdf' | 'docx'>();

  const people = useMemo(() => new Map(document.references.map((person) => [person.id, person])), [document.references]);
  // Someone deleted while the dialog is open simply leaves the list.
  const visibleOrder = order.filter((id) => people.has(id));
  const referenceIds = pickedInOrder(visibleOrder, picked);
  const application = applicationId ? document.applications.find((item) => item.id === applicationId) : undefined;
  const overLimit = referenceIds.length > SHEET_MAX_PEOPLE;
  const canExport = referenceIds.length > 0 && !overLimit;

  const preview = useSheetPreview(canExport ? referenceIds : [], language, asOf, document);

  const title = application ? t('exports.sheet.titleFor', { company: application.company }) : t('exports.sheet.title');

  if (visibleOrder.length === 0) {
    return <EmptyDialog title={title} empty={{ title: t('exports.sheet.emptyTitle'), body: t('exports.sheet.emptyBody') }} onClose={onClose} />;
  }

  const exportAs = (format: 'pdf' | 'docx') =>
    void exporter.run(format, () => api.exports.referenceSheet({ applicationId, referenceIds, language, format, ...(asOf ? { asOf } : {}) }));

  return (
    <Dialog
      title={title}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="button button-ghost" onClick={onClose}>
            {t('common.close')}
          </button>
          <ExportButton busy={exporter.busy === 'docx'} unavailable={!canExport || exporter.busy !== null} onClick={() => exportAs('docx')}>
            {t('exports.sheet.exportWord')}
          </ExportButton>
          <ExportButton primary busy={exporter.busy === 'pdf'} unavailable={!canExport || exporter.busy !== null} onClick={() => exportAs('pdf')}>
            {t('exports.sheet.exportPdf')}
          </ExportButton>
        </>
      }
    >
      <div className={styles.sheetLayout}>
        <div className={styles.sheetControls}>
          <p className="field-hint">{t('exports.sheet.intro')}</p>
          {document.profile.name.trim() === '' ? (
            // The sheet's header is the candidate: without a name it reaches an employer anonymous.
            <p className={styles.profileMissing} role="note">
              {t('exports.sheet.profileMissing')}
            </p>
          ) : null}
          <PeoplePicker
            order={visibleOrder}
            people={people}
            picked={picked}
            linked={new Set(initial.linked)}
            onToggle={(id, checked) =>
              setPicked((current) => {
                const next = new Set(current);
                if (checked) next.add(id);
                else next.delete(id);
                return next;
              })
            }
            onReorder={setOrder}
            renderNote={(id, noteId) => {
              const note = fitNotes.get(id);
              return note ? <FitNote id={noteId} name={people.get(id)?.name ?? ''} note={note} /> : null;
            }}
          />
          <div role="status" className={styles.pickHint}>
            <span>{t('exports.sheet.pickedCount', { count: referenceIds.length })}</span>
            {overLimit ? (
              <span className={styles.warning}>{t('exports.sheet.overLimit', { max: SHEET_MAX_PEOPLE })}</span>
            ) : referenceIds.length > SHEET_ADVISED_MAX ? (
              <span className={styles.warning}>{t('exports.sheet.tooMany')}</span>
            ) : null}
          </div>
          <div className={styles.options}>
            <div className="field">
              <label htmlFor={languageId}>{t('exports.sheet.language')}</label>
              <select id={languageId} className="select" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
                {LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {t(`exports.languages.${code}`)}
                  </option>
                ))}
              </select>
            </div>
            <label className={styles.asOfOption}>
              <input type="checkbox" checked={asOf} onChange={(event) => setAsOf(event.target.checked)} />
              <span>
                <span className="field-label">{t('exports.sheet.asOf')}</span>
                <span className="field-hint">{t('exports.sheet.asOfHint')}</span>
              </span>
            </label>
            <p className={styles.paperInfo}>
              <span className="field-label">
                {t('exports.sheet.paper', { size: document.settings.paperSize === 'A4' ? t('settings.paperA4') : t('settings.paperLetter') })}
              </span>
              <span className="field-hint">{t('exports.sheet.paperHint')}</span>
            </p>
          </div>
          {exporter.error ? (
            <p role="alert" className="field-error">
              {exporter.error}
            </p>
          ) : null}
          {preview.error ? (
            <p role="alert" className="field-error">
              {preview.error}
            </p>
          ) : null}
        </div>
        <SheetPreview preview={canExport ? preview.data : null} loading={preview.loading} paperSize={document.settings.paperSize} language={language} />
      </div>
    </Dialog>
  );
}

interface PreviewState {
  data: SheetPreviewData | null;
  loading: boolean;
  error: string | null;
}

/** Asks main for the sheet's wording whenever the pick, the language or the data change. */
function useSheetPreview(referenceIds: string[], language: Language, asOf: boolean, dataVersion: unknown): PreviewState {
  const { t } = useTranslation();
  const [state, setState] = useState<PreviewState>({ data: null, loading: referenceIds.length > 0, error: null });
  const latest = useRef(0);
  const key = referenceIds.join(',');
  // Emptying the preview belongs in the effect that also retires the request in flight (by
  // counting `latest` up), so an answer arriving after the last person is unpicked is dropped.
  useEffect(() => {
    const call = ++latest.current;
    if (key === '') {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ data: null, loading: false, error: null });
      return;
    }
    setState((current) => ({ ...current, loading: true }));
    api.exports
      .sheetPreview({ referenceIds: key.split(','), language, ...(asOf ? { asOf } : {}) })
      .then((data) => {
        if (call === latest.current) setState({ data, loading: false, error: null });
      })
      .catch((error: unknown) => {
        if (call === latest.current) setState({ data: null, loading: false, error: exportErrorText(t, error) });
      });
  }, [key, language, asOf, dataVersion, t]);
  return state;
}
