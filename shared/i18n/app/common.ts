// Buttons and states every dialog shares.
import { defineCatalogue } from '../define';

export const common = defineCatalogue({
  en: {
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    loading: 'Loading…',
  },
  de: {
    cancel: 'Abbrechen',
    close: 'Schließen',
    save: 'Speichern',
    loading: 'Wird geladen …',
  },
});
