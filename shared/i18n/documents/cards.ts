// The printed prompt cards for handwritten thank-you notes: each card's title, section
// headings and the words the page prints around them.
import { defineCatalogue } from '../define';

export const cards = defineCatalogue({
  en: {
    documentTitle: 'Thank-you notes',
    title: 'Thank-you note for {{recipient}}',
    to: 'To:',
    draft: 'Draft',
    section: {
      outcome: 'The outcome',
      thanks: 'What they did for you',
      project: 'A shared project to recall',
      ask: 'Staying a reference',
      closing: 'Closing',
    },
  },
  de: {
    documentTitle: 'Dankeskarten',
    title: 'Dankeskarte für {{recipient}}',
    to: 'An:',
    draft: 'Entwurf',
    section: {
      outcome: 'Das Ergebnis',
      thanks: 'Wofür du dankst',
      project: 'Ein gemeinsames Projekt',
      ask: 'Die Bitte, Referenz zu bleiben',
      closing: 'Zum Schluss',
    },
  },
});
