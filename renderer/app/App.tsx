import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { AppCommand, View } from '../../shared/ipc/channels';
import { api, onCommand } from '../api';
import { BoardView } from '../features/board/BoardView';
import { CardDetail } from '../features/board/CardDetail';
import { ContactForm } from '../features/board/ContactForm';
import { NewRequestDialog } from '../features/board/NewRequestDialog';
import { DataSection } from '../features/data/DataSection';
import { ApplicationsView } from '../features/applications/ApplicationsView';
import { HelpDialog } from '../features/help/HelpDialog';
import { PeopleView } from '../features/people/PeopleView';
import { SettingsView } from '../features/settings/SettingsView';
import { TodayView, type CardDialogs } from '../features/today/TodayView';
import { useOverdueCount } from '../features/today/useOverdueCount';
import { applyLanguage, i18n } from '../i18n';
import { dismissNotice, setBackupsFailing, setSnapshot, useIsLoaded, useLanguage, useNotice } from '../state/app-state';
import { technicalDetail } from '../components/describe-error';
import styles from './AppFrame.module.css';
import { AppDialogsProvider } from './app-dialogs';
import { runViewCommand } from './commands';
import { useCalendarExport } from '../components/calendar-export';
import { NoticeBanner } from './NoticeBanner';
import { useCardFromReminder, useReportShownView } from './reminder-link';
import { dialogIsOpen, PaletteHost, usePaletteShortcut } from './palette-host';
import { Sidebar } from './Sidebar';
import { Toasts } from '../components/Toasts';
import { dismissViewToasts } from '../state/toasts';

// Screens that show another feature's pieces get them from here: features never import each other.
const CARD_DIALOGS: CardDialogs = { CardDetail, ContactForm, NewRequestDialog };

// Memoized: the frame re-renders for its badge on every change, the view only for its own slices.
const CurrentView = memo(function CurrentView({ view, onNavigate }: { view: View; onNavigate: (view: View) => void }) {
  switch (view) {
    case 'board':
      return <BoardView onNavigate={onNavigate} />;
    case 'applications':
      return <ApplicationsView />;
    case 'people':
      return <PeopleView />;
    case 'today':
      return <TodayView onNavigate={onNavigate} cardDialogs={CARD_DIALOGS} />;
    case 'settings':
      return <SettingsView dataSection={<DataSection />} />;
  }
});

function Frame() {
  const { t } = useTranslation();
  const loaded = useIsLoaded();
  const notice = useNotice();
  const [view, setView] = useState<View>('board');
  const [helpOpen, setHelpOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const overdue = useOverdueCount();
  const { run: exportCalendar } = useCalendarExport('app');

  useEffect(() => {
    // Electron shows the page title as the window title.
    document.title = overdue > 0 ? t('overdue.windowTitle', { count: overdue }) : t('app.name');
  }, [overdue, t]);

  const navigate = useCallback((next: View) => {
    setView(next);
    dismissViewToasts();
    // Move focus to the new view's heading so screen readers announce the change.
    requestAnimationFrame(() => document.getElementById('view-title')?.focus());
  }, []);
  useReportShownView(view);
  const reminderCard = useCardFromReminder(navigate);
  const openReminderCard = reminderCard.open;

  const openPalette = useCallback(() => {
    if (!dialogIsOpen()) setPaletteOpen(true);
  }, []);
  const closePalette = useCallback(() => setPaletteOpen(false), []);
  usePaletteShortcut(openPalette);

  // The menu's commands, and the palette's: it runs them exactly as the menu does.
  const runCommand = useMemo(
    () =>
      function runCommand(command: AppCommand) {
        if (command.type === 'navigate') navigate(command.view);
        else if (command.type === 'help') setHelpOpen(true);
        else if (command.type === 'palette') openPalette();
        else if (command.type === 'backupHealth') setBackupsFailing(command.failing);
        else if (command.type === 'exportCalendar') void exportCalendar(null, 'save');
        else if (command.type === 'openCard') openReminderCard(command.requestId);
        else runViewCommand(command.type);
      },
    [navigate, openPalette, exportCalendar, openReminderCard],
  );
  useEffect(() => onCommand(runCommand), [runCommand]);

  if (!loaded) return <div className={styles.loading}>{t('common.loading')}</div>;

  return (
    <AppDialogsProvider>
      <div className={styles.frame}>
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <Sidebar current={view} onNavigate={navigate} badges={{ today: overdue }} />
        <main id="main" className={styles.main} aria-labelledby="view-title">
          {notice ? <NoticeBanner notice={notice} onDismiss={dismissNotice} /> : null}
          <CurrentView view={view} onNavigate={navigate} />
        </main>
        {helpOpen ? <HelpDialog onClose={() => setHelpOpen(false)} /> : null}
        {reminderCard.requestId ? <CardDetail requestId={reminderCard.requestId} onClose={reminderCard.close} /> : null}
        {paletteOpen ? <PaletteHost onClose={closePalette} runCommand={runCommand} /> : null}
        <Toasts />
      </div>
    </AppDialogsProvider>
  );
}

/** Main could not even answer the first load: say so in the system's language, with the detail to copy. */
function LoadFailed({ detail }: { detail: string }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={styles.loading}>
      <p>{t('errors.loadFailed')}</p>
      <details>
        <summary>{t('errors.technicalDetail')}</summary>
        <code>{detail}</code>
      </details>
    </div>
  );
}

export function App() {
  const loaded = useIsLoaded();
  const language = useLanguage();
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    api.app.load().then(setSnapshot, (error: unknown) => {
      // No snapshot, so no saved language: the system's, as the window would have chosen.
      applyLanguage(navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en');
      setLoadError(technicalDetail(error));
    });
  }, []);

  useEffect(() => {
    if (loaded) applyLanguage(language);
  }, [loaded, language]);

  return (
    <I18nextProvider i18n={i18n}>
      {loadError !== null ? <LoadFailed detail={loadError} /> : <Frame />}
    </I18nextProvider>
  );
}
