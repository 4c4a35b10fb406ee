// Validation messages of the profile form in the interface language. The schema's issue codes (what went
// wrong) and the field (where) choose a catalog message; the schema's own English words are never shown.
import type { TFunction } from '../../i18n/keys';
import { useCallback } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from '../../i18n/react';
import { profileSchema } from '../../domain/profile';

/** Limits read from the schema, so the inputs and the messages cannot drift from what is validated. */
export const profileLimits = {
  textLength: profileSchema.shape.companyName.maxLength ?? 200,
  minCount: profileSchema.shape.deviceFamilies.unwrap().minValue ?? 1,
  maxCount: profileSchema.shape.deviceFamilies.unwrap().maxValue ?? 500,
};

export type ProfileField =
  | 'companyName'
  | 'deviceName'
  | 'country'
  | 'companySize'
  | 'markets'
  | 'roles'
  | 'establishment'
  | 'deviceClasses'
  | 'deviceFamilies'
  | 'technicalFiles'
  | 'transition';

const countFields = new Set<ProfileField>(['deviceFamilies', 'technicalFiles']);
const textFields = new Set<ProfileField>(['companyName', 'deviceName']);

/** The message for one field's error, or undefined when the field is valid. */
export function fieldErrorText(t: TFunction<'profile'>, field: ProfileField, error: Pick<FieldError, 'type'> | undefined): string | undefined {
  if (!error) return undefined;
  const code = String(error.type);
  if (countFields.has(field)) {
    // An empty field or a decimal arrives as a wrong type ("expected int"): ask for a whole number.
    if (code === 'too_small') return t(field === 'deviceFamilies' ? 'errors.deviceFamilies' : 'errors.technicalFiles');
    if (code === 'too_big') return t('errors.atMost', { max: profileLimits.maxCount });
    return t('errors.wholeNumber');
  }
  if (textFields.has(field) && code === 'too_big') return t('errors.tooLong', { max: profileLimits.textLength });
  switch (field) {
    case 'companyName':
      return t('errors.companyName');
    case 'country':
      return t('errors.country');
    case 'roles':
      return code === 'too_small' ? t('errors.roles') : t('errors.invalid');
    case 'deviceClasses':
      return code === 'too_small' ? t('errors.deviceClasses') : t('errors.invalid');
    case 'companySize':
    case 'establishment':
    case 'transition':
      return t('errors.choose');
    default:
      return t('errors.invalid');
  }
}

/** `fieldErrorText` bound to the interface language. */
export function useFieldErrorText(): (field: ProfileField, error: Pick<FieldError, 'type'> | undefined) => string | undefined {
  const { t } = useTranslation('profile');
  return useCallback((field, error) => fieldErrorText(t, field, error), [t]);
}
