// Rule-set text: a plain string or a text per language, and how to pick one.
import { z } from 'zod';

export const languages = ['en', 'fr', 'de'] as const;
export type Language = (typeof languages)[number];

export const localizedTextSchema = z.union([
  z.string().min(1),
  z.strictObject({ en: z.string().min(1), fr: z.string().min(1).optional(), de: z.string().min(1).optional() }),
]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

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
