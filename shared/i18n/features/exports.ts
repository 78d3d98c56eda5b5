import { defineCatalogue } from '../define';

export const exports = defineCatalogue({
  en: {},
  de: {},
});
