// Saves the one-page prep brief for a reference request; main asks where to save it.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schema';
import { api } from '../../api';
import { useLanguage } from '../../state/app-state';
import { ExportButton } from './ExportButton';
import styles from './Exports.module.css';
import { useExportRunner } from './use-export';

interface PrepBriefButtonProps {
  requestId: string;
  /** The brief's language; the window's language unless given. */
  language?: Language;
}

export function PrepBriefButton({ requestId, language }: PrepBriefButtonProps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const exporter = useExportRunner<'brief'>();
  return (
    <span className={styles.inlineAction}>
      <ExportButton
        busy={exporter.busy === 'brief'}
        unavailable={exporter.busy !== null}
        onClick={() => void exporter.run('brief', () => api.exports.prepBrief({ requestId, language: language ?? uiLanguage }))}
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
