// The schema of rule-set text: a plain string (English) or a text per language, English required.
import { z } from 'zod';

export const localizedTextSchema = z.union([
  z.string().min(1),
  z.strictObject({ en: z.string().min(1), fr: z.string().min(1).optional(), de: z.string().min(1).optional() }),
]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;
