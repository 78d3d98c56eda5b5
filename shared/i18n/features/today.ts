import { defineCatalogue } from '../define';

export const today = defineCatalogue({
  en: {},
  de: {},
});
