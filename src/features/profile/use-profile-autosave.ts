// Saves the valid part of the profile form as the user edits; invalid fields keep their last saved value.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from '../../i18n/react';
import type { z } from 'zod';
import { saveProfile } from '../../db/assessments-repo';
import { profileSchema, type Profile } from '../../domain/profile';
import type { RuleSet } from '../../domain/rule-set';
import { useDebouncedSave } from '../../hooks/use-debounced-save';
import { trackWrite } from '../../stores/save-status';
import { applicabilityChange, describeChange, type ApplicabilityChange } from './applicability-change';

export type ProfileForm = UseFormReturn<z.input<typeof profileSchema>, unknown, z.output<typeof profileSchema>>;

/**
 * The form's values with every invalid field replaced by its saved value, so a half-typed number does
 * not block saving the company size. Null when even that is not a valid profile.
 */
export function validPart(values: unknown, saved: Profile): Profile | null {
  const parsed = profileSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  const merged: Record<string, unknown> = { ...(values as Record<string, unknown>) };
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && key in saved) merged[key] = saved[key as keyof Profile];
  }
  const again = profileSchema.safeParse(merged);
  return again.success ? again.data : null;
}

/** Fields typed character by character; their saves wait for a pause. Every other field is a click. */
const typedFields = new Set(['companyName', 'deviceName', 'deviceFamilies', 'technicalFiles']);

const sameProfile = (a: Profile, b: Profile) => JSON.stringify(a) === JSON.stringify(b);

export interface ProfileAutosave {
  /** The latest "12 items added, 3 removed" message, for an aria-live region. */
  announcement: string;
  flush: () => void;
}

export function useProfileAutosave(assessmentId: string, savedProfile: Profile, ruleSet: RuleSet, form: ProfileForm): ProfileAutosave {
  const { t } = useTranslation('profile');
  const lastSaved = useRef<Profile>(savedProfile);
  // The last change with a counter, put into words at render so it follows the interface language.
  const [lastChange, setLastChange] = useState<{ change: ApplicabilityChange; count: number } | null>(null);

  const save = useCallback(
    async (values: unknown) => {
      const before = lastSaved.current;
      const candidate = validPart(values, before);
      if (!candidate || sameProfile(candidate, before)) return;
      lastSaved.current = candidate;
      const result = await trackWrite(`profile:${assessmentId}`, () => saveProfile(assessmentId, candidate));
      if (!result.ok) return;
      const change = applicabilityChange(ruleSet, before, candidate);
      if (change.added > 0 || change.removed > 0) setLastChange((prev) => ({ change, count: (prev?.count ?? 0) + 1 }));
    },
    [assessmentId, ruleSet],
  );
  const debounced = useDebouncedSave(save, 400);

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          debounced.schedule(values);
          // A click is a finished answer: save it now, so closing the tab right after cannot lose it.
          if (name && !typedFields.has(name)) debounced.flush();
        },
      }),
    [form, debounced],
  );

  // Another tab changed the profile: show its values unless the user is editing here.
  useEffect(() => {
    if (sameProfile(savedProfile, lastSaved.current) || debounced.isPending()) return;
    const active = document.activeElement;
    if (active && active.closest('form.profile-form')) return;
    lastSaved.current = savedProfile;
    form.reset(savedProfile);
  }, [savedProfile, form, debounced]);

  const words = lastChange ? t('change.updated', { change: describeChange(lastChange.change, t) }) : '';
  // A trailing space on every other change makes a repeated identical message be announced again.
  const announcement = lastChange && lastChange.count % 2 === 0 ? `${words} ` : words;
  return { announcement, flush: debounced.flush };
}
