// The save dialog's title and the first word of the file name it proposes, per document.
import { defineCatalogue } from '../define';

export const files = defineCatalogue({
  en: {
    saveTitle: { sheet: 'Save reference sheet', brief: 'Save prep brief', notes: 'Save note prompts', csv: 'Save spreadsheet' },
    fileName: { sheet: 'References', brief: 'Prep brief', notes: 'Thank-you notes', applications: 'Applications', people: 'People' },
  },
  de: {
    saveTitle: { sheet: 'Referenzliste speichern', brief: 'Briefing speichern', notes: 'Schreibhilfen speichern', csv: 'Tabelle speichern' },
    fileName: { sheet: 'Referenzen', brief: 'Briefing', notes: 'Dankeskarten', applications: 'Bewerbungen', people: 'Personen' },
  },
});
