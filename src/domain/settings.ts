// User settings: the cost model (currency, day rates, the credit a partly met item gets) and the backup reminder.
import { z } from 'zod';

export const settingsSchema = z.strictObject({
  /** ISO 4217 code of the currency figures are shown in. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR').default('EUR'),
  /** Units of `currency` per euro; 1 for EUR. */
  currencyPerEur: z.number().positive('The exchange rate must be above zero').default(1),
  /** Loaded cost of one internal person-day, in `currency`. */
  internalDayRate: z.number().min(0, 'A day rate cannot be negative').max(100000).default(600),
  /** Day rate of an external regulatory consultant, in `currency`. */
  externalDayRate: z.number().min(0, 'A day rate cannot be negative').max(100000).default(1100),
  /** Share of an item's readiness credited when it is partly met; the rest of its cost remains. */
  partialCredit: z.number().min(0, 'Between 0 and 1').max(1, 'Between 0 and 1').default(0.5),
  /** Days that changes in no backup file may wait before the app reminds the user to back up; 0 = never. */
  backupReminderDays: z.number().int('Use whole days').min(0, 'Use 0 (off) or more days').max(365, 'At most 365 days').default(7),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});
