import { defineCatalogue } from '../define';

export const people = defineCatalogue({
  en: {},
  de: {},
});
