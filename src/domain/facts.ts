// The facts that rule-set conditions may test: the profile's own fields plus a few derived ones.
import { z } from 'zod';
import { coherentProfile, completeProfile, deviceClasses, profileSchema, type DeviceClass, type Profile } from './profile';

const classRank: Record<DeviceClass, number> = { I: 0, Is: 1, Im: 1, Ir: 1, IIa: 2, IIb: 3, III: 4 };
export const highestClasses = ['I', 'IIa', 'IIb', 'III'] as const;

/** Facts computed from the profile so rule authors need not repeat the same logic in every item. */
export const derivedFactsSchema = z.object({
  /** A notified body is involved for any class except plain class I (custom-made: only class III implants). */
  needsNotifiedBody: z.boolean(),
  /** The highest risk class among the devices, with Is/Im/Ir counted as I. */
  highestClass: z.enum(highestClasses),
  isManufacturer: z.boolean(),
  /** Manufacturer outside the EU: needs an authorised representative. */
  nonEuManufacturer: z.boolean(),
  /** Class III, or implantable class IIb. */
  highRisk: z.boolean(),
  /** Micro or small enterprise (Recommendation 2003/361/EC). */
  microOrSmall: z.boolean(),
  /** Number of markets other than the home country (for translation needs). */
  foreignMarkets: z.boolean(),
});

export type DerivedFacts = z.infer<typeof derivedFactsSchema>;
export type Facts = Profile & DerivedFacts;

export function deriveFacts(input: Profile): Facts {
  // Facts read a coherent profile: class Is and "sterile" (Im and measuring, Ir and reusable) never disagree.
  const profile = coherentProfile(completeProfile(input));
  const top = profile.deviceClasses.reduce<DeviceClass>((a, c) => (classRank[c] > classRank[a] ? c : a), 'I');
  const highestClass = classRank[top] <= 1 ? 'I' : (top as 'IIa' | 'IIb' | 'III');
  const isManufacturer = profile.roles.includes('manufacturer');
  const plainClassIOnly = profile.deviceClasses.every((c) => c === 'I');
  return {
    ...profile,
    // Custom-made devices skip the notified body, except class III implantable ones (Art. 52(8)).
    needsNotifiedBody:
      isManufacturer && !plainClassIOnly && (!profile.customMade || (profile.implantable && highestClass === 'III')),
    highestClass,
    isManufacturer,
    nonEuManufacturer: isManufacturer && profile.establishment === 'nonEu',
    highRisk: highestClass === 'III' || (highestClass === 'IIb' && profile.implantable),
    microOrSmall: profile.companySize === 'micro' || profile.companySize === 'small',
    foreignMarkets: profile.markets.some((m) => m !== profile.country),
  };
}

/** What a condition may test about one fact. */
export type FactKind =
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'enumList'; values: readonly string[] }
  | { kind: 'number' }
  | { kind: 'string' }
  | { kind: 'stringList' };

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable) {
    s = s.unwrap() as z.ZodType;
  }
  return s;
}

function kindOf(schema: z.ZodType): FactKind {
  const s = unwrap(schema);
  if (s instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (s instanceof z.ZodNumber) return { kind: 'number' };
  if (s instanceof z.ZodEnum) return { kind: 'enum', values: s.options as string[] };
  if (s instanceof z.ZodString) return { kind: 'string' };
  if (s instanceof z.ZodArray) {
    const el = unwrap(s.element as z.ZodType);
    if (el instanceof z.ZodEnum) return { kind: 'enumList', values: el.options as string[] };
    return { kind: 'stringList' };
  }
  throw new Error(`Unsupported fact schema: ${s.constructor.name}`);
}

/** Every fact a condition may name, with its allowed values: derived once, from the schemas. */
export const factCatalog: Readonly<Record<string, FactKind>> = Object.freeze(
  Object.fromEntries(
    [...Object.entries(profileSchema.shape), ...Object.entries(derivedFactsSchema.shape)].map(([name, schema]) => [
      name,
      kindOf(schema as z.ZodType),
    ]),
  ),
);

export { deviceClasses };
