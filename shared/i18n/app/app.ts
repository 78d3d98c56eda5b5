// The app's name and the words around the window's frame.
import { defineCatalogue } from '../define';

export const app = defineCatalogue({
  en: {
    name: 'Rekindle',
    tagline: 'Your references, back in touch',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
  },
  de: {
    name: 'Rekindle',
    tagline: 'Deine Referenzen, wieder in Kontakt',
    skipToContent: 'Zum Inhalt springen',
    mainNavigation: 'Hauptnavigation',
  },
});
