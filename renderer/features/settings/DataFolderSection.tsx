// Settings → Data folder: where the data lives, and moving it (for example into a folder a
// sync service keeps up to date), opening a Rekindle folder made on another computer, and
// removing the copy a move left behind. Main chooses every folder in its own dialog.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataLocation, FolderChoice } from '../../../shared/ipc/contract';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useMutation } from '../../components/use-mutation';
import { setSnapshot } from '../../state/app-state';
import { folderErrorText, foundRekindleFolder } from './folder-errors';
import styles from './DataFolderSection.module.css';

type Status = { kind: 'ok'; text: string } | { kind: 'error'; text: string; canOpenFound: boolean } | null;

export function DataFolderSection() {
  const { t } = useTranslation();
  const [location, setLocation] = useState<DataLocation | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    let current = true;
    api.dataFolder.get().then(
      (answer) => current && setLocation(answer),
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);

  // After a switch the window reads everything again, from the folder now in use.
  const switched = async (choice: FolderChoice, text: (folder: string) => string) => {
    setLocation(choice.location);
    if (!choice.done) return;
    setSnapshot(await api.app.load());
    setStatus({ kind: 'ok', text: text(choice.location.folder) });
  };
  const failed = { failure: 'inline' as const, explain: (error: unknown) => {
    setStatus({ kind: 'error', text: folderErrorText(t, error), canOpenFound: foundRekindleFolder(error) });
    return '';
  } };
  const move = useMutation(() => api.dataFolder.move(), { ...failed, onSuccess: (choice) => void switched(choice, (folder) => t('dataFolder.moved', { folder })) });
  const openOther = useMutation(() => api.dataFolder.openOther(), { ...failed, onSuccess: (choice) => void switched(choice, (folder) => t('dataFolder.opened', { folder })) });
  const openFound = useMutation(() => api.dataFolder.openOffered(), { ...failed, onSuccess: (choice) => void switched(choice, (folder) => t('dataFolder.opened', { folder })) });
  const show = useMutation(() => api.dataFolder.show());
  const removeOld = useMutation(() => api.dataFolder.removeOldCopy(), {
    ...failed,
    onSuccess: (answer) => {
      setConfirming(false);
      setLocation(answer.location);
      setStatus({ kind: 'ok', text: t('dataFolder.removed', { count: answer.left }) });
    },
  });
  const busy = move.busy || openOther.busy || openFound.busy || removeOld.busy;
  const start = (run: () => Promise<unknown>) => {
    setStatus(null);
    void run();
  };

  return (
    <section className={`card ${styles.section}`} aria-labelledby="settings-data-folder">
      <h2 id="settings-data-folder">{t('dataFolder.section')}</h2>
      <p>{t('dataFolder.current')}</p>
      <p className={styles.path} data-testid="data-folder-path">
        {location?.folder ?? ''}
      </p>
      <p className="field-hint">{location && location.folder !== location.appFolder ? t('dataFolder.chosenHint') : t('dataFolder.appFolderHint')}</p>
      <div className={styles.buttons}>
        <button type="button" className="button" disabled={busy || location?.missing === true} onClick={() => start(move.run)}>
          {move.busy ? t('dataFolder.working') : t('dataFolder.move')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => start(openOther.run)}>
          {t('dataFolder.openOther')}
        </button>
        <button type="button" className="button" disabled={show.busy} onClick={() => void show.run()}>
          {t('dataFolder.show')}
        </button>
      </div>
      <div role="status" className={status?.kind === 'error' ? `field-error ${styles.status}` : `${styles.saved} ${styles.status}`}>
        {status ? <p>{status.text}</p> : null}
        {status?.kind === 'error' && status.canOpenFound ? (
          <button type="button" className="button" disabled={busy} onClick={() => start(openFound.run)}>
            {t('dataFolder.openInstead')}
          </button>
        ) : null}
      </div>
      {location?.previousFolder ? (
        <div className={styles.previous}>
          <p>{t('dataFolder.previous', { folder: location.previousFolder })}</p>
          <button type="button" className="button button-danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('dataFolder.removeOld')}
          </button>
        </div>
      ) : null}
      {confirming && location?.previousFolder ? (
        <Dialog
          title={t('dataFolder.removeTitle')}
          onClose={() => setConfirming(false)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
              <button type="button" className="button button-primary" disabled={removeOld.busy} onClick={() => start(removeOld.run)}>
                {t('dataFolder.removeConfirm')}
              </button>
            </>
          }
        >
          <p>{t('dataFolder.removeBody', { folder: location.previousFolder, current: location.folder })}</p>
        </Dialog>
      ) : null}
    </section>
  );
}
