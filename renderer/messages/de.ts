// The window's words in German, a chunk of their own. The build keeps only this language's
// half of each catalogue here (one-language-catalogues.ts beside the build config).
import { catalogues } from '../../shared/i18n';

export const messages = catalogues.de;
