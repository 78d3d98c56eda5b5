// The native application menu.
import { defineCatalogue } from '../define';

export const menu = defineCatalogue({
  en: {
    file: 'File',
    newItem: 'New',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    find: 'Find',
    about: 'About Rekindle',
    learnMore: 'How Rekindle works',
    openDataFolder: 'Open data folder',
    revealBackups: 'Show backups',
  },
  de: {
    file: 'Datei',
    newItem: 'Neu',
    edit: 'Bearbeiten',
    view: 'Ansicht',
    window: 'Fenster',
    help: 'Hilfe',
    find: 'Suchen',
    about: 'Über Rekindle',
    learnMore: 'So funktioniert Rekindle',
    openDataFolder: 'Datenordner öffnen',
    revealBackups: 'Sicherungen anzeigen',
  },
});
