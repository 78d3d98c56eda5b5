// What the palette can do besides opening a record: the menu's commands, each run through
// the path the menu or the screens already use, never a copy of it.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { AppCommand, View } from '../../../shared/ipc/channels';
import type { AppDialogs } from '../../app/app-dialogs';
import { NavIcon } from '../../app/NavIcon';
import { PlusIcon } from '../../components/icons';

/** What the window lends the palette: its own command handler and the backup it saves from Settings. */
export interface PaletteCommands {
  /** The handler the native menu's commands reach: the palette sends the same commands. */
  runCommand(command: AppCommand): void;
  /** Saves a backup where the user chooses, as Settings → Your data does. */
  backupNow(): void;
}

export interface PaletteAction {
  id: string;
  label: string;
  keywords: string;
  icon: ReactNode;
  run: () => void;
}

const GLYPH = (
  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round">
    <path d="M9 6l6 6-6 6" />
  </svg>
);

/** The actions in the order they are offered before anything is typed. */
export function paletteActions(t: TFunction, commands: PaletteCommands, dialogs: AppDialogs, readOnly: boolean): PaletteAction[] {
  const goTo = (view: View, keywords = ''): PaletteAction => ({
    id: `go-${view}`,
    label: view === 'settings' ? t('nav.settings') : t('palette.goTo', { view: t(`nav.${view}`) }),
    keywords: `${t(`nav.${view}`)} ${keywords}`,
    icon: <NavIcon view={view} />,
    run: () => commands.runCommand({ type: 'navigate', view }),
  });
  // A data file from a newer version is only read: nothing may be created or saved from it.
  const changes: PaletteAction[] = readOnly
    ? []
    : [
        { id: 'new-application', label: t('applications.new'), keywords: t('palette.keywords.newApplication'), icon: <PlusIcon />, run: dialogs.openApplicationForm },
        { id: 'new-person', label: t('people.newPerson'), keywords: t('palette.keywords.newPerson'), icon: <PlusIcon />, run: dialogs.openPersonForm },
      ];
  const backup: PaletteAction[] = readOnly
    ? []
    : [{ id: 'backup', label: t('palette.backupNow'), keywords: `${t('data.backup.save')} ${t('palette.keywords.backup')}`, icon: GLYPH, run: commands.backupNow }];
  return [
    ...changes,
    { id: 'export-sheet', label: t('palette.exportSheet'), keywords: t('palette.keywords.exportSheet'), icon: GLYPH, run: () => dialogs.openReferenceSheet(null) },
    {
      id: 'export-calendar',
      label: t('calendar.exportAll'),
      keywords: t('palette.keywords.calendar'),
      icon: <NavIcon view="today" />,
      run: () => commands.runCommand({ type: 'exportCalendar' }),
    },
    ...backup,
    goTo('board', t('palette.keywords.board')),
    goTo('today', t('palette.keywords.today')),
    goTo('applications'),
    goTo('people'),
    goTo('settings', t('palette.keywords.settings')),
    {
      id: 'help',
      label: t('menu.learnMore'),
      keywords: `${t('menu.help')} ${t('palette.keywords.help')}`,
      icon: GLYPH,
      run: () => commands.runCommand({ type: 'help' }),
    },
  ];
}
