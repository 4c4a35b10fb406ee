// Applicability conditions in plain words ("Manufacturers with class IIb or III devices") for people, not parsers.
import type { Condition } from './condition';

type FactValue = string | number | boolean;

/**
 * A condition as words: who it is about (a role, e.g. "Manufacturers") and what narrows it down
 * ("with sterile devices"). Kept apart so "all" can read "Manufacturers with sterile devices and …".
 */
interface Phrase {
  who?: string;
  quals: string[];
}

export const roleNames: Record<string, { one: string; many: string }> = {
  manufacturer: { one: 'manufacturer', many: 'Manufacturers' },
  authorisedRepresentative: { one: 'authorised representative', many: 'Authorised representatives' },
  importer: { one: 'importer', many: 'Importers' },
  distributor: { one: 'distributor', many: 'Distributors' },
  procedurePackProducer: { one: 'system or procedure pack producer', many: 'Producers of systems or procedure packs' },
};

/** Yes/no device facts as a noun: "with <noun>" / "without <noun>". */
const deviceNouns: Record<string, string> = {
  implantable: 'implantable devices',
  active: 'active (powered) devices',
  software: 'software in or as a device',
  sterile: 'sterile devices',
  measuring: 'devices with a measuring function',
  reusableSurgical: 'reusable surgical instruments',
  medicinalSubstance: 'devices containing a medicinal substance',
  animalOrHumanTissue: 'devices made with animal or human tissue',
  nanomaterial: 'devices containing nanomaterial',
  layUsers: 'devices for lay users',
  customMade: 'custom-made devices',
};

/** Other yes/no facts: [when true, when false]. */
const flagPhrases: Record<string, [string, string]> = {
  iso13485Certified: ['with an ISO 13485 certificate', 'without an ISO 13485 certificate'],
  legacyQmsBy2024: ['whose MDR quality system was in place by 26 May 2024', 'whose MDR quality system was not in place by 26 May 2024'],
  legacyNbApplicationBy2024: ['that applied to a notified body by 26 May 2024', 'that did not apply to a notified body by 26 May 2024'],
  legacyNbAgreementBy2024: ['with a notified body agreement signed by 26 Sept 2024', 'without a notified body agreement signed by 26 Sept 2024'],
  legacyNoSignificantChange: ['whose legacy devices have no significant change', 'whose legacy devices changed significantly'],
  needsNotifiedBody: ['whose devices need a notified body', 'whose devices need no notified body'],
  highRisk: ['with class III or implantable class IIb devices', 'without class III or implantable class IIb devices'],
  microOrSmall: ['that are micro or small enterprises', 'that are medium-sized or larger'],
  foreignMarkets: ['selling outside their home country', 'selling only in their home country'],
};

const sizeNames: Record<string, string> = { micro: 'micro', small: 'small', medium: 'medium-sized', large: 'large' };
const transitionNames: Record<string, string> = { new: 'new devices', legacy: 'legacy devices under the MDR transition' };
const establishmentNames: Record<string, string> = { eu: 'established in the EU', nonEu: 'established outside the EU' };

function orList(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function valuesOf(c: { equals: FactValue } | { in: FactValue[] }): FactValue[] {
  return 'equals' in c ? [c.equals] : c.in;
}

function atomPhrase(fact: string, test: { is: boolean } | { equals: FactValue } | { in: FactValue[] }, negated: boolean): Phrase {
  if ('is' in test) {
    const value = negated ? !test.is : test.is;
    if (fact === 'isManufacturer') return { who: value ? 'Manufacturers' : 'Firms that are not manufacturers', quals: [] };
    if (fact === 'nonEuManufacturer') return { who: value ? 'Manufacturers established outside the EU' : 'Firms other than non-EU manufacturers', quals: [] };
    const noun = deviceNouns[fact];
    if (noun) return { quals: [`${value ? 'with' : 'without'} ${noun}`] };
    const flag = flagPhrases[fact];
    if (flag) return { quals: [value ? flag[0] : flag[1]] };
    return { quals: [`where ${fact} is ${value ? 'yes' : 'no'}`] };
  }
  const values = valuesOf(test).map(String);
  const not = negated ? 'not ' : '';
  switch (fact) {
    case 'roles': {
      if (!negated) return { who: orList(values.map((v, i) => (i === 0 ? (roleNames[v]?.many ?? v) : (roleNames[v]?.many.toLowerCase() ?? v)))), quals: [] };
      return { quals: [`that are not ${orList(values.map((v) => `an ${roleNames[v]?.one ?? v}`.replace(/^an ([^aeiou])/, 'a $1')))}`] };
    }
    case 'deviceClasses':
      return { quals: [negated ? `without class ${orList(values)} devices` : `with class ${orList(values)} devices`] };
    case 'highestClass':
      return { quals: [`whose highest device class is ${not}${orList(values)}`] };
    case 'companySize':
      return { quals: [`that are ${not}${orList(values.map((v) => sizeNames[v] ?? v))} enterprises`] };
    case 'transition':
      return { quals: [`${negated ? 'without' : 'with'} ${orList(values.map((v) => transitionNames[v] ?? v))}`] };
    case 'establishment':
      return { quals: [`${not}${orList(values.map((v) => establishmentNames[v] ?? v))}`] };
    case 'country':
      return { quals: [`${not}established in ${orList(values.map(countryName))}`] };
    case 'markets':
      return { quals: [`${negated ? 'not ' : ''}selling in ${orList(values.map(countryName))}`] };
    case 'deviceFamilies':
      return { quals: [`with ${not}${orList(values)} device families`] };
    case 'technicalFiles':
      return { quals: [`with ${not}${orList(values)} technical files`] };
    default:
      return { quals: [`where ${fact} is ${not}${orList(values)}`] };
  }
}

function sentence(p: Phrase): string {
  if (!p.who && p.quals.length === 0) return 'Every firm';
  return [p.who ?? 'Firms', p.quals.join(' and ')].filter(Boolean).join(' ');
}

function lowerFirst(s: string): string {
  // Keep acronyms such as "EU" intact; only lower a capitalised first word.
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function phraseOf(c: Condition, negated = false): Phrase {
  if ('not' in c) return phraseOf(c.not, !negated);
  if ('fact' in c) return atomPhrase(c.fact, c, negated);
  const parts = ('all' in c ? c.all : c.any).map((child) => phraseOf(child, negated));
  // De Morgan: "not all" reads as "any of the negations", and vice versa.
  const conjunctive = 'all' in c !== negated;
  if (conjunctive) {
    const whos = parts.map((p) => p.who).filter((w): w is string => !!w);
    const quals = parts.flatMap((p) => p.quals);
    if (whos.length <= 1) return { ...(whos[0] ? { who: whos[0] } : {}), quals };
    return { who: whos[0], quals: [...whos.slice(1).map((w) => `that are also ${lowerFirst(w)}`), ...quals] };
  }
  if (parts.every((p) => p.who && p.quals.length === 0)) {
    return { who: orList(parts.map((p, i) => (i === 0 ? p.who! : lowerFirst(p.who!)))), quals: [] };
  }
  if (parts.every((p) => !p.who)) return { quals: [parts.map((p) => p.quals.join(' and ')).join(', or ')] };
  // Mixed roles and device facts: list each alternative as its own phrase.
  return { who: parts.map((p, i) => (i === 0 ? sentence(p) : lowerFirst(sentence(p)))).join('; or '), quals: [] };
}

/** Who an item applies to, in plain words; an absent condition applies to everyone. */
export function describeCondition(condition: Condition | undefined): string {
  if (!condition) return 'Every firm, whatever its role or devices';
  return sentence(phraseOf(condition));
}
