// Rule-set text: a plain string or a text per language, and how to pick one. (Its schema is in
// text-schema.ts, so screens that only show text do not load Zod.)
import type { LocalizedText } from './text-schema';

export type { LocalizedText } from './text-schema';

export const languages = ['en', 'fr', 'de'] as const;
export type Language = (typeof languages)[number];

/** The text in the wanted language, falling back to English. */
export function textIn(text: LocalizedText, language: Language = 'en'): string {
  if (typeof text === 'string') return text;
  return text[language] ?? text.en;
}

/** Languages a text lacks (a plain string counts as English only). */
export function missingLanguages(text: LocalizedText): Language[] {
  if (typeof text === 'string') return languages.filter((l) => l !== 'en');
  return languages.filter((l) => !text[l]);
}
