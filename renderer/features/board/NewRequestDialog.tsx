import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { useAppDialogs } from '../../app/app-dialogs';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/fields';
import { useMutation } from '../../components/use-mutation';
import { useApplications, usePeople } from '../../state/app-state';
import { WHOLE_SEARCH } from './board-model';

interface NewRequestDialogProps {
  onClose: () => void;
  onCreated?: (requestId: string) => void;
}

/** Ctrl/Cmd+N on the board: one person, for one application or the search in general. */
export function NewRequestDialog({ onClose, onCreated }: NewRequestDialogProps) {
  const { t } = useTranslation();
  const { openPersonForm } = useAppDialogs();
  const people = [...usePeople()].sort((a, b) => a.rank - b.rank);
  const applications = [...useApplications()].sort((a, b) => a.company.localeCompare(b.company));
  const [referenceId, setReferenceId] = useState('');
  const [applicationId, setApplicationId] = useState(applications[0]?.id ?? WHOLE_SEARCH);
  const [missingPerson, setMissingPerson] = useState(false);
  const personField = useRef<HTMLSelectElement>(null);
  const link = useMutation((input: { referenceId: string; applicationId: string | null }) => api.requests.link(input), {
    failure: 'inline',
    success: (_result, input) => t('board.newDialog.created', { name: people.find((person) => person.id === input.referenceId)?.name ?? '' }),
    onSuccess: (result) => {
      onClose();
      onCreated?.(result.requestId);
    },
    explain: (failure) => (failure instanceof ApiError && failure.code === 'conflict' ? t('board.newDialog.duplicate') : null),
  });
  const error = missingPerson ? t('errors.required') : link.error;
  const clearError = () => {
    setMissingPerson(false);
    link.clearError();
  };
  const { busy } = link;

  if (people.length === 0) {
    return (
      <Dialog
        title={t('board.newDialog.title')}
        onClose={onClose}
        footer={
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                onClose();
                openPersonForm();
              }}
            >
              {t('board.newDialog.goPeople')}
            </button>
          </>
        }
      >
        <p>{t('board.newDialog.noPeople')}</p>
      </Dialog>
    );
  }

  const create = async () => {
    if (referenceId === '') {
      setMissingPerson(true);
      // As in every form: the keyboard goes to what needs fixing.
      personField.current?.focus();
      return;
    }
    await link.run({ referenceId, applicationId: applicationId === WHOLE_SEARCH ? null : applicationId });
  };

  return (
    <Dialog
      title={t('board.newDialog.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form="new-request-form" className="button button-primary" disabled={busy}>
            {t('board.newDialog.create')}
          </button>
        </>
      }
    >
      <form
        id="new-request-form"
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
        noValidate
      >
        <SelectField
          ref={personField}
          className="span-2"
          label={t('board.newDialog.person')}
          value={referenceId}
          error={error && referenceId === '' ? error : undefined}
          onChange={(event) => {
            setReferenceId(event.target.value);
            clearError();
          }}
        >
          <option value="">{t('board.newDialog.choosePerson')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          className="span-2"
          label={t('board.newDialog.application')}
          value={applicationId}
          onChange={(event) => {
            setApplicationId(event.target.value);
            clearError();
          }}
        >
          {applications.map((application) => (
            <option key={application.id} value={application.id}>
              {application.company} · {application.role}
            </option>
          ))}
          <option value={WHOLE_SEARCH}>{t('records.wholeSearch')}</option>
        </SelectField>
        {error && referenceId !== '' ? (
          <p className="field-error span-2" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
