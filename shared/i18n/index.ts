// The one module that owns i18next. Main (menus, notifications, documents) and the renderer
// (through react-i18next) both get their translator here, from the same catalogues.
import type { i18n, ParseKeys, TFunction } from 'i18next';
import type { Language } from '../schema/fields';
import { APP_CATALOGUES } from './app';
import { DOCUMENT_CATALOGUES } from './documents';
import { FEATURE_CATALOGUES } from './features';
import { createI18nWith, languageFromLocale } from './instance';
import { RULE_CATALOGUES } from './rules';

export { languageFromLocale };

/** Every catalogue, keyed by its namespace: the file's name and the first part of each key. */
export const CATALOGUES = { ...APP_CATALOGUES, ...FEATURE_CATALOGUES, ...RULE_CATALOGUES, ...DOCUMENT_CATALOGUES } as const;

type Catalogues = typeof CATALOGUES;
export type Messages = { [Namespace in keyof Catalogues]: Catalogues[Namespace]['en'] };

function messagesIn(language: Language): Messages {
  const entries = Object.entries(CATALOGUES).map(([namespace, catalogue]) => [namespace, catalogue[language]]);
  return Object.fromEntries(entries) as Messages;
}

export const catalogues: Record<Language, Messages> = { en: messagesIn('en'), de: messagesIn('de') };
export const { en, de } = catalogues;

/** Any key `t()` accepts. */
export type MessageKey = ParseKeys;

/**
 * Narrows a key built from data (an error code from main, a code in the activity log) to a
 * key the catalogues hold; both languages have the same keys, so English decides.
 */
export function isMessageKey(key: string): key is MessageKey {
  let node: unknown = catalogues.en;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = Object.getOwnPropertyDescriptor(node, part)?.value;
  }
  return typeof node === 'string';
}

export function createI18n(language: Language): i18n {
  return createI18nWith(language, catalogues);
}

export type Translate = TFunction;

// Main asks for words on every export and every saved change; one instance per language,
// made the first time that language is needed, serves them all.
const translators = new Map<Language, Translate>();

/** The translator for one language, created once and kept for the life of the process. */
export function translator(language: Language): Translate {
  let t = translators.get(language);
  if (!t) {
    t = createI18n(language).t;
    translators.set(language, t);
  }
  return t;
}
