import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { AppCommand, View } from '../../shared/ipc/channels';
import type { Language } from '../../shared/schema/fields';
import { api, onCommand } from '../api';
import { BoardView } from '../features/board/BoardView';
import { CardDetail, ContactForm, NewRequestDialog } from '../features/board/lazy-dialogs';
import type { CardDialogs } from '../features/today/TodayView';
import { useOverdueCount } from '../features/today/useOverdueCount';
import { applyLanguage, i18n, systemLanguage } from '../i18n';
import { dismissNotice, setBackupsFailing, setSnapshot, useIsLoaded, useLanguage, useNotice } from '../state/app-state';
import { technicalDetail } from '../components/describe-error';
import { warmWhenIdle } from '../components/lazy-part';
import styles from './AppFrame.module.css';
import { AppDialogsProvider } from './app-dialogs-host';
import { runViewCommand } from './commands';
import { useCalendarExport } from '../components/calendar-export';
import { NoticeBanner } from './NoticeBanner';
import { useCardFromReminder, useReportShownView } from './reminder-link';
import { ApplicationsView, DataSection, HelpDialog, PeopleView, SettingsView, TodayView, VIEW_PARTS, WARM_ORDER } from './lazy-parts';
import { dialogIsOpen, PaletteHost, usePaletteShortcut } from './palette-host';
import { Sidebar } from './Sidebar';
import { Toasts } from '../components/Toasts';
import { setSavingPaused } from '../state/external-changes';
import { takeInExternalChanges } from './incoming-changes';
import { SavingPausedNotice } from './SavingPausedNotice';
import { LAUNCH_MARKS, markLaunch } from '../launch-marks';
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

/**
 * Mounted from the first frame, so a menu command sent while main still reads the data is
 * heard; it shows once `ready` (data and words in), until then "Loading…" once `hasWords`.
 */
function Frame({ ready, hasWords }: { ready: boolean; hasWords: boolean }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const language = useLanguage();
  const [view, setView] = useState<View>('board');
  const [helpOpen, setHelpOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const overdue = useOverdueCount();
  const { run: exportCalendar } = useCalendarExport('app');

  useEffect(() => {
    // Electron shows the page title as the window title.
    if (ready) document.title = overdue > 0 ? t('overdue.windowTitle', { count: overdue }) : t('app.name');
  }, [overdue, t, ready]);

  const latestNavigation = useRef(0);
  const navigate = useCallback((next: View) => {
    const navigation = ++latestNavigation.current;
    // The screen's code first, so it replaces the last one whole and its heading can take focus.
    void VIEW_PARTS[next]
      .preload()
      .catch(() => undefined)
      .then(() => {
        if (navigation !== latestNavigation.current) return;
        // At once, as a click would: outside an event React may commit after the next frame,
        // and the focus below would land on the old screen's heading as it goes.
        flushSync(() => setView(next));
        dismissViewToasts();
        // Move focus to the new view's heading so screen readers announce the change.
        requestAnimationFrame(() => document.getElementById('view-title')?.focus());
      });
  }, []);
  // Once the first cards show, the rest arrives while the window is idle.
  useEffect(() => (ready ? warmWhenIdle(WARM_ORDER) : undefined), [ready]);
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
        else if (command.type === 'externalChanges') takeInExternalChanges(command, t, language);
        else if (command.type === 'savingPaused') setSavingPaused(command.paused);
        else if (command.type === 'exportCalendar') void exportCalendar(null, 'save');
        else if (command.type === 'openCard') openReminderCard(command.requestId);
        else runViewCommand(command.type);
      },
    [navigate, openPalette, exportCalendar, openReminderCard, t, language],
  );
  useEffect(() => onCommand(runCommand), [runCommand]);

  if (!ready) return hasWords ? <Loading /> : null;

  return (
    <AppDialogsProvider>
      <div className={styles.frame}>
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <Sidebar current={view} onNavigate={navigate} badges={{ today: overdue }} />
        <main id="main" className={styles.main} aria-labelledby="view-title">
          <SavingPausedNotice />
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

function Loading() {
  const { t } = useTranslation();
  return <div className={styles.loading}>{t('common.loading')}</div>;
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
  // The language whose words are in: none for the first few ms, then the system's until
  // the data says which one the user chose (no snapshot, no saved language: the system's).
  const [shown, setShown] = useState<Language | null>(null);
  const [framed, setFramed] = useState(false);
  const wanted = loaded ? language : systemLanguage;

  useEffect(() => {
    api.app.load().then(
      (snapshot) => {
        markLaunch(LAUNCH_MARKS.loaded);
        setSnapshot(snapshot);
      },
      (error: unknown) => setLoadError(technicalDetail(error)),
    );
  }, []);

  useEffect(() => {
    if (framed) markLaunch(LAUNCH_MARKS.firstRender);
  }, [framed]);

  useEffect(() => {
    applyLanguage(wanted).then(
      (applied) => applied && setShown(wanted),
      (error: unknown) => console.error('The words of the window could not be loaded', error),
    );
  }, [wanted]);

  // The frame waits for its own language the first time, so it never shows in another;
  // a later switch keeps it on screen while the new words arrive.
  if (!framed && loaded && shown === language) setFramed(true);

  return (
    <I18nextProvider i18n={i18n}>
      {loadError === null ? <Frame ready={framed} hasWords={shown !== null} /> : shown === null ? null : <LoadFailed detail={loadError} />}
    </I18nextProvider>
  );
}
