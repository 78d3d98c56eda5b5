// The spellchecker follows the language of the text being written: a draft to a German
// former boss is checked in German, even in an English window. Chromium's spellchecker
// (Windows, Linux) checks with the dictionaries the session is given; on macOS the system's
// spellchecker detects the language itself and Electron's setting does nothing.
import type { Language } from '../shared/schema/fields';
import type { SpellChecker } from './ports';

/** Dictionaries to use for each language, the most common variant first. */
const PREFERRED_DICTIONARIES: Record<Language, readonly string[]> = {
  en: ['en-US', 'en-GB', 'en'],
  de: ['de-DE', 'de', 'de-AT', 'de-CH'],
};

const tagOf = (code: string) => code.toLowerCase().replace('_', '-');

/** The dictionary to check `language` with, among the available ones; null when there is none for it. */
export function dictionaryFor(language: Language, available: readonly string[]): string | null {
  for (const preferred of PREFERRED_DICTIONARIES[language]) {
    const found = available.find((code) => tagOf(code) === tagOf(preferred));
    if (found) return found;
  }
  // Any other variant of the language (en-AU, de-LI) is better than the wrong language.
  return available.find((code) => tagOf(code).split('-')[0] === language) ?? null;
}

/** What the spellchecker needs of Electron's session. */
export interface SpellCheckSessionLike {
  readonly availableSpellCheckerLanguages: string[];
  getSpellCheckerLanguages(): string[];
  setSpellCheckerLanguages(languages: string[]): void;
}

/**
 * The SpellChecker port over a session. Without a dictionary for the language the current
 * ones stay (checking in the wrong language beats not checking); a refused change is
 * logged and the field is still usable.
 */
export function sessionSpellChecker(session: SpellCheckSessionLike, platform: NodeJS.Platform, onError: (error: unknown) => void = console.error): SpellChecker {
  if (platform === 'darwin') return { follow: () => [] };
  return {
    follow(language) {
      const dictionary = dictionaryFor(language, session.availableSpellCheckerLanguages);
      const current = session.getSpellCheckerLanguages();
      // Setting the same list again would make Chromium reload the dictionary on every focus.
      if (dictionary === null || (current.length === 1 && current[0] === dictionary)) return current;
      try {
        session.setSpellCheckerLanguages([dictionary]);
      } catch (error) {
        onError(error);
      }
      return session.getSpellCheckerLanguages();
    },
  };
}

/** For a core with no window (tests, the end-to-end harness): nothing to check. */
export const NO_SPELLCHECKER: SpellChecker = { follow: () => [] };
