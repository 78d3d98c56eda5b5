// The way out of "your data folder is missing": look again once the drive or the sync is
// back, or use the app's own folder on this computer. Either way the window reads its data
// again from the folder now in use; the missing one is never touched.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderChoice } from '../../shared/ipc/contract';
import { api } from '../api';
import { useMutation } from '../components/use-mutation';
import { setSnapshot } from '../state/app-state';
import styles from './AppFrame.module.css';

export function MissingFolderActions() {
  const { t } = useTranslation();
  const [stillMissing, setStillMissing] = useState(false);
  const reload = async (choice: FolderChoice) => {
    setStillMissing(!choice.done);
    if (choice.done) setSnapshot(await api.app.load());
  };
  const lookAgain = useMutation(() => api.dataFolder.lookAgain(), { onSuccess: (choice) => void reload(choice) });
  const useDefault = useMutation(() => api.dataFolder.useDefault(), { onSuccess: (choice) => void reload(choice) });
  const busy = lookAgain.busy || useDefault.busy;
  return (
    <div className={styles.noticeActions}>
      <button type="button" className="button" disabled={busy} onClick={() => void lookAgain.run()}>
        {t('dataFolder.lookAgain')}
      </button>
      <button type="button" className="button button-ghost" disabled={busy} onClick={() => void useDefault.run()}>
        {t('dataFolder.useDefault')}
      </button>
      <p role="status" className="field-hint">
        {stillMissing ? t('dataFolder.stillMissing') : ''}
      </p>
    </div>
  );
}
