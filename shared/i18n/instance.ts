// How every i18next instance of the app is set up, apart from the catalogues: main hands it
// every language at once (index.ts), the window only the language it shows, loaded when
// shown (renderer/i18n.ts), so launch never carries the words of the other language.
import i18next, { type i18n } from 'i18next';
import type { Language } from '../schema/fields';

/** An instance speaking `language`, holding the catalogues given (index.ts's Messages, per language). */
export function createI18nWith(language: Language, messages: Partial<Record<Language, Record<string, unknown>>>): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(messages).map(([code, translation]) => [code, { translation }]));
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
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
