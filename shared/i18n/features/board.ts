import { defineCatalogue } from '../define';

export const board = defineCatalogue({
  en: {},
  de: {},
});
