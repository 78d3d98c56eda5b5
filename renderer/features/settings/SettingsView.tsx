import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schema/fields';
import type { PaperSize } from '../../../shared/schema/settings';
import { api } from '../../api';
import { ViewHeader } from '../../components/ViewHeader';
import { useMutation } from '../../components/use-mutation';
import { useDataFile, useProfile, useReadOnly, useSettings, useSystemLanguage } from '../../state/app-state';
import { ProfileForm } from './ProfileForm';
import { CallThresholdSetting } from './CallThresholdSetting';
import { DataFolderSection } from './DataFolderSection';
import { ReminderSetting } from './ReminderSetting';
import styles from './Settings.module.css';

/** `dataSection`: backups, imports and restore, which the app places here from the data feature. */
export function SettingsView({ dataSection }: { dataSection: ReactNode }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const profile = useProfile();
  const readOnly = useReadOnly();
  const systemLanguage = useSystemLanguage();
  const dataFile = useDataFile();
  const { run: update } = useMutation((change: { language?: Language | null; paperSize?: PaperSize }) => api.settings.update(change));
  // The path is on screen already; a failure says where to look by hand.
  const folderNotOpened = { explain: () => t('settings.folderNotOpened', { path: dataFile.replace(/[^/\\]*$/, '') }) };
  const openDataFolder = useMutation(() => api.files.openDataFolder(), folderNotOpened);
  const revealBackups = useMutation(() => api.files.revealBackups(), folderNotOpened);

  return (
    <>
      <ViewHeader title={t('settings.title')} />
      <div className={styles.sections}>
        <section className={`card ${styles.section}`} aria-labelledby="settings-language">
          <h2 id="settings-language">{t('settings.languageSection')}</h2>
          <div className="field">
            <label htmlFor="settings-language-select">{t('settings.language')}</label>
            <select
              id="settings-language-select"
              className="select"
              value={settings.language ?? 'system'}
              disabled={readOnly}
              onChange={(event) => void update({ language: event.target.value === 'system' ? null : (event.target.value as Language) })}
            >
              <option value="system">
                {t('settings.languageSystem', { language: systemLanguage === 'de' ? t('settings.languageDe') : t('settings.languageEn') })}
              </option>
              <option value="en">{t('settings.languageEn')}</option>
              <option value="de">{t('settings.languageDe')}</option>
            </select>
          </div>
        </section>

        <section className={`card ${styles.section}`} aria-labelledby="settings-documents">
          <h2 id="settings-documents">{t('settings.exportsSection')}</h2>
          <fieldset className={styles.radios} disabled={readOnly}>
            <legend className="field-label">{t('settings.paperSize')}</legend>
            {(['A4', 'Letter'] as const).map((size) => (
              <label key={size} className={styles.radio}>
                <input type="radio" name="paper-size" value={size} checked={settings.paperSize === size} onChange={() => void update({ paperSize: size })} />
                {size === 'A4' ? t('settings.paperA4') : t('settings.paperLetter')}
              </label>
            ))}
          </fieldset>
        </section>

        <ReminderSetting value={settings.reminders} disabled={readOnly} />

        <CallThresholdSetting value={settings.callThreshold} disabled={readOnly} />

        <section className={`card ${styles.section}`} aria-labelledby="settings-profile">
          <h2 id="settings-profile">{t('settings.profileSection')}</h2>
          <ProfileForm profile={profile} />
        </section>

        <DataFolderSection />

        <section className={`card ${styles.section}`} aria-labelledby="settings-data">
          <h2 id="settings-data">{t('settings.dataSection')}</h2>
          <p className="field-hint">{t('settings.dataFile', { path: dataFile })}</p>
          <div className={styles.folderButtons}>
            <button type="button" className="button" disabled={openDataFolder.busy} onClick={() => void openDataFolder.run()}>
              {t('menu.openDataFolder')}
            </button>
            <button type="button" className="button" disabled={revealBackups.busy} onClick={() => void revealBackups.run()}>
              {t('menu.revealBackups')}
            </button>
          </div>
        </section>

        {dataSection}
      </div>
    </>
  );
}
