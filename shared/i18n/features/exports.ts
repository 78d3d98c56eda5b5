import { defineCatalogue } from '../define';

export const documentExports = defineCatalogue({
  en: {},
  de: {},
});
