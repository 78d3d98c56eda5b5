// react-i18next over the shared i18n instance (shared/i18n owns i18next).
import { createI18n } from '../shared/i18n';
import type { Language } from '../shared/schema/fields';

export const i18n = createI18n('en');

export function applyLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
