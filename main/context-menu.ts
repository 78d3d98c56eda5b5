// The menu a right click opens, built from what Chromium says about the click. In a text
// field: the spellchecker's suggestions for a misspelled word and "Add to dictionary", then
// Cut, Copy, Paste and Select all. Elsewhere only Copy, when text is selected. Pure: the
// adapter (adapters/context-menu.ts) shows it and does what the spelling items ask.
import type { MenuItemConstructorOptions } from 'electron';
import { translator } from '../shared/i18n';
import type { Language } from '../shared/schema/fields';

/** The part of Electron's context-menu params the menu is built from. */
export interface ContextMenuTarget {
  isEditable: boolean;
  selectionText: string;
  /** The word under the click when the spellchecker flagged it; '' otherwise. */
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface SpellingActions {
  /** Replaces the misspelled word under the click with `suggestion`. */
  replaceMisspelling(suggestion: string): void;
  /** Teaches the spellchecker `word`, so it is no longer flagged anywhere. */
  addToDictionary(word: string): void;
}

/** More would push Cut and Paste off a small screen; Chromium's best guesses come first. */
export const MAX_SUGGESTIONS = 5;

export function buildContextMenu(target: ContextMenuTarget, language: Language, actions: SpellingActions): MenuItemConstructorOptions[] {
  const t = translator(language);
  if (!target.isEditable) {
    return target.selectionText.trim() === '' ? [] : [{ label: t('contextMenu.copy'), role: 'copy', enabled: target.editFlags.canCopy }];
  }
  const { editFlags } = target;
  return [
    ...spellingItems(target, t, actions),
    { label: t('contextMenu.cut'), role: 'cut', enabled: editFlags.canCut },
    { label: t('contextMenu.copy'), role: 'copy', enabled: editFlags.canCopy },
    { label: t('contextMenu.paste'), role: 'paste', enabled: editFlags.canPaste },
    { type: 'separator' },
    { label: t('contextMenu.selectAll'), role: 'selectAll', enabled: editFlags.canSelectAll },
  ];
}

function spellingItems(target: ContextMenuTarget, t: ReturnType<typeof translator>, actions: SpellingActions): MenuItemConstructorOptions[] {
  const word = target.misspelledWord;
  if (word === '') return [];
  const suggestions = target.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
  return [
    ...(suggestions.length > 0
      ? suggestions.map((suggestion): MenuItemConstructorOptions => ({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) }))
      : [{ label: t('contextMenu.noSuggestions'), enabled: false }]),
    { type: 'separator' },
    { label: t('contextMenu.addToDictionary'), click: () => actions.addToDictionary(word) },
    { type: 'separator' },
  ];
}
