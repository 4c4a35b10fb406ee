// Applicability conditions in plain words ("Manufacturers with class IIb or III devices") for people, not
// parsers, in English, French or German.
import type { Condition } from './condition';
import type { Language } from './text';

type FactValue = string | number | boolean;
type Test = { is: boolean } | { equals: FactValue } | { in: FactValue[] };

/**
 * A condition as words: who it is about (a role, e.g. "Manufacturers") and what narrows it down
 * ("with sterile devices"). Kept apart so "all" can read "Manufacturers with sterile devices and …".
 */
interface Phrase {
  who?: string;
  quals: string[];
}

/** What one language needs to say a condition: its phrases for each fact, and how phrases combine. */
interface ConditionWords {
  /** A single fact test, negated or not. */
  atom: (fact: string, test: Test, negated: boolean) => Phrase;
  /** "a, b or c" */
  orList: (values: readonly string[]) => string;
  /** Joins the qualifiers of one phrase ("with X and with Y"). */
  and: string;
  /** Joins alternatives made of qualifiers only ("with X, or with Y"). */
  orQuals: string;
  /** Joins whole alternatives ("Manufacturers with X; or importers"). */
  orPhrases: string;
  /** A second role in the same "all": "that are also importers". */
  alsoWho: (who: string) => string;
  /** A role or sentence that no longer starts the text (English and French lower it; German nouns keep capitals). */
  lower: (text: string) => string;
  /** The whole phrase as a sentence. */
  sentence: (phrase: Phrase) => string;
  /** No condition at all. */
  everyone: string;
}

function orListWith(or: string): (values: readonly string[]) => string {
  return (values) => (values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} ${or} ${values[values.length - 1]}`);
}

const regionLocales: Record<Language, string> = { en: 'en', fr: 'fr', de: 'de' };

function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([regionLocales[language]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function valuesOf(c: { equals: FactValue } | { in: FactValue[] }): string[] {
  return ('equals' in c ? [c.equals] : c.in).map(String);
}

/** Keep acronyms such as "EU" intact; only lower a capitalised first word. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-zà-ÿ]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

// ---------------------------------------------------------------------------------------------- English

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

const enOr = orListWith('or');

function englishAtom(fact: string, test: Test, negated: boolean): Phrase {
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
  const values = valuesOf(test);
  const not = negated ? 'not ' : '';
  switch (fact) {
    case 'roles': {
      if (!negated) return { who: enOr(values.map((v, i) => (i === 0 ? (roleNames[v]?.many ?? v) : (roleNames[v]?.many.toLowerCase() ?? v)))), quals: [] };
      return { quals: [`that are not ${enOr(values.map((v) => `an ${roleNames[v]?.one ?? v}`.replace(/^an ([^aeiou])/, 'a $1')))}`] };
    }
    case 'deviceClasses':
      return { quals: [negated ? `without class ${enOr(values)} devices` : `with class ${enOr(values)} devices`] };
    case 'highestClass':
      return { quals: [`whose highest device class is ${not}${enOr(values)}`] };
    case 'companySize':
      return { quals: [`that are ${not}${enOr(values.map((v) => sizeNames[v] ?? v))} enterprises`] };
    case 'transition':
      return { quals: [`${negated ? 'without' : 'with'} ${enOr(values.map((v) => transitionNames[v] ?? v))}`] };
    case 'establishment':
      return { quals: [`${not}${enOr(values.map((v) => establishmentNames[v] ?? v))}`] };
    case 'country':
      return { quals: [`${not}established in ${enOr(values.map((v) => countryName(v, 'en')))}`] };
    case 'markets':
      return { quals: [`${negated ? 'not ' : ''}selling in ${enOr(values.map((v) => countryName(v, 'en')))}`] };
    case 'deviceFamilies':
      return { quals: [`with ${not}${enOr(values)} device families`] };
    case 'technicalFiles':
      return { quals: [`with ${not}${enOr(values)} technical files`] };
    default:
      return { quals: [`where ${fact} is ${not}${enOr(values)}`] };
  }
}

const english: ConditionWords = {
  atom: englishAtom,
  orList: enOr,
  and: ' and ',
  orQuals: ', or ',
  orPhrases: '; or ',
  alsoWho: (who) => `that are also ${lowerFirst(who)}`,
  lower: lowerFirst,
  sentence: (p) => (!p.who && p.quals.length === 0 ? 'Every firm' : [p.who ?? 'Firms', p.quals.join(' and ')].filter(Boolean).join(' ')),
  everyone: 'Every firm, whatever its role or devices',
};

// ---------------------------------------------------------------------------------------------- French

const frRoles: Record<string, { one: string; many: string }> = {
  manufacturer: { one: 'fabricant', many: 'Fabricants' },
  authorisedRepresentative: { one: 'mandataire', many: 'Mandataires' },
  importer: { one: 'importateur', many: 'Importateurs' },
  distributor: { one: 'distributeur', many: 'Distributeurs' },
  procedurePackProducer: { one: 'producteur de systèmes ou de nécessaires', many: 'Producteurs de systèmes ou de nécessaires' },
};

/** Yes/no facts about devices and firms: [when true, when false]. Written to agree with any role. */
const frFlags: Record<string, [string, string]> = {
  implantable: ['avec des dispositifs implantables', 'sans dispositif implantable'],
  active: ['avec des dispositifs actifs (alimentés en énergie)', 'sans dispositif actif'],
  software: ['avec un logiciel dispositif ou intégré à un dispositif', 'sans logiciel dispositif ni intégré à un dispositif'],
  sterile: ['avec des dispositifs stériles', 'sans dispositif stérile'],
  measuring: ['avec des dispositifs ayant une fonction de mesurage', 'sans dispositif ayant une fonction de mesurage'],
  reusableSurgical: ['avec des instruments chirurgicaux réutilisables', 'sans instrument chirurgical réutilisable'],
  medicinalSubstance: ['avec des dispositifs contenant une substance médicamenteuse', 'sans dispositif contenant une substance médicamenteuse'],
  animalOrHumanTissue: [
    'avec des dispositifs fabriqués à partir de tissus d’origine animale ou humaine',
    'sans dispositif fabriqué à partir de tissus d’origine animale ou humaine',
  ],
  nanomaterial: ['avec des dispositifs contenant des nanomatériaux', 'sans dispositif contenant des nanomatériaux'],
  layUsers: ['avec des dispositifs destinés à des profanes', 'sans dispositif destiné à des profanes'],
  customMade: ['avec des dispositifs sur mesure', 'sans dispositif sur mesure'],
  iso13485Certified: ['ayant un certificat ISO 13485', 'sans certificat ISO 13485'],
  legacyQmsBy2024: [
    'dont le système de gestion de la qualité conforme au MDR était en place au 26 mai 2024',
    'dont le système de gestion de la qualité conforme au MDR n’était pas en place au 26 mai 2024',
  ],
  legacyNbApplicationBy2024: [
    'ayant déposé une demande auprès d’un organisme notifié au 26 mai 2024',
    'n’ayant pas déposé de demande auprès d’un organisme notifié au 26 mai 2024',
  ],
  legacyNbAgreementBy2024: [
    'ayant signé un accord avec un organisme notifié au 26 septembre 2024',
    'sans accord signé avec un organisme notifié au 26 septembre 2024',
  ],
  legacyNoSignificantChange: [
    'dont les dispositifs hérités n’ont pas subi de modification significative',
    'dont les dispositifs hérités ont subi une modification significative',
  ],
  needsNotifiedBody: ['dont les dispositifs requièrent un organisme notifié', 'dont les dispositifs ne requièrent pas d’organisme notifié'],
  highRisk: ['avec des dispositifs de classe III ou de classe IIb implantables', 'sans dispositif de classe III ni de classe IIb implantable'],
  microOrSmall: ['qui sont des micro ou petites entreprises', 'qui sont des moyennes ou grandes entreprises'],
  foreignMarkets: ['vendant hors de leur pays d’origine', 'vendant uniquement dans leur pays d’origine'],
};

const frSizes: Record<string, string> = { micro: 'micro-entreprises', small: 'petites entreprises', medium: 'moyennes entreprises', large: 'grandes entreprises' };
/** [after "avec", after "sans"] */
const frTransitions: Record<string, [string, string]> = {
  new: ['de nouveaux dispositifs', 'nouveau dispositif'],
  legacy: ['des dispositifs hérités (« legacy devices ») en transition vers le MDR', 'dispositif hérité (« legacy device ») en transition vers le MDR'],
};
/** [positive, negated] */
const frEstablishments: Record<string, [string, string]> = {
  eu: ['ayant leur siège dans l’UE', 'n’ayant pas leur siège dans l’UE'],
  nonEu: ['ayant leur siège hors de l’UE', 'n’ayant pas leur siège hors de l’UE'],
};

const frOr = orListWith('ou');
// Countries take "au", "en" or "aux" in French; naming them after a colon needs no preposition.
const frCountries = (codes: readonly string[]) =>
  `${codes.length === 1 ? 'dans ce pays' : 'dans l’un de ces pays'} : ${frOr(codes.map((v) => countryName(v, 'fr')))}`;

function frenchAtom(fact: string, test: Test, negated: boolean): Phrase {
  if ('is' in test) {
    const value = negated ? !test.is : test.is;
    if (fact === 'isManufacturer') return { who: value ? 'Fabricants' : 'Entreprises qui ne sont pas fabricants', quals: [] };
    if (fact === 'nonEuManufacturer') return { who: value ? 'Fabricants établis hors de l’UE' : 'Entreprises autres que les fabricants établis hors de l’UE', quals: [] };
    const flag = frFlags[fact];
    if (flag) return { quals: [value ? flag[0] : flag[1]] };
    return { quals: [`où ${fact} vaut ${value ? 'oui' : 'non'}`] };
  }
  const values = valuesOf(test);
  const is = negated ? 'n’est pas' : 'est';
  switch (fact) {
    case 'roles': {
      if (!negated) return { who: frOr(values.map((v, i) => (i === 0 ? (frRoles[v]?.many ?? v) : (frRoles[v]?.many.toLowerCase() ?? v)))), quals: [] };
      return { quals: [`qui ne sont pas ${frOr(values.map((v) => frRoles[v]?.many.toLowerCase() ?? v))}`] };
    }
    case 'deviceClasses':
      return { quals: [negated ? `sans dispositif de classe ${frOr(values)}` : `avec des dispositifs de classe ${frOr(values)}`] };
    case 'highestClass':
      return { quals: [`dont la classe de dispositif la plus élevée ${is} ${frOr(values)}`] };
    case 'companySize':
      return { quals: [`qui ${negated ? 'ne sont pas' : 'sont'} des ${frOr(values.map((v) => frSizes[v] ?? v))}`] };
    case 'transition':
      return { quals: [`${negated ? 'sans' : 'avec'} ${frOr(values.map((v) => frTransitions[v]?.[negated ? 1 : 0] ?? v))}`] };
    case 'establishment':
      return { quals: [frOr(values.map((v) => frEstablishments[v]?.[negated ? 1 : 0] ?? v))] };
    case 'country':
      return { quals: [`${negated ? 'n’ayant pas leur' : 'ayant leur'} siège ${frCountries(values)}`] };
    case 'markets':
      return { quals: [`${negated ? 'ne vendant pas' : 'vendant'} ${frCountries(values)}`] };
    case 'deviceFamilies':
      return { quals: [`dont le nombre de familles de dispositifs ${is} ${frOr(values)}`] };
    case 'technicalFiles':
      return { quals: [`dont le nombre de documentations techniques ${is} ${frOr(values)}`] };
    default:
      return { quals: [`où ${fact} ${negated ? 'ne vaut pas' : 'vaut'} ${frOr(values)}`] };
  }
}

const french: ConditionWords = {
  atom: frenchAtom,
  orList: frOr,
  and: ' et ',
  orQuals: ', ou ',
  orPhrases: ' ; ou ',
  alsoWho: (who) => `qui sont aussi ${lowerFirst(who)}`,
  lower: lowerFirst,
  sentence: (p) => (!p.who && p.quals.length === 0 ? 'Toute entreprise' : [p.who ?? 'Entreprises', p.quals.join(' et ')].filter(Boolean).join(' ')),
  everyone: 'Toute entreprise, quels que soient son rôle et ses dispositifs',
};

// ---------------------------------------------------------------------------------------------- German

const deRoles: Record<string, { one: string; many: string }> = {
  manufacturer: { one: 'Hersteller', many: 'Hersteller' },
  authorisedRepresentative: { one: 'Bevollmächtigter', many: 'Bevollmächtigte' },
  importer: { one: 'Importeur', many: 'Importeure' },
  distributor: { one: 'Händler', many: 'Händler' },
  procedurePackProducer: { one: 'Hersteller von Systemen oder Behandlungseinheiten', many: 'Hersteller von Systemen oder Behandlungseinheiten' },
};

/** Yes/no facts: [when true, when false]; "mit" takes the dative, "ohne" the accusative. */
const deFlags: Record<string, [string, string]> = {
  implantable: ['mit implantierbaren Produkten', 'ohne implantierbare Produkte'],
  active: ['mit aktiven (energiebetriebenen) Produkten', 'ohne aktive Produkte'],
  software: ['mit Software als oder in einem Medizinprodukt', 'ohne Software als oder in einem Medizinprodukt'],
  sterile: ['mit sterilen Produkten', 'ohne sterile Produkte'],
  measuring: ['mit Produkten mit Messfunktion', 'ohne Produkte mit Messfunktion'],
  reusableSurgical: ['mit wiederverwendbaren chirurgischen Instrumenten', 'ohne wiederverwendbare chirurgische Instrumente'],
  medicinalSubstance: ['mit Produkten mit Arzneimittelbestandteil', 'ohne Produkte mit Arzneimittelbestandteil'],
  animalOrHumanTissue: ['mit Produkten aus tierischen oder menschlichen Geweben', 'ohne Produkte aus tierischen oder menschlichen Geweben'],
  nanomaterial: ['mit nanomaterialhaltigen Produkten', 'ohne nanomaterialhaltige Produkte'],
  layUsers: ['mit Produkten für Laien', 'ohne Produkte für Laien'],
  customMade: ['mit Sonderanfertigungen', 'ohne Sonderanfertigungen'],
  iso13485Certified: ['mit ISO-13485-Zertifikat', 'ohne ISO-13485-Zertifikat'],
  legacyQmsBy2024: [
    'deren MDR-konformes Qualitätsmanagementsystem bis 26. Mai 2024 eingerichtet war',
    'deren MDR-konformes Qualitätsmanagementsystem bis 26. Mai 2024 nicht eingerichtet war',
  ],
  legacyNbApplicationBy2024: [
    'die bis 26. Mai 2024 einen Antrag bei einer Benannten Stelle gestellt haben',
    'die bis 26. Mai 2024 keinen Antrag bei einer Benannten Stelle gestellt haben',
  ],
  legacyNbAgreementBy2024: [
    'mit einer bis 26. September 2024 unterzeichneten Vereinbarung mit einer Benannten Stelle',
    'ohne eine bis 26. September 2024 unterzeichnete Vereinbarung mit einer Benannten Stelle',
  ],
  legacyNoSignificantChange: ['deren Altprodukte nicht wesentlich geändert wurden', 'deren Altprodukte wesentlich geändert wurden'],
  needsNotifiedBody: ['deren Produkte eine Benannte Stelle benötigen', 'deren Produkte keine Benannte Stelle benötigen'],
  highRisk: ['mit Produkten der Klasse III oder implantierbaren Produkten der Klasse IIb', 'ohne Produkte der Klasse III oder implantierbare Produkte der Klasse IIb'],
  microOrSmall: ['die Kleinst- oder Kleinunternehmen sind', 'die Unternehmen mittlerer Größe oder Großunternehmen sind'],
  foreignMarkets: ['mit Verkauf außerhalb ihres Heimatlandes', 'mit Verkauf nur in ihrem Heimatland'],
};

const deSizes: Record<string, string> = { micro: 'Kleinstunternehmen', small: 'Kleinunternehmen', medium: 'Unternehmen mittlerer Größe', large: 'Großunternehmen' };
/** [after "mit", after "ohne"] */
const deTransitions: Record<string, [string, string]> = {
  new: ['neuen Produkten', 'neue Produkte'],
  legacy: ['Altprodukten in der MDR-Übergangszeit', 'Altprodukte in der MDR-Übergangszeit'],
};
const deEstablishments: Record<string, string> = { eu: 'Sitz in der EU', nonEu: 'Sitz außerhalb der EU' };

const deOr = orListWith('oder');
/** Qualifiers that are relative clauses ("die …", "deren …"): German sets them off with a comma, after the others. */
const deRelative = /^(die|deren|bei denen) /;

function germanAtom(fact: string, test: Test, negated: boolean): Phrase {
  if ('is' in test) {
    const value = negated ? !test.is : test.is;
    if (fact === 'isManufacturer') return { who: value ? 'Hersteller' : 'Unternehmen, die keine Hersteller sind', quals: [] };
    if (fact === 'nonEuManufacturer') return { who: value ? 'Hersteller mit Sitz außerhalb der EU' : 'Unternehmen außer Herstellern mit Sitz außerhalb der EU', quals: [] };
    const flag = deFlags[fact];
    if (flag) return { quals: [value ? flag[0] : flag[1]] };
    return { quals: [`bei denen ${fact} ${value ? 'ja' : 'nein'} ist`] };
  }
  const values = valuesOf(test);
  const not = negated ? 'nicht ' : '';
  switch (fact) {
    case 'roles': {
      if (!negated) return { who: deOr(values.map((v) => deRoles[v]?.many ?? v)), quals: [] };
      return { quals: [`die nicht ${deOr(values.map((v) => deRoles[v]?.one ?? v))} sind`] };
    }
    case 'deviceClasses':
      return { quals: [negated ? `ohne Produkte der Klasse ${deOr(values)}` : `mit Produkten der Klasse ${deOr(values)}`] };
    case 'highestClass':
      return { quals: [`deren höchste Produktklasse ${not}${deOr(values)} ist`] };
    case 'companySize':
      return { quals: [`die ${negated ? 'keine ' : ''}${deOr(values.map((v) => deSizes[v] ?? v))} sind`] };
    case 'transition':
      return { quals: [`${negated ? 'ohne' : 'mit'} ${deOr(values.map((v) => deTransitions[v]?.[negated ? 1 : 0] ?? v))}`] };
    case 'establishment':
      return { quals: [`${negated ? 'ohne' : 'mit'} ${deOr(values.map((v) => deEstablishments[v] ?? v))}`] };
    case 'country':
      return { quals: [`${negated ? 'ohne' : 'mit'} Sitz in ${deOr(values.map((v) => countryName(v, 'de')))}`] };
    case 'markets':
      return { quals: [`${negated ? 'ohne' : 'mit'} Verkauf in ${deOr(values.map((v) => countryName(v, 'de')))}`] };
    case 'deviceFamilies':
      return { quals: [`mit ${not}${deOr(values)} Produktfamilien`] };
    case 'technicalFiles':
      return { quals: [`mit ${not}${deOr(values)} technischen Dokumentationen`] };
    default:
      return { quals: [`bei denen ${fact} ${not}${deOr(values)} ist`] };
  }
}

function germanSentence(p: Phrase): string {
  if (!p.who && p.quals.length === 0) return 'Jedes Unternehmen';
  const plain = p.quals.filter((q) => !deRelative.test(q));
  const relative = p.quals.filter((q) => deRelative.test(q));
  let text = p.who ?? 'Unternehmen';
  if (plain.length > 0) text += ` ${plain.join(' und ')}`;
  if (relative.length > 0) text += `, ${relative.join(' und ')}`;
  return text;
}

const german: ConditionWords = {
  atom: germanAtom,
  orList: deOr,
  and: ' und ',
  orQuals: ' oder ',
  orPhrases: '; oder ',
  alsoWho: (who) => `die auch ${who} sind`,
  lower: (text) => text,
  sentence: germanSentence,
  everyone: 'Jedes Unternehmen, unabhängig von Rolle und Produkten',
};

const wordsByLanguage = { en: english, fr: french, de: german } satisfies Record<Language, ConditionWords>;

// ---------------------------------------------------------------------------------------------- Combining

function phraseOf(c: Condition, words: ConditionWords, negated = false): Phrase {
  if ('not' in c) return phraseOf(c.not, words, !negated);
  if ('fact' in c) return words.atom(c.fact, c, negated);
  const parts = ('all' in c ? c.all : c.any).map((child) => phraseOf(child, words, negated));
  // De Morgan: "not all" reads as "any of the negations", and vice versa.
  const conjunctive = 'all' in c !== negated;
  if (conjunctive) {
    const whos = parts.map((p) => p.who).filter((w): w is string => !!w);
    const quals = parts.flatMap((p) => p.quals);
    if (whos.length <= 1) return { ...(whos[0] ? { who: whos[0] } : {}), quals };
    return { who: whos[0], quals: [...whos.slice(1).map(words.alsoWho), ...quals] };
  }
  if (parts.every((p) => p.who && p.quals.length === 0)) {
    return { who: words.orList(parts.map((p, i) => (i === 0 ? p.who! : words.lower(p.who!)))), quals: [] };
  }
  if (parts.every((p) => !p.who)) return { quals: [parts.map((p) => p.quals.join(words.and)).join(words.orQuals)] };
  // Mixed roles and device facts: list each alternative as its own phrase.
  return { who: parts.map((p, i) => (i === 0 ? words.sentence(p) : words.lower(words.sentence(p)))).join(words.orPhrases), quals: [] };
}

/** Who an item applies to, in plain words in `language`; an absent condition applies to everyone. */
export function describeCondition(condition: Condition | undefined, language: Language = 'en'): string {
  const words = wordsByLanguage[language];
  if (!condition) return words.everyone;
  return words.sentence(phraseOf(condition, words));
}
