// The interface languages, and how the starting language is chosen (remembered choice, then the browser).
import { languages, type Language } from '../domain/text';

export const languageNames: Record<Language, string> = { en: 'English', fr: 'Français', de: 'Deutsch' };
export const languageStorageKey = 'mdr-readiness.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The remembered language, else the first browser language we have, else English. */
export function initialLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
