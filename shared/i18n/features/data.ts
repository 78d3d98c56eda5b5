import { defineCatalogue } from '../define';

export const data = defineCatalogue({
  en: {},
  de: {},
});
