// Applicability conditions in plain words ("Manufacturers with class IIb or III devices") for people, not parsers,
// in English, French or German. Each language builds whole phrases in its own word order and agreement.
import type { Condition } from './condition';
import type { Language } from './text';

type FactValue = string | number | boolean;

/**
 * One narrowing of a phrase ("with sterile devices"). A clause is a relative clause ("die zugleich
 * Importeure sind"), which German sets off with a comma after the other qualifiers.
 */
interface Qual {
  text: string;
  clause?: boolean;
}

/**
 * A condition as words: who it is about (a role, e.g. "Manufacturers") and what narrows it down
 * ("with sterile devices"). Kept apart so "all" can read "Manufacturers with sterile devices and …".
 */
interface Phrase {
  who?: string;
  quals: Qual[];
}

type RoleKey = 'manufacturer' | 'authorisedRepresentative' | 'importer' | 'distributor' | 'procedurePackProducer';
/** The yes/no characteristics of a firm's devices (profile fields), as conditions and the profile form name them. */
export type DeviceFact =
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
  | 'customMade'
  | 'annexXVI'
  | 'wetImplant'
  | 'drugDeviceCombination'
  | 'deliversMedicinalProduct'
  | 'aiSystem';
type FlagFact =
  | 'iso13485Certified'
  | 'legacyQmsBy2024'
  | 'legacyNbApplicationBy2024'
  | 'legacyNbAgreementBy2024'
  | 'legacyNoSignificantChange'
  | 'needsNotifiedBody'
  | 'highRisk'
  | 'microOrSmall'
  | 'foreignMarkets';

/** Everything one language needs to put a condition into words. */
interface Grammar {
  /** No condition at all. */
  everyone: string;
  /** A phrase with neither a role nor a qualifier. */
  anyFirm: string;
  /** The subject when only qualifiers are given ("Firms with …"). */
  firms: string;
  and: string;
  /** Joins whole alternatives of qualifiers ("…, or whose …"). */
  orQuals: string;
  /** Joins alternatives that each have their own subject ("Importers; or firms with …"). */
  orSentences: string;
  /** "A, B or C" (or "ni A ni B" style lists where a language needs them, through `neither`). */
  list: (values: readonly string[]) => string;
  /** A subject moved after the first one of a list ("manufacturers" in "Importers or manufacturers"). */
  lowerFirst: (s: string) => string;
  lowerRole: (s: string) => string;
  isManufacturer: [string, string];
  nonEuManufacturer: [string, string];
  roles: Record<RoleKey, string>;
  notRoles: (roles: readonly string[]) => Qual;
  /** A second role required too: "that are also importers". */
  alsoRole: (who: string) => Qual;
  /** [with, without] for yes/no device facts. */
  devices: Record<DeviceFact, [string, string]>;
  /** [when true, when false] for other yes/no facts. */
  flags: Record<FlagFact, [string, string]>;
  unknownFlag: (fact: string, value: boolean) => string;
  deviceClasses: (classes: readonly string[], negated: boolean) => string;
  highestClass: (classes: readonly string[], negated: boolean) => string;
  companySize: (sizes: readonly string[], negated: boolean) => string;
  transition: (statuses: readonly string[], negated: boolean) => string;
  bodyContact: (contacts: readonly string[], negated: boolean) => string;
  legacyBasis: (bases: readonly string[], negated: boolean) => string;
  establishment: (places: readonly string[], negated: boolean) => string;
  country: (codes: readonly string[], negated: boolean) => string;
  markets: (codes: readonly string[], negated: boolean) => string;
  deviceFamilies: (counts: readonly string[], negated: boolean) => string;
  technicalFiles: (counts: readonly string[], negated: boolean) => string;
  unknown: (fact: string, values: readonly string[], negated: boolean) => string;
  /** Subject and qualifiers as one phrase. */
  sentence: (who: string, quals: readonly Qual[]) => string;
  /** Qualifiers alone, for one alternative of several. */
  joinQuals: (quals: readonly Qual[]) => string;
}

function listWith(or: string): (values: readonly string[]) => string {
  return (values) => (values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} ${or} ${values[values.length - 1]}`);
}

function countryNameIn(language: Language, code: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const texts = (quals: readonly Qual[]) => quals.map((q) => q.text);
const pick = (pair: [string, string], value: boolean) => (value ? pair[0] : pair[1]);

// ---------------------------------------------------------------------------------------------- English

/** Singular and plural English role names (the plural starts a phrase). */
export const roleNames: Record<string, { one: string; many: string }> = {
  manufacturer: { one: 'manufacturer', many: 'Manufacturers' },
  authorisedRepresentative: { one: 'authorised representative', many: 'Authorised representatives' },
  importer: { one: 'importer', many: 'Importers' },
  distributor: { one: 'distributor', many: 'Distributors' },
  procedurePackProducer: { one: 'system or procedure pack producer', many: 'Producers of systems or procedure packs' },
};

const orEn = listWith('or');
const enSizes: Record<string, string> = { micro: 'micro', small: 'small', medium: 'medium-sized', large: 'large' };
const enTransitions: Record<string, string> = { new: 'new devices', legacy: 'legacy devices under the MDR transition' };
const enEstablishments: Record<string, string> = { eu: 'established in the EU', nonEu: 'established outside the EU' };
const enContacts: Record<string, string> = {
  none: 'no body contact',
  surface: 'surface contact (skin, mucosa)',
  externallyCommunicating: 'external communicating contact (blood path, tissue)',
  implant: 'implant contact',
};
const enBases: Record<string, string> = { mddCertificate: 'a directive certificate', classIUpclassified: 'a class I declaration under the directive' };
const withWithout = (noun: string): [string, string] => [`with ${noun}`, `without ${noun}`];

const english: Grammar = {
  everyone: 'Every firm, whatever its role or devices',
  anyFirm: 'Every firm',
  firms: 'Firms',
  and: ' and ',
  orQuals: ', or ',
  orSentences: '; or ',
  list: orEn,
  // Keep acronyms such as "EU" intact; only lower a capitalised first word.
  lowerFirst: (s) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s),
  lowerRole: (s) => s.toLowerCase(),
  isManufacturer: ['Manufacturers', 'Firms that are not manufacturers'],
  nonEuManufacturer: ['Manufacturers established outside the EU', 'Firms other than non-EU manufacturers'],
  roles: Object.fromEntries(Object.entries(roleNames).map(([k, v]) => [k, v.many])) as Record<RoleKey, string>,
  notRoles: (roles) => ({ text: `that are not ${orEn(roles.map((v) => `an ${roleNames[v]?.one ?? v}`.replace(/^an ([^aeiou])/, 'a $1')))}` }),
  alsoRole: (who) => ({ text: `that are also ${english.lowerFirst(who)}` }),
  devices: {
    implantable: withWithout('implantable devices'),
    active: withWithout('active (powered) devices'),
    software: withWithout('software in or as a device'),
    sterile: withWithout('sterile devices'),
    measuring: withWithout('devices with a measuring function'),
    reusableSurgical: withWithout('reusable surgical instruments'),
    medicinalSubstance: withWithout('devices containing a medicinal substance'),
    animalOrHumanTissue: withWithout('devices made with animal or human tissue'),
    nanomaterial: withWithout('devices containing nanomaterial'),
    layUsers: withWithout('devices for lay users'),
    customMade: withWithout('custom-made devices'),
    annexXVI: withWithout('products without a medical purpose (MDR Annex XVI)'),
    wetImplant: withWithout('implants such as sutures, screws, plates or crowns (Art. 52(4) list)'),
    drugDeviceCombination: withWithout('devices forming one product with a medicine'),
    deliversMedicinalProduct: withWithout('active devices that administer or remove a medicine'),
    aiSystem: withWithout('software that is an AI system'),
  },
  flags: {
    iso13485Certified: ['with an ISO 13485 certificate', 'without an ISO 13485 certificate'],
    legacyQmsBy2024: ['whose MDR quality system was in place by 26 May 2024', 'whose MDR quality system was not in place by 26 May 2024'],
    legacyNbApplicationBy2024: ['that applied to a notified body by 26 May 2024', 'that did not apply to a notified body by 26 May 2024'],
    legacyNbAgreementBy2024: ['with a notified body agreement signed by 26 Sept 2024', 'without a notified body agreement signed by 26 Sept 2024'],
    legacyNoSignificantChange: ['whose legacy devices have no significant change', 'whose legacy devices changed significantly'],
    needsNotifiedBody: ['whose devices need a notified body', 'whose devices need no notified body'],
    highRisk: ['with class III or implantable class IIb devices', 'without class III or implantable class IIb devices'],
    microOrSmall: ['that are micro or small enterprises', 'that are medium-sized or larger'],
    foreignMarkets: ['selling outside their home country', 'selling only in their home country'],
  },
  unknownFlag: (fact, value) => `where ${fact} is ${value ? 'yes' : 'no'}`,
  deviceClasses: (classes, negated) => (negated ? `without class ${orEn(classes)} devices` : `with class ${orEn(classes)} devices`),
  highestClass: (classes, negated) => `whose highest device class is ${negated ? 'not ' : ''}${orEn(classes)}`,
  companySize: (sizes, negated) => `that are ${negated ? 'not ' : ''}${orEn(sizes.map((v) => enSizes[v] ?? v))} enterprises`,
  transition: (statuses, negated) => `${negated ? 'without' : 'with'} ${orEn(statuses.map((v) => enTransitions[v] ?? v))}`,
  bodyContact: (contacts, negated) => `whose devices ${negated ? 'do not have' : 'have'} ${orEn(contacts.map((v) => enContacts[v] ?? v))}`,
  legacyBasis: (bases, negated) => `whose legacy devices ${negated ? 'do not rest' : 'rest'} on ${orEn(bases.map((v) => enBases[v] ?? v))}`,
  establishment: (places, negated) => `${negated ? 'not ' : ''}${orEn(places.map((v) => enEstablishments[v] ?? v))}`,
  country: (codes, negated) => `${negated ? 'not ' : ''}established in ${orEn(codes.map((c) => countryNameIn('en', c)))}`,
  markets: (codes, negated) => `${negated ? 'not ' : ''}selling in ${orEn(codes.map((c) => countryNameIn('en', c)))}`,
  deviceFamilies: (counts, negated) => `with ${negated ? 'not ' : ''}${orEn(counts)} device families`,
  technicalFiles: (counts, negated) => `with ${negated ? 'not ' : ''}${orEn(counts)} technical files`,
  unknown: (fact, values, negated) => `where ${fact} is ${negated ? 'not ' : ''}${orEn(values)}`,
  sentence: (who, quals) => [who, texts(quals).join(' and ')].filter(Boolean).join(' '),
  joinQuals: (quals) => texts(quals).join(' and '),
};

// ----------------------------------------------------------------------------------------------- French
// Subjects are plural and of either gender ("Fabricants", "Entreprises"): qualifiers use forms that do
// not agree with them ("ayant des…", "sans…", "dont…", "qui sont…").

const orFr = listWith('ou');
/** "ni A ni B": the negation of a list in French. */
const neitherFr = (values: readonly string[]) => values.map((v) => `ni ${v}`).join(' ');
const frDate = (iso: string) => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(iso));
const frRoles: Record<RoleKey, string> = {
  manufacturer: 'Fabricants',
  authorisedRepresentative: 'Mandataires',
  importer: 'Importateurs',
  distributor: 'Distributeurs',
  procedurePackProducer: 'Assembleurs de systèmes ou de nécessaires',
};
const frLower = (s: string) => (/^[A-ZÉ][a-zé]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
/** [with: plural after "ayant des", without: singular after "sans"]. */
const frContacts: Record<string, string> = {
  none: 'aucun contact avec le corps',
  surface: 'un contact de surface (peau, muqueuses)',
  externallyCommunicating: 'un contact externe communicant (voie sanguine, tissus)',
  implant: 'un contact d’implant',
};
const frBases: Record<string, string> = { mddCertificate: 'un certificat au titre de la directive', classIUpclassified: 'une déclaration de classe I au titre de la directive' };
const havingFr = (plural: string, singular: string): [string, string] => [`ayant des ${plural}`, `sans ${singular}`];
const frSizes: Record<string, string> = { micro: 'microentreprises', small: 'petites entreprises', medium: 'moyennes entreprises', large: 'grandes entreprises' };
const frTransitions: Record<string, [string, string]> = {
  new: ['de nouveaux dispositifs', 'nouveau dispositif'],
  legacy: ['des dispositifs hérités en période de transition du MDR', 'dispositif hérité en période de transition du MDR'],
};
const frEstablishments: Record<string, string> = { eu: 'dans l’UE', nonEu: 'hors de l’UE' };
/** The preposition before a country name ("au Luxembourg", "aux Pays-Bas", "à Malte"); "en" otherwise. */
const frCountryPrepositions: Record<string, string> = {
  LU: 'au', DK: 'au', PT: 'au', LI: 'au', GB: 'au', CA: 'au', JP: 'au',
  NL: 'aux', US: 'aux',
  MT: 'à', CY: 'à', SG: 'à',
};
const inCountryFr = (code: string) => `${frCountryPrepositions[code] ?? 'en'} ${countryNameIn('fr', code)}`;
const frIsNot = (values: readonly string[]) => (values.length > 1 ? `n’est ${neitherFr(values)}` : `n’est pas ${values.join('')}`);

const french: Grammar = {
  everyone: 'Toute entreprise, quels que soient son rôle et ses dispositifs',
  anyFirm: 'Toute entreprise',
  firms: 'Entreprises',
  and: ' et ',
  orQuals: ', ou ',
  orSentences: ' ; ou ',
  list: orFr,
  lowerFirst: frLower,
  lowerRole: frLower,
  isManufacturer: ['Fabricants', 'Entreprises qui ne sont pas fabricants'],
  nonEuManufacturer: ['Fabricants établis hors de l’UE', 'Entreprises autres que les fabricants établis hors de l’UE'],
  roles: frRoles,
  notRoles: (roles) => {
    const names = roles.map((r) => frLower(frRoles[r as RoleKey] ?? r));
    return { text: names.length > 1 ? `qui ne sont ${neitherFr(names)}` : `qui ne sont pas ${names.join('')}` };
  },
  alsoRole: (who) => ({ text: `qui sont aussi ${frLower(who)}` }),
  devices: {
    implantable: havingFr('dispositifs implantables', 'dispositif implantable'),
    active: havingFr('dispositifs actifs (alimentés en énergie)', 'dispositif actif'),
    software: havingFr('logiciels dispositifs ou intégrés à un dispositif', 'logiciel dispositif ou intégré à un dispositif'),
    sterile: havingFr('dispositifs stériles', 'dispositif stérile'),
    measuring: havingFr('dispositifs à fonction de mesurage', 'dispositif à fonction de mesurage'),
    reusableSurgical: havingFr('instruments chirurgicaux réutilisables', 'instrument chirurgical réutilisable'),
    medicinalSubstance: havingFr('dispositifs contenant une substance médicamenteuse', 'dispositif contenant une substance médicamenteuse'),
    animalOrHumanTissue: havingFr(
      'dispositifs fabriqués à partir de tissus d’origine animale ou humaine',
      'dispositif fabriqué à partir de tissus d’origine animale ou humaine',
    ),
    nanomaterial: havingFr('dispositifs contenant des nanomatériaux', 'dispositif contenant des nanomatériaux'),
    layUsers: havingFr('dispositifs destinés à des profanes', 'dispositif destiné à des profanes'),
    customMade: havingFr('dispositifs sur mesure', 'dispositif sur mesure'),
    annexXVI: havingFr('produits sans destination médicale (annexe XVI du MDR)', 'produit sans destination médicale'),
    wetImplant: havingFr('implants tels que sutures, vis, plaques ou couronnes (liste de l’art. 52(4))', 'implant de cette liste'),
    drugDeviceCombination: havingFr('dispositifs formant un produit unique avec un médicament', 'dispositif formant un produit unique avec un médicament'),
    deliversMedicinalProduct: havingFr('dispositifs actifs administrant ou retirant un médicament', 'dispositif actif administrant ou retirant un médicament'),
    aiSystem: havingFr('logiciels constituant un système d’IA', 'logiciel constituant un système d’IA'),
  },
  flags: {
    iso13485Certified: ['ayant un certificat ISO 13485', 'sans certificat ISO 13485'],
    legacyQmsBy2024: [
      `dont le système de gestion de la qualité conforme au MDR était en place au ${frDate('2024-05-26')}`,
      `dont le système de gestion de la qualité conforme au MDR n’était pas en place au ${frDate('2024-05-26')}`,
    ],
    legacyNbApplicationBy2024: [
      `ayant déposé une demande auprès d’un organisme notifié au plus tard le ${frDate('2024-05-26')}`,
      `n’ayant pas déposé de demande auprès d’un organisme notifié au plus tard le ${frDate('2024-05-26')}`,
    ],
    legacyNbAgreementBy2024: [
      `ayant signé un accord écrit avec un organisme notifié au plus tard le ${frDate('2024-09-26')}`,
      `n’ayant pas signé d’accord écrit avec un organisme notifié au plus tard le ${frDate('2024-09-26')}`,
    ],
    legacyNoSignificantChange: [
      'dont les dispositifs hérités n’ont pas subi de changement significatif',
      'dont les dispositifs hérités ont subi un changement significatif',
    ],
    needsNotifiedBody: ['dont les dispositifs nécessitent un organisme notifié', 'dont les dispositifs ne nécessitent pas d’organisme notifié'],
    highRisk: [
      'ayant des dispositifs de classe III ou des dispositifs implantables de classe IIb',
      'sans dispositif de classe III ni dispositif implantable de classe IIb',
    ],
    microOrSmall: ['qui sont des microentreprises ou des petites entreprises', 'qui sont des moyennes ou grandes entreprises'],
    foreignMarkets: ['vendant hors de leur pays d’établissement', 'vendant uniquement dans leur pays d’établissement'],
  },
  unknownFlag: (fact, value) => `où ${fact} vaut ${value ? 'oui' : 'non'}`,
  deviceClasses: (classes, negated) => (negated ? `sans dispositif de classe ${orFr(classes)}` : `ayant des dispositifs de classe ${orFr(classes)}`),
  highestClass: (classes, negated) => `dont la classe de dispositif la plus élevée ${negated ? frIsNot(classes) : `est ${orFr(classes)}`}`,
  companySize: (sizes, negated) => {
    const names = sizes.map((v) => frSizes[v] ?? v);
    return negated ? `qui ne sont pas des ${orFr(names)}` : `qui sont des ${orFr(names)}`;
  },
  transition: (statuses, negated) =>
    negated ? `sans ${orFr(statuses.map((v) => frTransitions[v]?.[1] ?? v))}` : `ayant ${orFr(statuses.map((v) => frTransitions[v]?.[0] ?? v))}`,
  bodyContact: (contacts, negated) =>
    contacts.length === 1 && contacts[0] === 'none' && !negated
      ? 'dont les dispositifs n’ont aucun contact avec le corps'
      : `dont les dispositifs ${negated ? 'n’ont pas' : 'ont'} ${orFr(contacts.map((v) => frContacts[v] ?? v))}`,
  legacyBasis: (bases, negated) => `dont les dispositifs hérités ${negated ? 'ne reposent pas' : 'reposent'} sur ${orFr(bases.map((v) => frBases[v] ?? v))}`,
  establishment: (places, negated) => {
    const where = places.map((v) => frEstablishments[v] ?? v);
    return `dont le siège ${negated ? frIsNot(where) : `est ${orFr(where)}`}`;
  },
  country: (codes, negated) => {
    const where = codes.map(inCountryFr);
    return `dont le siège ${negated ? frIsNot(where) : `est ${orFr(where)}`}`;
  },
  markets: (codes, negated) => {
    const where = codes.map(inCountryFr);
    if (!negated) return `vendant ${orFr(where)}`;
    return where.length > 1 ? `ne vendant ${neitherFr(where)}` : `ne vendant pas ${where.join('')}`;
  },
  deviceFamilies: (counts, negated) => `${negated ? 'n’ayant pas' : 'ayant'} ${orFr(counts)} familles de dispositifs`,
  technicalFiles: (counts, negated) => `${negated ? 'n’ayant pas' : 'ayant'} ${orFr(counts)} documentations techniques`,
  unknown: (fact, values, negated) => `où ${fact} ${negated ? 'ne vaut pas' : 'vaut'} ${orFr(values)}`,
  sentence: (who, quals) => [who, texts(quals).join(' et ')].filter(Boolean).join(' '),
  joinQuals: (quals) => texts(quals).join(' et '),
};

// ----------------------------------------------------------------------------------------------- German
// Nouns keep their capital letter inside a sentence; "mit" takes the dative, "ohne" the accusative, so
// each device fact has both forms. Qualifiers are prepositional, so they chain with "und" without commas.

const orDe = listWith('oder');
const deDate = (iso: string) => new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(iso));
const deRoles: Record<RoleKey, string> = {
  manufacturer: 'Hersteller',
  authorisedRepresentative: 'Bevollmächtigte',
  importer: 'Importeure',
  distributor: 'Händler',
  procedurePackProducer: 'Hersteller von Systemen oder Behandlungseinheiten',
};
/** The role as a title, after "Rolle": "ohne die Rolle Importeur". */
const deRoleTitles: Record<RoleKey, string> = {
  manufacturer: 'Hersteller',
  authorisedRepresentative: 'Bevollmächtigter',
  importer: 'Importeur',
  distributor: 'Händler',
  procedurePackProducer: 'Hersteller von Systemen oder Behandlungseinheiten',
};
/** [with: dative plural after "mit", without: accusative plural after "ohne"]. */
const deContacts: Record<string, string> = {
  none: 'keinem Körperkontakt',
  surface: 'Oberflächenkontakt (Haut, Schleimhaut)',
  externallyCommunicating: 'extern kommunizierendem Kontakt (Blutweg, Gewebe)',
  implant: 'Implantatkontakt',
};
const deBases: Record<string, string> = { mddCertificate: 'einer Bescheinigung nach der Richtlinie', classIUpclassified: 'einer Klasse-I-Erklärung nach der Richtlinie' };
const mitOhne = (dative: string, accusative: string): [string, string] => [`mit ${dative}`, `ohne ${accusative}`];
const deSizes: Record<string, [string, string]> = {
  micro: ['Kleinstunternehmen', 'Kleinstunternehmen'],
  small: ['kleine Unternehmen', 'kleinen Unternehmen'],
  medium: ['mittlere Unternehmen', 'mittleren Unternehmen'],
  large: ['Großunternehmen', 'Großunternehmen'],
};
const deTransitions: Record<string, [string, string]> = {
  new: ['neuen Produkten', 'neue Produkte'],
  legacy: ['Altprodukten in der MDR-Übergangsfrist', 'Altprodukte in der MDR-Übergangsfrist'],
};
const deEstablishments: Record<string, string> = { eu: 'in der EU', nonEu: 'außerhalb der EU' };

const german: Grammar = {
  everyone: 'Jedes Unternehmen, unabhängig von Rolle und Produkten',
  anyFirm: 'Jedes Unternehmen',
  firms: 'Unternehmen',
  and: ' und ',
  orQuals: ' oder ',
  orSentences: '; oder ',
  list: orDe,
  lowerFirst: (s) => s,
  lowerRole: (s) => s,
  isManufacturer: ['Hersteller', 'Unternehmen ohne die Rolle Hersteller'],
  nonEuManufacturer: ['Hersteller mit Sitz außerhalb der EU', 'Unternehmen außer Herstellern mit Sitz außerhalb der EU'],
  roles: deRoles,
  notRoles: (roles) => ({ text: `ohne die Rolle ${orDe(roles.map((r) => deRoleTitles[r as RoleKey] ?? r))}` }),
  alsoRole: (who) => ({ text: `die zugleich ${who} sind`, clause: true }),
  devices: {
    implantable: mitOhne('implantierbaren Produkten', 'implantierbare Produkte'),
    active: mitOhne('aktiven Produkten', 'aktive Produkte'),
    software: mitOhne('Software als Produkt oder in einem Produkt', 'Software als Produkt oder in einem Produkt'),
    sterile: mitOhne('sterilen Produkten', 'sterile Produkte'),
    measuring: mitOhne('Produkten mit Messfunktion', 'Produkte mit Messfunktion'),
    reusableSurgical: mitOhne('wiederverwendbaren chirurgischen Instrumenten', 'wiederverwendbare chirurgische Instrumente'),
    medicinalSubstance: mitOhne('Produkten mit einem Arzneimittelbestandteil', 'Produkte mit einem Arzneimittelbestandteil'),
    animalOrHumanTissue: mitOhne('Produkten aus tierischem oder menschlichem Gewebe', 'Produkte aus tierischem oder menschlichem Gewebe'),
    nanomaterial: mitOhne('Produkten mit Nanomaterial', 'Produkte mit Nanomaterial'),
    layUsers: mitOhne('Produkten für Laien', 'Produkte für Laien'),
    customMade: mitOhne('Sonderanfertigungen', 'Sonderanfertigungen'),
    annexXVI: mitOhne('Produkten ohne medizinische Zweckbestimmung (MDR Anhang XVI)', 'Produkte ohne medizinische Zweckbestimmung'),
    wetImplant: mitOhne('Implantaten wie Nahtmaterial, Schrauben, Platten oder Kronen (Liste in Art. 52(4))', 'Implantate dieser Liste'),
    drugDeviceCombination: mitOhne('Produkten, die mit einem Arzneimittel ein einheitliches Produkt bilden', 'solche Kombinationsprodukte'),
    deliversMedicinalProduct: mitOhne('aktiven Produkten, die ein Arzneimittel abgeben oder entfernen', 'solche aktiven Produkte'),
    aiSystem: mitOhne('Software, die ein KI-System ist', 'KI-Systeme'),
  },
  flags: {
    iso13485Certified: ['mit ISO-13485-Zertifikat', 'ohne ISO-13485-Zertifikat'],
    legacyQmsBy2024: [
      `mit MDR-konformem Qualitätsmanagementsystem bis zum ${deDate('2024-05-26')}`,
      `ohne MDR-konformes Qualitätsmanagementsystem bis zum ${deDate('2024-05-26')}`,
    ],
    legacyNbApplicationBy2024: [
      `mit Antrag bei einer Benannten Stelle bis zum ${deDate('2024-05-26')}`,
      `ohne Antrag bei einer Benannten Stelle bis zum ${deDate('2024-05-26')}`,
    ],
    legacyNbAgreementBy2024: [
      `mit einer bis zum ${deDate('2024-09-26')} unterzeichneten Vereinbarung mit einer Benannten Stelle`,
      `ohne eine bis zum ${deDate('2024-09-26')} unterzeichnete Vereinbarung mit einer Benannten Stelle`,
    ],
    legacyNoSignificantChange: ['ohne wesentliche Änderung ihrer Altprodukte', 'mit wesentlicher Änderung ihrer Altprodukte'],
    needsNotifiedBody: ['mit Pflicht zur Einbindung einer Benannten Stelle', 'ohne Pflicht zur Einbindung einer Benannten Stelle'],
    highRisk: [
      'mit Produkten der Klasse III oder implantierbaren Produkten der Klasse IIb',
      'ohne Produkte der Klasse III oder implantierbare Produkte der Klasse IIb',
    ],
    microOrSmall: ['als Kleinst- oder Kleinunternehmen', 'als mittlere oder große Unternehmen'],
    foreignMarkets: ['mit Vertrieb außerhalb ihres Sitzlandes', 'mit Vertrieb nur in ihrem Sitzland'],
  },
  unknownFlag: (fact, value) => `mit ${fact}: ${value ? 'ja' : 'nein'}`,
  deviceClasses: (classes, negated) => (negated ? `ohne Produkte der Klasse ${orDe(classes)}` : `mit Produkten der Klasse ${orDe(classes)}`),
  highestClass: (classes, negated) =>
    negated ? `mit einer anderen höchsten Produktklasse als ${orDe(classes)}` : `mit der höchsten Produktklasse ${orDe(classes)}`,
  companySize: (sizes, negated) =>
    negated ? `außer ${orDe(sizes.map((v) => deSizes[v]?.[1] ?? v))}` : `als ${orDe(sizes.map((v) => deSizes[v]?.[0] ?? v))}`,
  transition: (statuses, negated) =>
    negated ? `ohne ${orDe(statuses.map((v) => deTransitions[v]?.[1] ?? v))}` : `mit ${orDe(statuses.map((v) => deTransitions[v]?.[0] ?? v))}`,
  bodyContact: (contacts, negated) =>
    contacts.length === 1 && contacts[0] === 'none' && !negated
      ? 'mit Produkten ohne Körperkontakt'
      : `${negated ? 'ohne Produkte' : 'mit Produkten'} mit ${orDe(contacts.map((v) => deContacts[v] ?? v))}`,
  legacyBasis: (bases, negated) => `deren Altprodukte ${negated ? 'nicht ' : ''}auf ${orDe(bases.map((v) => deBases[v] ?? v))} beruhen`,
  establishment: (places, negated) => `${negated ? 'ohne' : 'mit'} Sitz ${orDe(places.map((v) => deEstablishments[v] ?? v))}`,
  country: (codes, negated) => {
    const names = orDe(codes.map((c) => countryNameIn('de', c)));
    return negated ? `mit einem anderen Sitzland als ${names}` : `mit dem Sitzland ${names}`;
  },
  markets: (codes, negated) => `${negated ? 'ohne' : 'mit'} dem Absatzmarkt ${orDe(codes.map((c) => countryNameIn('de', c)))}`,
  deviceFamilies: (counts, negated) =>
    negated ? `mit einer anderen Zahl von Produktfamilien als ${orDe(counts)}` : `mit ${orDe(counts)} Produktfamilien`,
  technicalFiles: (counts, negated) =>
    negated ? `mit einer anderen Zahl technischer Dokumentationen als ${orDe(counts)}` : `mit ${orDe(counts)} technischen Dokumentationen`,
  unknown: (fact, values, negated) => `mit ${fact}: ${negated ? 'nicht ' : ''}${orDe(values)}`,
  sentence: (who, quals) => {
    const plain = quals.filter((q) => !q.clause).map((q) => q.text);
    const clauses = quals.filter((q) => q.clause).map((q) => q.text);
    const head = [who, plain.join(' und ')].filter(Boolean).join(' ');
    return clauses.length > 0 ? `${head}, ${clauses.join(' und ')}` : head;
  },
  joinQuals: (quals) => texts(quals).join(' und '),
};

const grammars = { en: english, fr: french, de: german } satisfies Record<Language, Grammar>;

// ----------------------------------------------------------------------------------------- The phrases

function valuesOf(c: { equals: FactValue } | { in: FactValue[] }): FactValue[] {
  return 'equals' in c ? [c.equals] : c.in;
}

const isDeviceFact = (g: Grammar, fact: string): fact is DeviceFact => Object.hasOwn(g.devices, fact);
const isFlagFact = (g: Grammar, fact: string): fact is FlagFact => Object.hasOwn(g.flags, fact);

function atomPhrase(g: Grammar, fact: string, test: { is: boolean } | { equals: FactValue } | { in: FactValue[] }, negated: boolean): Phrase {
  if ('is' in test) {
    const value = negated ? !test.is : test.is;
    if (fact === 'isManufacturer') return { who: pick(g.isManufacturer, value), quals: [] };
    if (fact === 'nonEuManufacturer') return { who: pick(g.nonEuManufacturer, value), quals: [] };
    if (isDeviceFact(g, fact)) return { quals: [{ text: pick(g.devices[fact], value) }] };
    if (isFlagFact(g, fact)) return { quals: [{ text: pick(g.flags[fact], value) }] };
    return { quals: [{ text: g.unknownFlag(fact, value) }] };
  }
  const values = valuesOf(test).map(String);
  const qual = (text: string): Phrase => ({ quals: [{ text }] });
  switch (fact) {
    case 'roles': {
      if (negated) return { quals: [g.notRoles(values)] };
      const known = (v: string): v is RoleKey => Object.hasOwn(g.roles, v);
      return { who: g.list(values.map((v, i) => (!known(v) ? v : i === 0 ? g.roles[v] : g.lowerRole(g.roles[v])))), quals: [] };
    }
    case 'deviceClasses':
      return qual(g.deviceClasses(values, negated));
    case 'highestClass':
      return qual(g.highestClass(values, negated));
    case 'companySize':
      return qual(g.companySize(values, negated));
    case 'transition':
      return qual(g.transition(values, negated));
    case 'bodyContact':
      return qual(g.bodyContact(values, negated));
    case 'legacyBasis':
      return qual(g.legacyBasis(values, negated));
    case 'establishment':
      return qual(g.establishment(values, negated));
    case 'country':
      return qual(g.country(values, negated));
    case 'markets':
      return qual(g.markets(values, negated));
    case 'deviceFamilies':
      return qual(g.deviceFamilies(values, negated));
    case 'technicalFiles':
      return qual(g.technicalFiles(values, negated));
    default:
      return qual(g.unknown(fact, values, negated));
  }
}

function sentence(g: Grammar, p: Phrase): string {
  if (!p.who && p.quals.length === 0) return g.anyFirm;
  return g.sentence(p.who ?? g.firms, p.quals);
}

function phraseOf(g: Grammar, c: Condition, negated = false): Phrase {
  if ('not' in c) return phraseOf(g, c.not, !negated);
  if ('fact' in c) return atomPhrase(g, c.fact, c, negated);
  const parts = ('all' in c ? c.all : c.any).map((child) => phraseOf(g, child, negated));
  // De Morgan: "not all" reads as "any of the negations", and vice versa.
  const conjunctive = 'all' in c !== negated;
  if (conjunctive) {
    const whos = parts.map((p) => p.who).filter((w): w is string => !!w);
    const quals = parts.flatMap((p) => p.quals);
    if (whos.length <= 1) return { ...(whos[0] ? { who: whos[0] } : {}), quals };
    return { who: whos[0], quals: [...whos.slice(1).map((w) => g.alsoRole(w)), ...quals] };
  }
  if (parts.every((p) => p.who && p.quals.length === 0)) {
    return { who: g.list(parts.map((p, i) => (i === 0 ? p.who! : g.lowerFirst(p.who!)))), quals: [] };
  }
  if (parts.every((p) => !p.who)) return { quals: [{ text: parts.map((p) => g.joinQuals(p.quals)).join(g.orQuals) }] };
  // Mixed roles and device facts: list each alternative as its own phrase.
  return { who: parts.map((p, i) => (i === 0 ? sentence(g, p) : g.lowerFirst(sentence(g, p)))).join(g.orSentences), quals: [] };
}

/** Who an item applies to, in plain words in the given language; an absent condition applies to everyone. */
export function describeCondition(condition: Condition | undefined, language: Language = 'en'): string {
  const g = grammars[language];
  if (!condition) return g.everyone;
  return sentence(g, phraseOf(g, condition));
}
