// Saves the one-page prep brief for a reference request; main asks where to save it. The
// brief is written in the person's language unless the user picks another, as on the sheet.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/schema/fields';
import { api } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import styles from './PrepBriefButton.module.css';
import { useExportRunner } from '../../components/use-export';

interface PrepBriefButtonProps {
  requestId: string;
  /** The language the choice starts on: the person's, else the window's. */
  language: Language;
}

export function PrepBriefButton({ requestId, language: initialLanguage }: PrepBriefButtonProps) {
  const { t } = useTranslation();
  const exporter = useExportRunner<'brief'>();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const selectId = useId();
  return (
    <span className={styles.inlineAction}>
      <label htmlFor={selectId} className="visually-hidden">
        {t('exports.brief.language')}
      </label>
      <select id={selectId} className="select" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(`exports.languages.${code}`)}
          </option>
        ))}
      </select>
      <ExportButton
        busy={exporter.busy === 'brief'}
        unavailable={exporter.busy !== null}
        onClick={() => void exporter.run('brief', () => api.exports.prepBrief({ requestId, language }))}
      >
        {t('exports.brief.save')}
      </ExportButton>
      {exporter.error ? (
        <span role="alert" className="field-error">
          {exporter.error}
        </span>
      ) : null}
    </span>
  );
}
