// What launch leaves out: every screen but the board and every dialog come in chunks of
// their own, fetched on first use or warmed while the window is idle after the first cards.
import { lazyPart, type Preloadable } from '../components/lazy-part';
import type { View } from '../../shared/ipc/channels';
import { BOARD_DIALOGS } from '../features/board/lazy-dialogs';

export const TodayView = lazyPart(() => import('../features/today/TodayView').then((module) => module.TodayView));
export const ApplicationsView = lazyPart(() => import('../features/applications/ApplicationsView').then((module) => module.ApplicationsView));
export const PeopleView = lazyPart(() => import('../features/people/PeopleView').then((module) => module.PeopleView));
export const SettingsView = lazyPart(() => import('../features/settings/SettingsView').then((module) => module.SettingsView));
export const DataSection = lazyPart(() => import('../features/data/DataSection').then((module) => module.DataSection));

export const HelpDialog = lazyPart(() => import('../features/help/HelpDialog').then((module) => module.HelpDialog));
export const CommandPalette = lazyPart(() => import('../features/palette/CommandPalette').then((module) => module.CommandPalette));
export const PersonDialog = lazyPart(() => import('../features/people/PersonDialog').then((module) => module.PersonDialog));
export const ApplicationDialog = lazyPart(() => import('../features/applications/ApplicationDialog').then((module) => module.ApplicationDialog));
export const ReferenceSheetDialog = lazyPart(() => import('../features/exports/ReferenceSheetDialog').then((module) => module.ReferenceSheetDialog));
export const NotePromptsDialog = lazyPart(() => import('../features/exports/NotePromptsDialog').then((module) => module.NotePromptsDialog));

const BOARD: Preloadable = { preload: () => Promise.resolve() };

/** The code each screen needs before it can show; the board is in the launch chunk. */
export const VIEW_PARTS: Record<View, Preloadable> = {
  board: BOARD,
  today: TodayView,
  applications: ApplicationsView,
  people: PeopleView,
  settings: { preload: () => Promise.all([SettingsView.preload(), DataSection.preload()]).then(() => undefined) },
};

/** Warmed after launch, the likeliest first: the card and its forms, then the other screens, then the rest. */
export const WARM_ORDER: readonly Preloadable[] = [
  ...BOARD_DIALOGS,
  TodayView,
  CommandPalette,
  PeopleView,
  PersonDialog,
  ApplicationsView,
  ApplicationDialog,
  VIEW_PARTS.settings,
  HelpDialog,
  ReferenceSheetDialog,
  NotePromptsDialog,
];
