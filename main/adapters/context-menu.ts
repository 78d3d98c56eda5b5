// The right-click menu of the window, with Electron's Menu: spelling suggestions go back to
// the page that was clicked, new words to the session's custom dictionary.
import { Menu, type WebContents } from 'electron';
import type { Language } from '../../shared/schema/fields';
import { buildContextMenu } from '../context-menu';

/** Shows the context menu on every right click in `contents`, labelled in the window's current language. */
export function attachContextMenu(contents: WebContents, language: () => Language): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenu(params, language(), {
      replaceMisspelling: (suggestion) => contents.replaceMisspelling(suggestion),
      addToDictionary: (word) => {
        contents.session.addWordToSpellCheckerDictionary(word);
      },
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
