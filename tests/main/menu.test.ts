import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, whenLanguageChanges } from '../../main/menu';
import type { AppCommand } from '../../shared/ipc/channels';
import { de, en } from '../../shared/i18n';
import type { Language } from '../../shared/schema/fields';

function build(language: Language, platform: NodeJS.Platform = 'linux') {
  const sent: AppCommand[] = [];
  const template = buildMenuTemplate(language, (command) => sent.push(command), platform);
  return { template, sent };
}

function itemsOf(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return Array.isArray(menu.submenu) ? menu.submenu : [];
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => [menu, ...allItems(itemsOf(menu))]);
}

function click(item: MenuItemConstructorOptions): void {
  // Electron passes the menu item, the focused window and the keyboard event; the app uses none.
  item.click?.({} as never, undefined, {} as never);
}

/** What pressing each shortcut sends to the window. */
function commandsByAccelerator(language: Language, platform: NodeJS.Platform = 'linux'): Map<string, AppCommand[]> {
  const { template, sent } = build(language, platform);
  const commands = new Map<string, AppCommand[]>();
  for (const item of allItems(template)) {
    if (!item.accelerator) continue;
    sent.length = 0;
    click(item);
    commands.set(String(item.accelerator), [...sent]);
  }
  return commands;
}

describe('the application menu', () => {
  it.each([
    ['en', ['File', 'Edit', 'View', 'Window', 'Help']],
    ['de', ['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']],
  ] as const)('has File, Edit, View, Window and Help in %s', (language, labels) => {
    const { template } = build(language);
    expect(template.map((menu) => menu.label)).toEqual(labels);
  });

  it.each(['en', 'de'] as const)('sends the typed command for each shortcut in %s', (language) => {
    expect(Object.fromEntries(commandsByAccelerator(language))).toEqual({
      'CmdOrCtrl+N': [{ type: 'create' }],
      'CmdOrCtrl+,': [{ type: 'navigate', view: 'settings' }],
      'CmdOrCtrl+F': [{ type: 'find' }],
      'CmdOrCtrl+K': [{ type: 'palette' }],
      'CmdOrCtrl+1': [{ type: 'navigate', view: 'board' }],
      'CmdOrCtrl+2': [{ type: 'navigate', view: 'applications' }],
      'CmdOrCtrl+3': [{ type: 'navigate', view: 'people' }],
      'CmdOrCtrl+4': [{ type: 'navigate', view: 'today' }],
      F1: [{ type: 'help' }],
    });
  });

  it.each(['en', 'de'] as const)('names the views in the View menu in the chosen language (%s)', (language) => {
    const { template } = build(language);
    const messages = { en, de }[language];
    const nav = messages.nav;
    const view = template.find((menu) => menu.label === messages.menu.view);

    const labelled = itemsOf(view ?? {}).filter((item) => item.label !== undefined);
    expect(labelled.map((item) => item.label)).toEqual([nav.board, nav.applications, nav.people, nav.today]);
  });

  it('labels the German menu items in German', () => {
    const labels = allItems(build('de').template)
      .map((item) => item.label)
      .filter((label) => label !== undefined);

    expect(labels).toEqual(
      expect.arrayContaining(['Neu', 'Einstellungen', 'Suchen', 'Schnellzugriff …', 'Bewerbungen', 'Personen', 'Heute', 'So funktioniert Rekindle']),
    );
    for (const english of ['File', 'New', 'Settings', 'Find', 'Quick Open…', 'Applications', 'People', 'Today']) expect(labels).not.toContain(english);
  });

  it('gives no two items the same shortcut', () => {
    const accelerators = allItems(build('en').template)
      .map((item) => item.accelerator)
      .filter((accelerator) => accelerator !== undefined);

    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('sends nothing until an item is clicked', () => {
    const { sent } = build('en');
    expect(sent).toEqual([]);
  });

  it('keeps the standard editing roles so copy and paste work in text fields', () => {
    const edit = build('en').template.find((menu) => menu.label === 'Edit');
    expect(itemsOf(edit ?? {}).map((item) => item.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('adds the application menu first on macOS, closes the window there instead of quitting', () => {
    const mac = build('en', 'darwin').template;
    const linux = build('en', 'linux').template;

    expect(mac[0]?.role).toBe('appMenu');
    expect(mac.slice(1).map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(itemsOf(mac[1] ?? {}).at(-1)?.role).toBe('close');
    expect(itemsOf(linux[0] ?? {}).at(-1)?.role).toBe('quit');
    expect(Object.fromEntries(commandsByAccelerator('en', 'darwin'))).toEqual(Object.fromEntries(commandsByAccelerator('en', 'linux')));
  });
});

describe('the DevTools', () => {
  const roles = (devTools: boolean) =>
    allItems(buildMenuTemplate('en', () => undefined, 'linux', { devTools })).map((item) => item.role);

  it('are in the View menu while developing', () => {
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('are not in the menu of the packaged app, which is the default', () => {
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(allItems(build('en').template).map((item) => item.role)).not.toContain('toggleDevTools');
  });
});

describe('installing the menu', () => {
  it('installs it for the first language, then again only when the language changes', () => {
    const installed: Language[] = [];
    const show = whenLanguageChanges((language) => installed.push(language));

    for (const language of ['de', 'de', 'en', 'en', 'en', 'de'] as const) show(language);

    expect(installed).toEqual(['de', 'en', 'de']);
  });
});

describe('Export calendar…', () => {
  it.each([
    ['en', 'Export calendar…'],
    ['de', 'Kalender exportieren …'],
  ] as const)('sits in the File menu in %s and asks the window to export', (language, label) => {
    const { template, sent } = build(language);
    const item = itemsOf(template[0] ?? {}).find((entry) => entry.label === label);

    expect(item).toBeDefined();
    click(item!);
    expect(sent).toEqual([{ type: 'exportCalendar' }]);
  });
});

describe('the data folder in the Help menu', () => {
  function helpWithFolders(language: Language) {
    const calls: string[] = [];
    const folders = { openDataFolder: () => calls.push('openDataFolder'), revealBackups: () => calls.push('revealBackups') };
    const template = buildMenuTemplate(language, () => undefined, 'linux', { devTools: false, folders });
    const help = template.find((menu) => menu.role === 'help');
    return { items: itemsOf(help ?? {}), calls };
  }

  it.each([
    ['en', 'Open data folder', 'Show backups'],
    ['de', 'Datenordner öffnen', 'Sicherungen anzeigen'],
  ] as const)('offers to open the data folder and show the backups, in %s', (language, open, reveal) => {
    const { items } = helpWithFolders(language);
    expect(items.map((item) => item.label ?? item.type)).toEqual([{ en, de }[language].menu.learnMore, 'separator', open, reveal]);
  });

  it('opens the folder each item names, and only when clicked', () => {
    const { items, calls } = helpWithFolders('en');
    expect(calls).toEqual([]);

    const [, , open, reveal] = items;
    click(reveal ?? {});
    click(open ?? {});

    expect(calls).toEqual(['revealBackups', 'openDataFolder']);
  });

  it('gives the folder items no shortcut of their own', () => {
    const { items } = helpWithFolders('en');
    expect(items.slice(1).map((item) => item.accelerator)).toEqual([undefined, undefined, undefined]);
  });
});
