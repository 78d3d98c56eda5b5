// The sidebar beside the main navigation.
import { defineCatalogue } from '../define';

export const sidebar = defineCatalogue({
  en: {
    overdue: 'overdue',
  },
  de: {
    overdue: 'überfällig',
  },
});
