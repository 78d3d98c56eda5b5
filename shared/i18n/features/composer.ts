import { defineCatalogue } from '../define';

export const composer = defineCatalogue({
  en: {},
  de: {},
});
