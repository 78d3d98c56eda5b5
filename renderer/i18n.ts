// react-i18next over an instance set up by shared/i18n. The window holds only the words of
// the language it shows: each language is a chunk of its own, fetched when first shown.
import { createI18nWith, languageFromLocale } from '../shared/i18n/instance';
import type { Language } from '../shared/schema/fields';

const CATALOGUES: Record<Language, () => Promise<{ messages: Record<string, unknown> }>> = {
  en: () => import('./messages/en'),
  de: () => import('./messages/de'),
};

/** The system's language: what the window speaks before main has said which one the user chose. */
export const systemLanguage = languageFromLocale(navigator.language);

export const i18n = createI18nWith(systemLanguage, {});

const loading = new Map<Language, Promise<void>>();

/** Fetches a language's words once; later calls share the same fetch. */
export function loadLanguage(language: Language): Promise<void> {
  let pending = loading.get(language);
  if (!pending) {
    pending = CATALOGUES[language]().then(({ messages }) => {
      i18n.addResourceBundle(language, 'translation', messages);
    });
    // A failed fetch is tried again the next time the language is asked for.
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

// Fetched while main reads the data: most people use the app in their system's language.
void loadLanguage(systemLanguage).catch(() => undefined);

let latestWanted: Language | null = null;

/**
 * Shows the window in `language` once its words are in. True once it does; false when a
 * later call asked for another language first (its words may arrive sooner).
 */
export async function applyLanguage(language: Language): Promise<boolean> {
  latestWanted = language;
  await loadLanguage(language);
  if (latestWanted !== language) return false;
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  return true;
}
