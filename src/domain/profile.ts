// The company and device profile: the facts that decide which MDR obligations apply.
import { z } from 'zod';

export const economicOperatorRoles = [
  'manufacturer',
  'authorisedRepresentative',
  'importer',
  'distributor',
  'procedurePackProducer',
] as const;

export const deviceClasses = ['I', 'Is', 'Im', 'Ir', 'IIa', 'IIb', 'III'] as const;
export const companySizes = ['micro', 'small', 'medium', 'large'] as const;
export const transitionStatuses = ['new', 'legacy'] as const;
/** Where the manufacturer is established; a non-EU manufacturer needs an authorised representative. */
export const establishments = ['eu', 'nonEu'] as const;

export const roleSchema = z.enum(economicOperatorRoles);
export const deviceClassSchema = z.enum(deviceClasses);

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as LU');

export const profileSchema = z.object({
  companyName: z.string().trim().min(1, 'Enter the company name').max(200),
  deviceName: z.string().trim().max(200).default(''),
  roles: z.array(roleSchema).min(1, 'Choose at least one role').default(['manufacturer']),
  establishment: z.enum(establishments).default('eu'),
  deviceClasses: z.array(deviceClassSchema).min(1, 'Choose at least one device class').default(['I']),
  implantable: z.boolean().default(false),
  active: z.boolean().default(false),
  software: z.boolean().default(false),
  sterile: z.boolean().default(false),
  measuring: z.boolean().default(false),
  reusableSurgical: z.boolean().default(false),
  medicinalSubstance: z.boolean().default(false),
  animalOrHumanTissue: z.boolean().default(false),
  nanomaterial: z.boolean().default(false),
  layUsers: z.boolean().default(false),
  customMade: z.boolean().default(false),
  transition: z.enum(transitionStatuses).default('new'),
  /** Conditions of Art. 120(3c) as amended by Regulation (EU) 2023/607; only meaningful for legacy devices. */
  legacyQmsBy2024: z.boolean().default(false),
  legacyNbApplicationBy2024: z.boolean().default(false),
  legacyNbAgreementBy2024: z.boolean().default(false),
  legacyNoSignificantChange: z.boolean().default(true),
  iso13485Certified: z.boolean().default(false),
  deviceFamilies: z.number().int('Use a whole number').min(1, 'At least one device family').max(500).default(1),
  technicalFiles: z.number().int('Use a whole number').min(1, 'At least one technical file').max(500).default(1),
  companySize: z.enum(companySizes).default('micro'),
  country: countryCodeSchema.default('LU'),
  /** EU/EEA countries where the devices are made available; drives labelling languages. */
  markets: z.array(countryCodeSchema).default(['LU']),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type Role = z.infer<typeof roleSchema>;
export type DeviceClass = z.infer<typeof deviceClassSchema>;

/** A complete profile with every default filled in, from a partial one. */
export function makeProfile(input: ProfileInput): Profile {
  return profileSchema.parse(input);
}
