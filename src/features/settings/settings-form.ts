// The settings as the form shows them (partial credit in per cent) and the conversion to saved settings.
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../domain/settings';

const percentMessage = 'Use a value between 0 and 100 %';

/** settingsSchema with the partial credit as a percentage, which people read more easily than 0.5. */
export const settingsFormSchema = settingsSchema.omit({ partialCredit: true }).extend({
  partialCreditPercent: z.number().min(0, percentMessage).max(100, percentMessage),
});

export type SettingsFormInput = z.input<typeof settingsFormSchema>;
export type SettingsFormOutput = z.output<typeof settingsFormSchema>;

export function toFormValues({ partialCredit, ...rest }: Settings): SettingsFormOutput {
  // Rounded so 0.35 shows as 35, not 35.00000000000001.
  return { ...rest, partialCreditPercent: Math.round(partialCredit * 10000) / 100 };
}

export function toSettings({ partialCreditPercent, ...rest }: SettingsFormOutput): Settings {
  return settingsSchema.parse({ ...rest, partialCredit: partialCreditPercent / 100 });
}

/**
 * The valid part of the form as settings: each invalid field keeps its saved value, so one half-typed
 * number does not hold back the others. Null when nothing valid can be made.
 */
export function validSettings(values: unknown, saved: Settings): Settings | null {
  const parsed = settingsFormSchema.safeParse(values);
  if (parsed.success) return toSettings(parsed.data);
  const fallback = toFormValues(saved) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...(values as Record<string, unknown>) };
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && key in fallback) merged[key] = fallback[key];
  }
  const again = settingsFormSchema.safeParse(merged);
  return again.success ? toSettings(again.data) : null;
}
