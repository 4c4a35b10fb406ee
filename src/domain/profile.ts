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
/** How the device touches the body, in the categories of ISO 10993-1 (biocompatibility and Annex I §10.4 follow from it). */
export const bodyContacts = ['none', 'surface', 'externallyCommunicating', 'implant'] as const;
/**
 * What a legacy device's transition rests on (Art. 120): a certificate under the directives, or a
 * class I declaration of conformity under the MDD for a device the MDR up-classifies (Art. 120(3b)).
 */
export const legacyBases = ['mddCertificate', 'classIUpclassified'] as const;

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
  /** A product without an intended medical purpose listed in MDR Annex XVI (Art. 1(2)). */
  annexXVI: z.boolean().default(false),
  /** An implant on the lists of Art. 52(4) second subparagraph and Art. 61(6)(b) (sutures, screws, plates, crowns…). */
  wetImplant: z.boolean().default(false),
  bodyContact: z.enum(bodyContacts).default('surface'),
  /** A device forming a single integral product with a medicinal product (Art. 1(8) second subparagraph, Art. 117). */
  drugDeviceCombination: z.boolean().default(false),
  /** An active device that administers and/or removes a medicinal product (Annex VIII Rule 12; Art. 54(1)(b)). */
  deliversMedicinalProduct: z.boolean().default(false),
  /** Software that is an AI system within Regulation (EU) 2024/1689 (the AI Act). */
  aiSystem: z.boolean().default(false),
  transition: z.enum(transitionStatuses).default('new'),
  legacyBasis: z.enum(legacyBases).default('mddCertificate'),
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
  return coherentProfile(profileSchema.parse(input));
}

const fieldDefaults: Omit<Profile, 'companyName'> = (() => {
  const { companyName: _name, ...rest } = profileSchema.parse({ companyName: '-' });
  return rest;
})();

/**
 * A saved profile with the fields added since it was saved filled with their defaults (profiles are
 * read without a schema, and a missing field must not switch an obligation off).
 */
export function completeProfile(profile: Profile): Profile {
  const missing = Object.keys(fieldDefaults).some((k) => !(k in profile));
  return missing ? { ...fieldDefaults, ...profile } : profile;
}

/** The class I sub-types and the device trait each one stands for (Art. 52(7)). */
export const classISubtypes = [
  { cls: 'Is', trait: 'sterile' },
  { cls: 'Im', trait: 'measuring' },
  { cls: 'Ir', trait: 'reusableSurgical' },
] as const;

const classIFamily: readonly DeviceClass[] = ['I', 'Is', 'Im', 'Ir'];

/**
 * One fact for a class I sub-type, never two that disagree: a class Is (Im, Ir) device is sterile
 * (has a measuring function, is a reusable surgical instrument), and when every device is class I,
 * a sterile (measuring, reusable surgical) one is class Is (Im, Ir). With higher classes in the
 * profile the trait may belong to one of them, so a plain class I stays as it is.
 */
export function coherentProfile(profile: Profile): Profile {
  let classes = [...profile.deviceClasses];
  const traits = { sterile: profile.sterile, measuring: profile.measuring, reusableSurgical: profile.reusableSurgical };
  const onlyClassI = classes.every((c) => classIFamily.includes(c));
  for (const { cls, trait } of classISubtypes) {
    if (classes.includes(cls)) traits[trait] = true;
    else if (traits[trait] && onlyClassI && classes.includes('I')) classes.push(cls);
  }
  // A plain class I device with a sub-type's trait is that sub-type, when it is the only class I kind given.
  if (onlyClassI && profile.deviceClasses.length === 1 && profile.deviceClasses[0] === 'I' && classes.length > 1) {
    classes = classes.filter((c) => c !== 'I');
  }
  classes.sort((a, b) => deviceClasses.indexOf(a) - deviceClasses.indexOf(b));
  const same =
    classes.length === profile.deviceClasses.length &&
    classes.every((c, i) => c === profile.deviceClasses[i]) &&
    traits.sterile === profile.sterile &&
    traits.measuring === profile.measuring &&
    traits.reusableSurgical === profile.reusableSurgical;
  return same ? profile : { ...profile, ...traits, deviceClasses: classes };
}
