import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../main/menu';
import type { AppCommand } from '../../../shared/ipc/channels';
import { translator } from '../../../shared/i18n';
import type { AppDialogs } from '../../../renderer/app/app-dialogs';
import { paletteActions, type PaletteCommands } from '../../../renderer/features/palette/palette-actions';

function setUp(readOnly = false) {
  const ran: string[] = [];
  const commands: PaletteCommands = {
    runCommand: (command) => ran.push(JSON.stringify(command)),
    backupNow: () => ran.push('backupNow'),
  };
  const dialogs = {
    openReferenceSheet: (applicationId) => ran.push(`openReferenceSheet:${String(applicationId)}`),
    openNotePrompts: () => ran.push('openNotePrompts'),
    openPersonForm: () => ran.push('openPersonForm'),
    openApplicationForm: () => ran.push('openApplicationForm'),
    openPerson: (id) => ran.push(`openPerson:${id}`),
    openApplication: (id) => ran.push(`openApplication:${id}`),
    openCard: (id) => ran.push(`openCard:${id}`),
  } satisfies AppDialogs;
  return { ran, actions: paletteActions(translator('en'), commands, dialogs, readOnly) };
}

/** What each item of the native menu sends, as JSON. */
function menuCommands(): string[] {
  const sent: AppCommand[] = [];
  const walk = (items: MenuItemConstructorOptions[]): void =>
    items.forEach((item) => {
      item.click?.({} as never, undefined, {} as never);
      if (Array.isArray(item.submenu)) walk(item.submenu);
    });
  walk(buildMenuTemplate('en', (command) => sent.push(command), 'linux'));
  return sent.map((command) => JSON.stringify(command));
}

describe("the palette's actions", () => {
  it('offers creating, the exports, backing up, every screen and the help, in that order', () => {
    expect(setUp().actions.map((action) => action.label)).toEqual([
      'New application',
      'New person',
      'Export reference sheet…',
      'Export calendar…',
      'Back up now…',
      'Go to Board',
      'Go to Today',
      'Go to Applications',
      'Go to People',
      'Settings',
      'How Rekindle works',
    ]);
  });

  it('send the very commands the menu sends for the screens, the calendar and the help', () => {
    const { ran, actions } = setUp();
    const sentAsTheMenuDoes = actions.filter((candidate) => candidate.id.startsWith('go-') || ['help', 'export-calendar'].includes(candidate.id));
    for (const action of sentAsTheMenuDoes) action.run();

    expect(ran.length).toBe(7);
    expect(menuCommands()).toEqual(expect.arrayContaining(ran));
  });

  it('open the forms and the sheet the screens open, and save a backup as Settings does', () => {
    const { ran, actions } = setUp();
    for (const id of ['new-application', 'new-person', 'export-sheet', 'backup']) actions.find((action) => action.id === id)?.run();

    expect(ran).toEqual(['openApplicationForm', 'openPersonForm', 'openReferenceSheet:null', 'backupNow']);
  });

  it('offer nothing that creates or saves while the data file is read only', () => {
    const ids = setUp(true).actions.map((action) => action.id);
    expect(ids).not.toContain('new-application');
    expect(ids).not.toContain('new-person');
    expect(ids).not.toContain('backup');
    expect(ids).toContain('go-people');
  });
});
