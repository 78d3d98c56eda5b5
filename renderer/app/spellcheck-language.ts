// Tells main the language of the text field that takes the focus, so the spellchecker
// checks a German draft in German in an English window. The language is the field's `lang`
// (the composer sets the draft's, talking points the person's), else the page's (the window's).
import { LANGUAGES } from '../../shared/schema/constants';
import type { Language } from '../../shared/schema/fields';

const TEXT_INPUTS = new Set(['text', 'search', '']);

/** The language a focused element is written in, or null when nothing there is spell-checked. */
export function spellcheckLanguageOf(target: EventTarget | null): Language | null {
  if (!(target instanceof HTMLElement)) return null;
  // spellcheck="false" on the field or around it (codes, e-mail addresses) turns checking off.
  if (target.closest('[spellcheck]')?.getAttribute('spellcheck') === 'false') return null;
  const editable =
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.getAttribute('type') ?? '')) ||
    target.isContentEditable;
  if (!editable) return null;
  const tag = target.closest('[lang]')?.getAttribute('lang')?.toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language === tag) ?? null;
}

/**
 * Reports the language of each text field that takes the focus, when it differs from the
 * last one reported. Returns the function that stops listening.
 */
export function followSpellcheckLanguage(root: Document, report: (language: Language) => Promise<unknown>): () => void {
  let reported: Language | null = null;
  const onFocus = (event: FocusEvent) => {
    const language = spellcheckLanguageOf(event.target);
    if (language === null || language === reported) return;
    reported = language;
    // Spelling help is a convenience: if main cannot switch, the field works as before and the next focus asks again.
    report(language).catch(() => {
      reported = null;
    });
  };
  root.addEventListener('focusin', onFocus);
  return () => root.removeEventListener('focusin', onFocus);
}
