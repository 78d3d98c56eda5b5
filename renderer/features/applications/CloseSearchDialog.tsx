// Closing the search after an accepted offer: who helped (and in which language they hear
// from you), what will happen, one confirm; then the note prompts for everyone thanked.
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../shared/schema/application';
import { GENTLE_CADENCE_MONTHS } from '../../../shared/search/close-search';
import { Dialog } from '../../components/Dialog';
import { EmptyDialog } from '../../components/EmptyDialog';
import { useMutation } from '../../components/use-mutation';
import { ExportButton } from '../../components/ExportButton';
import { useExportRunner } from '../../components/use-export';
import styles from './CloseSearch.module.css';
import { useCloseSearch, type HelperRow } from './use-close-search';

interface CloseSearchDialogProps {
  application: Application;
  onClose: () => void;
  returnFocus?: () => HTMLElement | null | undefined;
}

export function CloseSearchDialog({ application, onClose, returnFocus }: CloseSearchDialogProps) {
  const { t } = useTranslation();
  const flow = useCloseSearch(application);
  const closing = useMutation(() => flow.confirm(), {
    failure: 'inline',
    success: () => t('closeSearch.toast', { count: flow.thankedCount }),
  });
  const { busy, error: failure } = closing;
  const exporter = useExportRunner<'print' | 'save'>();
  const title = t('closeSearch.title', { role: application.role, company: application.company });

  if (flow.closed) {
    const languages = [...flow.closed.notesByLanguage].map(([language, ids]) => `${t(`exports.languages.${language}`)} (${ids.length})`).join(', ');
    const noNotes = flow.closed.thanked === 0 || exporter.busy !== null;
    const run = (action: 'print' | 'save') =>
      void exporter.run(action, () => flow.exportNotes(action), action === 'print' ? () => t('closeSearch.notesOpened') : undefined);
    return (
      <Dialog
        title={t('closeSearch.doneTitle')}
        onClose={onClose}
        returnFocus={returnFocus}
        focusKey="done"
        footer={
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('closeSearch.close')}
          </button>
        }
      >
        <div className={styles.body} data-autofocus tabIndex={-1}>
          <p>{t('closeSearch.doneBody', { count: flow.closed.thanked })}</p>
          {flow.closed.thanked > 0 ? (
            <>
              <p className="field-hint">{t('closeSearch.notesLanguages', { languages })}</p>
              <div className={styles.noteButtons}>
                <ExportButton busy={exporter.busy === 'print'} unavailable={noNotes} onClick={() => run('print')}>
                  {t('closeSearch.printNotes')}
                </ExportButton>
                <ExportButton busy={exporter.busy === 'save'} unavailable={noNotes} onClick={() => run('save')}>
                  {t('closeSearch.saveNotes')}
                </ExportButton>
              </div>
            </>
          ) : null}
          {exporter.error ? (
            <p role="alert" className="field-error">
              {exporter.error}
            </p>
          ) : null}
        </div>
      </Dialog>
    );
  }

  if (flow.nothingOpen) {
    return (
      <EmptyDialog
        title={title}
        empty={{ title: t('closeSearch.section'), body: t('closeSearch.alreadyClosed') }}
        onClose={onClose}
        {...(returnFocus ? { returnFocus } : {})}
      />
    );
  }

  const confirm = async () => {
    if (!busy) await closing.run();
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      returnFocus={returnFocus}
      wide
      footer={
        <>
          {failure ? (
            <p role="alert" className="field-error">
              {failure}
            </p>
          ) : null}
          <button type="button" className="button button-ghost" onClick={onClose}>
            {t('closeSearch.cancel')}
          </button>
          <button type="button" className="button button-primary" aria-busy={busy} aria-disabled={busy} onClick={() => void confirm()}>
            {busy ? t('closeSearch.working') : t('closeSearch.confirm')}
          </button>
        </>
      }
    >
      <div className={styles.body}>
        <p className="field-hint">{t('closeSearch.scope')}</p>
        {flow.helpers.length > 0 ? (
          <fieldset className={styles.fieldset}>
            <legend className="field-label">{t('closeSearch.helpersTitle')}</legend>
            <p className="field-hint">{t('closeSearch.helpersHint')}</p>
            <ul className={styles.people}>
              {flow.helpers.map((row) => (
                <HelperItem key={row.person.id} row={row} thank={!flow.skipped.has(row.person.id)} onToggle={(thank) => flow.toggle(row.person.id, thank)} />
              ))}
            </ul>
          </fieldset>
        ) : (
          <p>{t('closeSearch.nobody')}</p>
        )}
        {flow.plan.quietRequestIds.length > 0 ? <p className="field-hint">{t('closeSearch.quiet', { count: flow.plan.quietRequestIds.length })}</p> : null}
        <section aria-labelledby="close-search-steps" className={styles.steps}>
          <h3 id="close-search-steps">{t('closeSearch.whatHappens')}</h3>
          <ul>
            {flow.thankedCount > 0 ? <li>{t('closeSearch.stepThanks', { count: flow.thankedCount })}</li> : null}
            {flow.closingCount > 0 ? <li>{t('closeSearch.stepClose', { count: flow.closingCount })}</li> : null}
            {flow.thankedCount > 0 ? <li>{t('closeSearch.stepCadence', { count: GENTLE_CADENCE_MONTHS })}</li> : null}
          </ul>
        </section>
      </div>
    </Dialog>
  );
}

function HelperItem({ row, thank, onToggle }: { row: HelperRow; thank: boolean; onToggle: (thank: boolean) => void }) {
  const { t } = useTranslation();
  const detailsId = `close-search-${row.person.id}`;
  const cadence =
    row.cadenceAfter === row.cadenceBefore
      ? t('closeSearch.cadenceKept', { count: row.cadenceAfter })
      : t('closeSearch.cadenceEased', { count: row.cadenceAfter, before: row.cadenceBefore });
  return (
    <li className={`${styles.person} ${thank ? styles.thanked : ''}`}>
      <label className={styles.personLabel}>
        <input type="checkbox" checked={thank} aria-describedby={detailsId} onChange={(event) => onToggle(event.target.checked)} />
        <span className={styles.name}>{t('closeSearch.thankPerson', { name: row.person.name })}</span>
      </label>
      <span id={detailsId} className={styles.details}>
        {thank
          ? `${t('closeSearch.personDetails', { language: t(`exports.languages.${row.language}`), cards: t('closeSearch.cards', { count: row.openCards }) })} · ${cadence}`
          : t('closeSearch.skipped')}
      </span>
    </li>
  );
}
