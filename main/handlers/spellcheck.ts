// The language of the focused text field, for the spellchecker.
import type { SpellChecker } from '../ports';
import { defineHandlers } from './define';

export function spellcheckHandlers({ spellChecker }: { spellChecker: SpellChecker }) {
  return defineHandlers({
    'app:setSpellcheckLanguage': ({ language }) => ({ dictionaries: spellChecker.follow(language) }),
  });
}
