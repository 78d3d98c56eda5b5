// The views, as the sidebar and the View menu name them.
import { defineCatalogue } from '../define';

export const nav = defineCatalogue({
  en: {
    board: 'Board',
    applications: 'Applications',
    people: 'People',
    today: 'Today',
    settings: 'Settings',
  },
  de: {
    board: 'Board',
    applications: 'Bewerbungen',
    people: 'Personen',
    today: 'Heute',
    settings: 'Einstellungen',
  },
});
