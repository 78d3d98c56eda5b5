import { defineCatalogue } from '../define';

export const applications = defineCatalogue({
  en: { title: 'Applications' },
  de: { title: 'Bewerbungen' },
});
