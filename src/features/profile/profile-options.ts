// The profile's choices in plain language: each option with a one-line explanation a non-specialist can
// follow, in the interface language (labels and hints live in the profile catalog).
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import type { DeviceClass, Profile, Role } from '../../domain/profile';
import { bodyContacts, deviceClasses, economicOperatorRoles, establishments, legacyBases } from '../../domain/profile';
import type { DeviceFact } from '../../domain/condition-text';
import type { Language } from '../../domain/text';
import { useUiLanguage } from '../../hooks/use-ui-language';

export interface Option<V extends string> {
  value: V;
  label: string;
  hint: string;
}

export type CharacteristicKey = DeviceFact;

export const characteristicKeys: readonly CharacteristicKey[] = [
  'implantable',
  'active',
  'software',
  'sterile',
  'measuring',
  'reusableSurgical',
  'medicinalSubstance',
  'animalOrHumanTissue',
  'nanomaterial',
  'layUsers',
  'customMade',
  'wetImplant',
  'deliversMedicinalProduct',
  'drugDeviceCombination',
  'aiSystem',
  'annexXVI',
];

const sizeKeys = ['micro', 'small', 'medium', 'large'] as const satisfies readonly Profile['companySize'][];
const transitionKeys = ['new', 'legacy'] as const satisfies readonly Profile['transition'][];

export type LegacyKey = 'legacyQmsBy2024' | 'legacyNbApplicationBy2024' | 'legacyNbAgreementBy2024' | 'legacyNoSignificantChange';

/** The conditions of MDR Art. 120(3c) as amended by Regulation (EU) 2023/607 that keep a legacy device on the market, with their deadlines. */
export const legacyConditions: readonly { key: LegacyKey; date?: string }[] = [
  { key: 'legacyQmsBy2024', date: '2024-05-26' },
  { key: 'legacyNbApplicationBy2024', date: '2024-05-26' },
  { key: 'legacyNbAgreementBy2024', date: '2024-09-26' },
  { key: 'legacyNoSignificantChange' },
];

/** The SME thresholds of Recommendation 2003/361/EC, in euros. */
const smeLimits = { micro: 2_000_000, small: 10_000_000, mediumTurnover: 50_000_000, mediumBalance: 43_000_000 };

export interface ProfileOptions {
  roles: Option<Role>[];
  establishment: Option<Profile['establishment']>[];
  classes: Option<DeviceClass>[];
  characteristics: Option<CharacteristicKey>[];
  sizes: Option<Profile['companySize']>[];
  transition: Option<Profile['transition']>[];
  legacy: Option<LegacyKey>[];
  bodyContact: Option<Profile['bodyContact']>[];
  legacyBasis: Option<Profile['legacyBasis']>[];
}

const locales: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

/** Every option list of the profile form, translated; rebuilt only when the language changes. */
export function useProfileOptions(): ProfileOptions {
  const { t } = useTranslation('profile');
  const language = useUiLanguage();
  return useMemo(() => {
    const millions = new Intl.NumberFormat(locales[language], { notation: 'compact', compactDisplay: 'long' });
    const longDate = new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeZone: 'UTC' });
    return {
      roles: economicOperatorRoles.map((value) => ({ value, label: t(`options.roles.${value}.label`), hint: t(`options.roles.${value}.hint`) })),
      establishment: establishments.map((value) => ({
        value,
        label: t(`options.establishment.${value}.label`),
        hint: t(`options.establishment.${value}.hint`),
      })),
      classes: deviceClasses.map((value) => ({ value, label: t(`options.classes.${value}.label`), hint: t(`options.classes.${value}.hint`) })),
      characteristics: characteristicKeys.map((value) => ({
        value,
        label: t(`options.characteristics.${value}.label`),
        hint: t(`options.characteristics.${value}.hint`),
      })),
      sizes: sizeKeys.map((value) => ({
        value,
        label: t(`options.sizes.${value}.label`),
        hint: t(`options.sizes.${value}.hint`, {
          turnover: millions.format(value === 'micro' ? smeLimits.micro : value === 'small' ? smeLimits.small : smeLimits.mediumTurnover),
          balance: millions.format(smeLimits.mediumBalance),
        }),
      })),
      transition: transitionKeys.map((value) => ({ value, label: t(`options.transition.${value}.label`), hint: t(`options.transition.${value}.hint`) })),
      bodyContact: bodyContacts.map((value) => ({ value, label: t(`options.bodyContact.${value}.label`), hint: t(`options.bodyContact.${value}.hint`) })),
      legacyBasis: legacyBases.map((value) => ({ value, label: t(`options.legacyBasis.${value}.label`), hint: t(`options.legacyBasis.${value}.hint`) })),
      legacy: legacyConditions.map(({ key, date }) => ({
        value: key,
        label: t(`options.legacy.${key}.label`, { date: date ? longDate.format(Date.parse(`${date}T00:00:00Z`)) : '' }),
        hint: t(`options.legacy.${key}.hint`),
      })),
    };
  }, [t, language]);
}

/** EU and EEA countries: where the MDR applies and where devices can be made available. */
export const euEeaCountries = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT',
  'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
] as const;

/** Countries outside the EU that small device firms most often come from. */
export const otherCountries = ['CH', 'GB', 'US', 'CA', 'IL', 'TR', 'CN', 'JP', 'KR', 'IN', 'SG', 'AU'] as const;

const regionNames = new Map<Language, Intl.DisplayNames>();

export function countryName(code: string, language: Language = 'en'): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Country codes sorted by their name in the given language. */
export function byName(codes: readonly string[], language: Language = 'en'): string[] {
  return [...codes].sort((a, b) => countryName(a, language).localeCompare(countryName(b, language), language));
}
