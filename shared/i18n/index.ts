// The one module that owns i18next. Main (menus, notifications) and the renderer (through
// react-i18next) both get their translator here.
import i18next, { type i18n } from 'i18next';
import type { Language } from '../schema/fields';
import { de } from './de';
import { en } from './en';
import { FEATURE_CATALOGUES } from './features';

export { de, en };
export type { Messages } from './en';

function merged(language: Language): Record<string, unknown> {
  const base: Record<string, unknown> = { ...(language === 'en' ? en : de) };
  for (const [namespace, catalogue] of Object.entries(FEATURE_CATALOGUES)) base[namespace] = catalogue[language];
  return base;
}

export const catalogues = { en: merged('en'), de: merged('de') } as const;

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: catalogues.en }, de: { translation: catalogues.de } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Maps an OS locale such as "de-AT" or "en_GB" to a language Rekindle speaks. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^de\b|^de[-_]/i.test(locale) ? 'de' : 'en';
}
