import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildContextMenu, MAX_SUGGESTIONS, type ContextMenuTarget } from '../../main/context-menu';
import type { Language } from '../../shared/schema/fields';

const ALL_ALLOWED = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

function target(overrides: Partial<ContextMenuTarget> = {}): ContextMenuTarget {
  return { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: ALL_ALLOWED, ...overrides };
}

function menuFor(given: ContextMenuTarget, language: Language = 'en') {
  const done: string[] = [];
  const template = buildContextMenu(given, language, {
    replaceMisspelling: (suggestion) => done.push(`replace with ${suggestion}`),
    addToDictionary: (word) => done.push(`add ${word}`),
  });
  return { template, done, labels: template.map((item) => item.label ?? item.type) };
}

function click(item: MenuItemConstructorOptions | undefined): void {
  // Electron passes the menu item, the focused window and the keyboard event; the menu uses none.
  item?.click?.({} as never, undefined, {} as never);
}

const misspelled = target({ misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve', 'reprieve'] });

describe('the right-click menu in a text field', () => {
  it('offers the spellchecker’s suggestions first, then Add to dictionary, then editing', () => {
    expect(menuFor(misspelled).labels).toEqual([
      'receive',
      'relieve',
      'reprieve',
      'separator',
      'Add to dictionary',
      'separator',
      'Cut',
      'Copy',
      'Paste',
      'separator',
      'Select all',
    ]);
  });

  it('replaces the misspelled word with the suggestion clicked', () => {
    const { template, done } = menuFor(misspelled);
    click(template.find((item) => item.label === 'relieve'));
    expect(done).toEqual(['replace with relieve']);
  });

  it('adds the misspelled word itself to the dictionary', () => {
    const { template, done } = menuFor(misspelled);
    click(template.find((item) => item.label === 'Add to dictionary'));
    expect(done).toEqual(['add recieve']);
  });

  it('does nothing until an item is clicked', () => {
    expect(menuFor(misspelled).done).toEqual([]);
  });

  it('says when the spellchecker has no suggestion, and still offers to add the word', () => {
    const { template, labels } = menuFor(target({ misspelledWord: 'Rekindle', dictionarySuggestions: [] }));
    expect(labels.slice(0, 3)).toEqual(['No suggestions', 'separator', 'Add to dictionary']);
    expect(template[0]?.enabled).toBe(false);
    expect(template[0]?.click).toBeUndefined();
  });

  it(`shows at most ${MAX_SUGGESTIONS} suggestions`, () => {
    const suggestions = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'];
    const { labels } = menuFor(target({ misspelledWord: 'aa', dictionarySuggestions: suggestions }));
    expect(labels.slice(0, MAX_SUGGESTIONS + 1)).toEqual([...suggestions.slice(0, MAX_SUGGESTIONS), 'separator']);
  });

  it('has only the editing commands on a correctly spelled word', () => {
    expect(menuFor(target()).labels).toEqual(['Cut', 'Copy', 'Paste', 'separator', 'Select all']);
  });

  it('does cut, copy, paste and select all with the standard roles, enabled as the field allows', () => {
    const { template } = menuFor(target({ editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } }));
    const editing = template.filter((item) => item.role !== undefined);
    expect(editing.map(({ role, enabled }) => ({ role, enabled }))).toEqual([
      { role: 'cut', enabled: false },
      { role: 'copy', enabled: false },
      { role: 'paste', enabled: true },
      { role: 'selectAll', enabled: true },
    ]);
  });

  it('is labelled in German in a German window', () => {
    expect(menuFor(target({ misspelledWord: 'Referenc', dictionarySuggestions: [] }), 'de').labels).toEqual([
      'Keine Vorschläge',
      'separator',
      'Zum Wörterbuch hinzufügen',
      'separator',
      'Ausschneiden',
      'Kopieren',
      'Einfügen',
      'separator',
      'Alles auswählen',
    ]);
  });
});

describe('the right-click menu outside text fields', () => {
  it('offers only Copy for selected text, nothing about spelling', () => {
    // Chromium reports no misspelling outside editable text; the menu would not offer one even if it did.
    const { template } = menuFor(target({ isEditable: false, selectionText: 'Maria Schäfer', misspelledWord: 'Schäfer', dictionarySuggestions: ['Schäfer'] }));
    expect(template.map(({ label, role }) => ({ label, role }))).toEqual([{ label: 'Copy', role: 'copy' }]);
  });

  it('opens no menu where nothing is selected', () => {
    expect(menuFor(target({ isEditable: false, selectionText: '  ' })).template).toEqual([]);
  });
});
