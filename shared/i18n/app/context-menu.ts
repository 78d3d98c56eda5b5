// The menu a right click opens on text: spelling suggestions and the editing commands.
import { defineCatalogue } from '../define';

export const contextMenu = defineCatalogue({
  en: {
    noSuggestions: 'No suggestions',
    addToDictionary: 'Add to dictionary',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
  },
  de: {
    noSuggestions: 'Keine Vorschläge',
    addToDictionary: 'Zum Wörterbuch hinzufügen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
  },
});
