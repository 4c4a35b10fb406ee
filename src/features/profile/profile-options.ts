// The profile's choices in plain language: each option with a one-line explanation a non-specialist can follow.
import type { DeviceClass, Profile, Role } from '../../domain/profile';

export interface Option<V extends string> {
  value: V;
  label: string;
  hint: string;
}

export const roleOptions: Option<Role>[] = [
  { value: 'manufacturer', label: 'Manufacturer', hint: 'You design or make devices, or have them made, and sell them under your own name or trademark.' },
  { value: 'authorisedRepresentative', label: 'Authorised representative', hint: 'A manufacturer outside the EU has mandated you to act for it in the EU.' },
  { value: 'importer', label: 'Importer', hint: 'You bring devices from outside the EU onto the EU market.' },
  { value: 'distributor', label: 'Distributor', hint: 'You resell devices that are already on the EU market.' },
  { value: 'procedurePackProducer', label: 'System or procedure-pack producer', hint: 'You combine CE-marked devices into a system or pack (MDR Art. 22).' },
];

export const establishmentOptions: Option<Profile['establishment']>[] = [
  { value: 'eu', label: 'In the EU', hint: 'The manufacturer has its registered place of business in an EU or EEA country.' },
  { value: 'nonEu', label: 'Outside the EU', hint: 'For example in Switzerland, the UK or the US: you need an EU authorised representative.' },
];

export const classOptions: Option<DeviceClass>[] = [
  { value: 'I', label: 'Class I', hint: 'Low risk, self-declared without a notified body: e.g. bandages, walking aids, non-sterile gloves.' },
  { value: 'Is', label: 'Class Is (sterile)', hint: 'Class I supplied sterile: a notified body checks only the sterility.' },
  { value: 'Im', label: 'Class Im (measuring)', hint: 'Class I with a measuring function, e.g. a clinical thermometer: a notified body checks the metrology.' },
  { value: 'Ir', label: 'Class Ir (reusable surgical)', hint: 'Reusable surgical instruments: a notified body checks cleaning and reprocessing.' },
  { value: 'IIa', label: 'Class IIa', hint: 'Medium risk: e.g. hearing aids, short-term catheters, much diagnostic software.' },
  { value: 'IIb', label: 'Class IIb', hint: 'Medium-high risk: e.g. ventilators, infusion pumps, long-term implants such as bone screws.' },
  { value: 'III', label: 'Class III', hint: 'Highest risk: e.g. heart valves, devices touching the heart or central nervous system.' },
];

type CharacteristicKey =
  | 'implantable'
  | 'active'
  | 'software'
  | 'sterile'
  | 'measuring'
  | 'reusableSurgical'
  | 'medicinalSubstance'
  | 'animalOrHumanTissue'
  | 'nanomaterial'
  | 'layUsers'
  | 'customMade';

export const characteristicOptions: Option<CharacteristicKey>[] = [
  { value: 'implantable', label: 'Implantable', hint: 'Placed in the body by surgery and meant to stay 30 days or more.' },
  { value: 'active', label: 'Active (powered)', hint: 'Runs on electricity or another energy source other than the body or gravity.' },
  { value: 'software', label: 'Software', hint: 'Software is the device (e.g. an app) or drives one.' },
  { value: 'sterile', label: 'Sterile', hint: 'Supplied sterile or sterilised before use.' },
  { value: 'measuring', label: 'Measuring function', hint: 'Shows a measured value in units, e.g. temperature, volume or pressure.' },
  { value: 'reusableSurgical', label: 'Reusable surgical instruments', hint: 'Cut, drill or saw without being connected to an active device, and are cleaned for reuse.' },
  { value: 'medicinalSubstance', label: 'Contains a medicinal substance', hint: 'A drug substance supports the device, e.g. a heparin-coated catheter.' },
  { value: 'animalOrHumanTissue', label: 'Animal or human tissue', hint: 'Made with tissues, cells or their derivatives, e.g. collagen or bovine pericardium.' },
  { value: 'nanomaterial', label: 'Nanomaterial', hint: 'Contains or consists of nanomaterial that may be released into the body.' },
  { value: 'layUsers', label: 'Used by lay people', hint: 'Patients or the public use the device themselves, without a professional.' },
  { value: 'customMade', label: 'Custom-made', hint: 'Made for one named patient on a prescription, e.g. dental crowns or orthoses.' },
];

export const sizeOptions: Option<Profile['companySize']>[] = [
  { value: 'micro', label: 'Micro', hint: 'Fewer than 10 staff and at most €2 million turnover or balance sheet.' },
  { value: 'small', label: 'Small', hint: 'Fewer than 50 staff and at most €10 million turnover or balance sheet.' },
  { value: 'medium', label: 'Medium', hint: 'Fewer than 250 staff and at most €50 million turnover or €43 million balance sheet.' },
  { value: 'large', label: 'Large', hint: 'Above the medium-sized limits.' },
];

export const transitionOptions: Option<Profile['transition']>[] = [
  { value: 'new', label: 'New device', hint: 'Placed on the market under the MDR, with no certificate or declaration under the old directives.' },
  {
    value: 'legacy',
    label: 'Legacy device',
    hint: 'Still sold under a certificate from the old directives (MDD/AIMDD) during the MDR transition period.',
  },
];

type LegacyKey = 'legacyQmsBy2024' | 'legacyNbApplicationBy2024' | 'legacyNbAgreementBy2024' | 'legacyNoSignificantChange';

/** The conditions of MDR Art. 120(3c) as amended by Regulation (EU) 2023/607 that keep a legacy device on the market. */
export const legacyConditionOptions: Option<LegacyKey>[] = [
  { value: 'legacyQmsBy2024', label: 'MDR quality system in place by 26 May 2024', hint: 'A quality system meeting MDR Art. 10(9) was running by that date.' },
  { value: 'legacyNbApplicationBy2024', label: 'Notified body application lodged by 26 May 2024', hint: 'A formal application for MDR conformity assessment of the device or its replacement.' },
  { value: 'legacyNbAgreementBy2024', label: 'Written notified body agreement signed by 26 September 2024', hint: 'The notified body and you signed the written agreement.' },
  { value: 'legacyNoSignificantChange', label: 'No significant change in design or intended purpose', hint: 'Since the directive certificate, as assessed under MDCG 2020-3.' },
];

/** EU and EEA countries: where the MDR applies and where devices can be made available. */
export const euEeaCountries = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT',
  'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
] as const;

/** Countries outside the EU that small device firms most often come from. */
export const otherCountries = ['CH', 'GB', 'US', 'CA', 'IL', 'TR', 'CN', 'JP', 'KR', 'IN', 'SG', 'AU'] as const;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Country codes sorted by their English name. */
export function byName(codes: readonly string[]): string[] {
  return [...codes].sort((a, b) => countryName(a).localeCompare(countryName(b), 'en'));
}
