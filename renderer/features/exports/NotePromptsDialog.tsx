// Prompts for handwritten thank-you notes: pick the cards, then print (main opens the PDF
// in the system viewer) or save the PDF.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftLanguage } from '../../../shared/drafts';
import { hasPostalAddress } from '../../../shared/postal';
import { LANGUAGES, type Language } from '../../../shared/schema/fields';
import type { ReferenceRequest } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { EmptyDialog } from '../../components/EmptyDialog';
import { useDocument, useLanguage } from '../../state/app-state';
import { ExportButton } from '../../components/ExportButton';
import styles from './Exports.module.css';
import pickerStyles from './PeoplePicker.module.css';
import { initialNoteSelection, thankYouRequests } from './note-requests';
import { useExportRunner } from '../../components/use-export';

const ADDRESS_CHOICES = ['none', 'labels', 'envelope_dl', 'envelope_c6'] as const;
type AddressChoice = (typeof ADDRESS_CHOICES)[number];

interface NotePromptsDialogProps {
  /** Cards to tick at first; every card waiting in Thank-you when not given. */
  initialRequestIds?: string[];
  onClose: () => void;
}

function sharedLanguage(document: RekindleDocument, requests: readonly ReferenceRequest[], picked: ReadonlySet<string>, fallback: Language): Language {
  const languages = new Set(
    requests
      .filter((request) => picked.has(request.id))
      .map((request) => document.references.find((person) => person.id === request.referenceId))
      .map((person) => (person ? draftLanguage(person, fallback) : fallback)),
  );
  const [only] = languages;
  return languages.size === 1 && only !== undefined ? only : fallback;
}

export function NotePromptsDialog({ initialRequestIds, onClose }: NotePromptsDialogProps) {
  const { t } = useTranslation();
  const document = useDocument();
  const uiLanguage = useLanguage();
  const languageId = useId();
  const addressesId = useId();
  const requests = useMemo(() => thankYouRequests(document), [document]);
  const [picked, setPicked] = useState<Set<string>>(() => new Set(initialNoteSelection(requests, initialRequestIds)));
  // The prompts start in the language the picked people share; with mixed languages, the window's.
  const [language, setLanguage] = useState<Language>(() => sharedLanguage(document, requests, picked, uiLanguage));
  const [addresses, setAddresses] = useState<AddressChoice>('none');
  const exporter = useExportRunner<'print' | 'save'>();

  const people = new Map(document.references.map((person) => [person.id, person]));
  const applications = new Map(document.applications.map((application) => [application.id, application]));
  const requestIds = requests.filter((request) => picked.has(request.id)).map((request) => request.id);
  const unavailable = requestIds.length === 0 || exporter.busy !== null;
  // One label or envelope per person, however many cards they have.
  const chosenPeople = [...new Set(requests.filter((request) => picked.has(request.id)).map((request) => request.referenceId))];
  const withAddress = chosenPeople.filter((id) => hasPostalAddress(people.get(id)?.postalAddress)).length;

  if (requests.length === 0) {
    return <EmptyDialog title={t('exports.notes.title')} empty={{ title: t('exports.notes.emptyTitle'), body: t('exports.notes.emptyBody') }} onClose={onClose} />;
  }

  const run = (action: 'print' | 'save') =>
    void exporter.run(
      action,
      () => api.exports.notePrompts({ requestIds, language, action, ...(addresses === 'none' ? {} : { addresses }) }),
      action === 'print' ? () => t('exports.notes.opened') : undefined,
    );

  return (
    <Dialog
      title={t('exports.notes.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button-ghost" onClick={onClose}>
            {t('common.close')}
          </button>
          <ExportButton busy={exporter.busy === 'save'} unavailable={unavailable} onClick={() => run('save')}>
            {t('exports.notes.save')}
          </ExportButton>
          <ExportButton primary busy={exporter.busy === 'print'} unavailable={unavailable} onClick={() => run('print')}>
            {t('exports.notes.print')}
          </ExportButton>
        </>
      }
    >
      <div className={styles.notesBody}>
        <p className="field-hint">{t('exports.notes.intro')}</p>
        <fieldset className={pickerStyles.pickerFieldset}>
          <legend className="field-label">{t('exports.notes.requests')}</legend>
          <ul className={pickerStyles.picker}>
            {requests.map((request) => {
              const person = people.get(request.referenceId);
              const application = request.applicationId ? applications.get(request.applicationId) : undefined;
              return (
                <li key={request.id} className={`${pickerStyles.noteRow} ${picked.has(request.id) ? pickerStyles.pickedRow : ''}`}>
                  <label className={pickerStyles.pickerLabel}>
                    <input
                      type="checkbox"
                      checked={picked.has(request.id)}
                      onChange={(event) =>
                        setPicked((current) => {
                          const next = new Set(current);
                          if (event.target.checked) next.add(request.id);
                          else next.delete(request.id);
                          return next;
                        })
                      }
                    />
                    <span className={pickerStyles.pickerName}>{person?.name ?? ''}</span>{' '}
                    <span className={pickerStyles.pickerDetails}>
                      {application ? application.company : t('records.wholeSearch')}
                    </span>
                  </label>
                  <span className={pickerStyles.tag}>{t(`records.stage.${request.stage}`)}</span>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <div className="field">
          <label htmlFor={languageId}>{t('exports.notes.language')}</label>
          <select id={languageId} className={`select ${styles.languageSelect}`} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`exports.languages.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={addressesId}>{t('exports.notes.addresses')}</label>
          <select
            id={addressesId}
            className={`select ${styles.languageSelect}`}
            value={addresses}
            aria-describedby={`${addressesId}-hint`}
            onChange={(event) => setAddresses(event.target.value as AddressChoice)}
          >
            {ADDRESS_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`exports.notes.addressChoice.${choice}`)}
              </option>
            ))}
          </select>
          <p id={`${addressesId}-hint`} className="field-hint">
            {t('exports.notes.addressCount', { count: chosenPeople.length, withAddress })}
          </p>
        </div>
        {exporter.error ? (
          <p role="alert" className="field-error">
            {exporter.error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
