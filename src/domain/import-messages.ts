// What an import tells its user, in English, French and German: why a file was refused and what was kept.
import type { z } from 'zod';
import type { Language } from './text';

type Issue = z.core.$ZodIssue;

export interface ImportMessages {
  tooBig: (megabytes: number, maxMegabytes: number) => string;
  empty: string;
  tooDeep: (maxDepth: number) => string;
  /** `reason` is the parser's own message, cut short (English in every browser). */
  notJson: (reason: string) => string;
  notObject: string;
  unknownFormat: (found: string, assessmentFormat: string, backupFormat: string) => string;
  newerVersion: (version: number) => string;
  unsupportedVersion: (version: number, current: number) => string;
  versionNotNumber: (found: string, current: number) => string;
  /** `problems`: up to three "path: problem" descriptions, joined by "; ". */
  invalid: (kind: 'assessment' | 'backup', problems: string) => string;
  duplicateId: (id: string) => string;
  badItemId: (label: string, itemId: string) => string;
  unknownRuleSet: (label: string, ruleSetId: string, known: string) => string;
  archivedAnswers: (label: string, count: number) => string;
  /** What is wrong with one field of the file, after its path. */
  issue: (issue: Issue) => string;
  /** A field's path and its problem: "assessment.profile: should be an object, but is a text". */
  field: (path: string, problem: string) => string;
}

const numberLocale: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };
const formatNumber = (language: Language, n: number | bigint, fractionDigits = 0) =>
  new Intl.NumberFormat(numberLocale[language], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(n);

/** Zod's own "expected string, received number": the two type names, when the message has them. */
function typesIn(message: string): { expected: string; received: string } | null {
  const m = message.match(/^Invalid input: expected (\w+), received (\w+)$/);
  return m ? { expected: m[1]!, received: m[2]! } : null;
}

const enKind = (type: string): string =>
  type === 'array' ? 'a list' : type === 'object' ? 'an object' : ['string', 'number', 'boolean'].includes(type) ? `a ${type === 'string' ? 'text' : type}` : type;

/** English keeps the messages the schemas wrote themselves ("Enter the company name"); Zod's defaults are said plainly. */
function englishIssue(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') return `unexpected field(s) ${issue.keys.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}`;
  const { message } = issue;
  const types = typesIn(message);
  if (types) return `should be ${enKind(types.expected)}, but is ${enKind(types.received)}`;
  let m: RegExpMatchArray | null;
  if ((m = message.match(/^Too big: expected string to have <=(\d+) characters$/))) return `is too long (at most ${m[1]} characters)`;
  if ((m = message.match(/^Too big: expected array to have <=(\d+) items$/))) return `has too many entries (at most ${m[1]})`;
  if (message.startsWith('Invalid string: must match pattern')) return 'is not in the expected form';
  if (message === 'Invalid ISO datetime') return 'is not a date and time';
  return message;
}

/** The words a translated issue is made of; every problem is told from the issue's code and figures. */
interface IssueWords {
  kinds: Record<'array' | 'object' | 'string' | 'number' | 'boolean', string>;
  unexpectedFields: (keys: string) => string;
  wrongType: (expected: string, received: string) => string;
  missing: string;
  tooLong: (max: string) => string;
  tooManyEntries: (max: string) => string;
  tooLarge: (max: string) => string;
  empty: string;
  tooShort: (min: string) => string;
  tooFewEntries: (min: string) => string;
  tooSmall: (min: string) => string;
  notAbove: (min: string) => string;
  notWhole: string;
  notDateTime: string;
  notDate: string;
  notInForm: string;
  notAllowed: (values: string) => string;
  answeredTwice: (itemId: string) => string;
  invalid: string;
}

function translatedIssue(issue: Issue, words: IssueWords, language: Language): string {
  const n = (value: number | bigint) => formatNumber(language, value);
  const kind = (type: string) => (type in words.kinds ? words.kinds[type as keyof IssueWords['kinds']] : type);
  switch (issue.code) {
    case 'unrecognized_keys':
      return words.unexpectedFields(issue.keys.map((k) => JSON.stringify(k.slice(0, 40))).join(', '));
    case 'invalid_type': {
      const types = typesIn(issue.message);
      if (types?.received === 'undefined') return words.missing;
      return words.wrongType(kind(issue.expected), kind(types?.received ?? '?'));
    }
    case 'too_big':
      if (issue.origin === 'string') return words.tooLong(n(issue.maximum));
      if (issue.origin === 'array' || issue.origin === 'set') return words.tooManyEntries(n(issue.maximum));
      return words.tooLarge(n(issue.maximum));
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? words.empty : words.tooShort(n(issue.minimum));
      if (issue.origin === 'array' || issue.origin === 'set') return words.tooFewEntries(n(issue.minimum));
      return issue.inclusive === false ? words.notAbove(n(issue.minimum)) : words.tooSmall(n(issue.minimum));
    case 'not_multiple_of':
      return issue.divisor === 1 ? words.notWhole : words.invalid;
    case 'invalid_format':
      if (issue.format === 'datetime') return words.notDateTime;
      if (issue.format === 'date' || issue.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return words.notDate;
      return words.notInForm;
    case 'invalid_value':
      return words.notAllowed(
        issue.values
          .slice(0, 6)
          .map((v) => JSON.stringify(v))
          .join(', ') + (issue.values.length > 6 ? ', …' : ''),
      );
    case 'custom': {
      // The one check the assessment schema adds itself (assessment.ts): an item answered twice.
      const twice = issue.message.match(/^item "(.*)" is answered twice$/);
      return twice ? words.answeredTwice(JSON.stringify(twice[1]!.slice(0, 60))) : words.invalid;
    }
    default:
      return words.invalid;
  }
}

const frenchIssues: IssueWords = {
  kinds: { array: 'une liste', object: 'un objet', string: 'un texte', number: 'un nombre', boolean: 'oui ou non (booléen)' },
  unexpectedFields: (keys) => `champ(s) inattendu(s) ${keys}`,
  wrongType: (expected, received) => `devrait être ${expected}, mais est ${received}`,
  missing: 'est manquant',
  tooLong: (max) => `est trop long (${max} caractères au plus)`,
  tooManyEntries: (max) => `a trop d’entrées (${max} au plus)`,
  tooLarge: (max) => `est trop grand (${max} au plus)`,
  empty: 'est vide',
  tooShort: (min) => `est trop court (${min} caractères au moins)`,
  tooFewEntries: (min) => `a trop peu d’entrées (${min} au moins)`,
  tooSmall: (min) => `est trop petit (${min} au moins)`,
  notAbove: (min) => `doit être supérieur à ${min}`,
  notWhole: 'doit être un nombre entier',
  notDateTime: 'n’est pas une date avec heure',
  notDate: 'n’est pas une date au format AAAA-MM-JJ',
  notInForm: 'n’a pas la forme attendue',
  notAllowed: (values) => `n’est pas une valeur admise (valeurs possibles : ${values})`,
  answeredTwice: (itemId) => `l’exigence ${itemId} a deux réponses`,
  invalid: 'n’est pas valide',
};

const germanIssues: IssueWords = {
  kinds: { array: 'eine Liste', object: 'ein Objekt', string: 'ein Text', number: 'eine Zahl', boolean: 'ja oder nein (Boolean)' },
  unexpectedFields: (keys) => `unerwartete(s) Feld(er) ${keys}`,
  wrongType: (expected, received) => `sollte ${expected} sein, ist aber ${received}`,
  missing: 'fehlt',
  tooLong: (max) => `ist zu lang (höchstens ${max} Zeichen)`,
  tooManyEntries: (max) => `hat zu viele Einträge (höchstens ${max})`,
  tooLarge: (max) => `ist zu groß (höchstens ${max})`,
  empty: 'ist leer',
  tooShort: (min) => `ist zu kurz (mindestens ${min} Zeichen)`,
  tooFewEntries: (min) => `hat zu wenige Einträge (mindestens ${min})`,
  tooSmall: (min) => `ist zu klein (mindestens ${min})`,
  notAbove: (min) => `muss größer als ${min} sein`,
  notWhole: 'muss eine ganze Zahl sein',
  notDateTime: 'ist kein Datum mit Uhrzeit',
  notDate: 'ist kein Datum im Format JJJJ-MM-TT',
  notInForm: 'hat nicht die erwartete Form',
  notAllowed: (values) => `ist kein zulässiger Wert (möglich: ${values})`,
  answeredTwice: (itemId) => `die Anforderung ${itemId} ist doppelt beantwortet`,
  invalid: 'ist ungültig',
};

/** The parser's detail in French or German: only where it stopped (its English wording is dropped). */
function parserDetail(reason: string, at: (position: string) => string, end: string): string {
  const position = reason.match(/position (\d+)/);
  if (position) return ` (${at(position[1]!)})`;
  return /end of (JSON )?input/i.test(reason) ? ` (${end})` : '';
}

export const importMessages = {
  en: {
    tooBig: (mb, max) => `The file is ${formatNumber('en', mb, 1)} MB; an assessment file is at most ${max} MB.`,
    empty: 'The file is empty.',
    tooDeep: (max) => `The file is nested more than ${max} levels deep; it is not an MDR Readiness export.`,
    notJson: (reason) => `The file is not valid JSON (${reason}). It may be cut off or not an MDR Readiness export.`,
    notObject: 'The file does not hold an MDR Readiness export (expected a JSON object).',
    unknownFormat: (found, a, b) => `Unknown file format ${found}: expected "${a}" or "${b}".`,
    newerVersion: (v) => `The file was written by a newer version of MDR Readiness (file version ${v}); update the app to open it.`,
    unsupportedVersion: (v, current) => `Unsupported file version ${v}; this app reads version ${current}.`,
    versionNotNumber: (found, current) => `The file's version is ${found}, not a number; this app reads version ${current}. The file was changed by hand or is damaged.`,
    invalid: (kind, problems) => `The ${kind} file is invalid: ${problems}`,
    duplicateId: (id) => `The backup file holds assessment id "${id}" twice.`,
    badItemId: (label, itemId) => `Assessment "${label}" has an answer to ${itemId}, which is not a checklist item id. The file was changed by hand or is damaged.`,
    unknownRuleSet: (label, id, known) => `Assessment "${label}" was made with the checklist "${id}", which this app does not have (it has ${known}). Nothing was imported.`,
    archivedAnswers: (label, count) =>
      count === 1
        ? `Assessment "${label}": 1 answer is for items this version of the checklist does not have; it is kept as an archived answer.`
        : `Assessment "${label}": ${count} answers are for items this version of the checklist does not have; they are kept as archived answers.`,
    issue: englishIssue,
    field: (path, problem) => `${path}: ${problem}`,
  },
  fr: {
    tooBig: (mb, max) => `Le fichier pèse ${formatNumber('fr', mb, 1)} Mo ; un fichier d’évaluation fait au plus ${max} Mo.`,
    empty: 'Le fichier est vide.',
    tooDeep: (max) => `Le fichier est imbriqué sur plus de ${max} niveaux ; ce n’est pas un export de MDR Readiness.`,
    notJson: (reason) =>
      `Le fichier n’est pas du JSON valide${parserDetail(reason, (p) => `erreur à la position ${p}`, 'il s’arrête en cours de route')}. Il est peut-être tronqué, ou ce n’est pas un export de MDR Readiness.`,
    notObject: 'Le fichier ne contient pas d’export de MDR Readiness (un objet JSON était attendu).',
    unknownFormat: (found, a, b) => `Format de fichier inconnu ${found} : « ${a} » ou « ${b} » était attendu.`,
    newerVersion: (v) => `Le fichier a été créé par une version plus récente de MDR Readiness (version de fichier ${v}) ; mettez l’application à jour pour l’ouvrir.`,
    unsupportedVersion: (v, current) => `Version de fichier ${v} non prise en charge ; cette application lit la version ${current}.`,
    versionNotNumber: (found, current) =>
      `La version du fichier est ${found}, ce n’est pas un nombre ; cette application lit la version ${current}. Le fichier a été modifié à la main ou est endommagé.`,
    invalid: (kind, problems) => `${kind === 'assessment' ? 'Le fichier d’évaluation' : 'Le fichier de sauvegarde'} n’est pas valide : ${problems}`,
    duplicateId: (id) => `Le fichier de sauvegarde contient deux fois l’évaluation d’identifiant « ${id} ».`,
    badItemId: (label, itemId) =>
      `L’évaluation « ${label} » contient une réponse à ${itemId}, qui n’est pas un identifiant d’exigence de la liste de contrôle. Le fichier a été modifié à la main ou est endommagé.`,
    unknownRuleSet: (label, id, known) =>
      `L’évaluation « ${label} » a été faite avec la liste de contrôle « ${id} », que cette application n’a pas (elle a ${known}). Rien n’a été importé.`,
    archivedAnswers: (label, count) =>
      count === 1
        ? `Évaluation « ${label} » : 1 réponse concerne une exigence absente de cette version de la liste de contrôle ; elle est conservée comme réponse archivée.`
        : `Évaluation « ${label} » : ${formatNumber('fr', count)} réponses concernent des exigences absentes de cette version de la liste de contrôle ; elles sont conservées comme réponses archivées.`,
    issue: (issue) => translatedIssue(issue, frenchIssues, 'fr'),
    field: (path, problem) => `${path} : ${problem}`,
  },
  de: {
    tooBig: (mb, max) => `Die Datei ist ${formatNumber('de', mb, 1)} MB groß; eine Bewertungsdatei hat höchstens ${max} MB.`,
    empty: 'Die Datei ist leer.',
    tooDeep: (max) => `Die Datei ist mehr als ${max} Ebenen tief verschachtelt; sie ist kein Export von MDR Readiness.`,
    notJson: (reason) =>
      `Die Datei ist kein gültiges JSON${parserDetail(reason, (p) => `Fehler an Position ${p}`, 'sie bricht mittendrin ab')}. Sie ist vielleicht abgeschnitten oder kein Export von MDR Readiness.`,
    notObject: 'Die Datei enthält keinen Export von MDR Readiness (erwartet wurde ein JSON-Objekt).',
    unknownFormat: (found, a, b) => `Unbekanntes Dateiformat ${found}: erwartet wurde „${a}“ oder „${b}“.`,
    newerVersion: (v) => `Die Datei stammt aus einer neueren Version von MDR Readiness (Dateiversion ${v}); aktualisieren Sie die App, um sie zu öffnen.`,
    unsupportedVersion: (v, current) => `Dateiversion ${v} wird nicht unterstützt; diese App liest Version ${current}.`,
    versionNotNumber: (found, current) =>
      `Die Version der Datei ist ${found}, keine Zahl; diese App liest Version ${current}. Die Datei wurde von Hand geändert oder ist beschädigt.`,
    invalid: (kind, problems) => `${kind === 'assessment' ? 'Die Bewertungsdatei' : 'Die Sicherungsdatei'} ist ungültig: ${problems}`,
    duplicateId: (id) => `Die Sicherungsdatei enthält die Bewertung mit der Kennung „${id}“ zweimal.`,
    badItemId: (label, itemId) =>
      `Die Bewertung „${label}“ enthält eine Antwort auf ${itemId}, keine Kennung einer Anforderung der Checkliste. Die Datei wurde von Hand geändert oder ist beschädigt.`,
    unknownRuleSet: (label, id, known) =>
      `Die Bewertung „${label}“ wurde mit der Checkliste „${id}“ erstellt, die diese App nicht hat (sie hat ${known}). Es wurde nichts importiert.`,
    archivedAnswers: (label, count) =>
      count === 1
        ? `Bewertung „${label}“: 1 Antwort gehört zu einer Anforderung, die es in dieser Version der Checkliste nicht gibt; sie wird als archivierte Antwort aufbewahrt.`
        : `Bewertung „${label}“: ${formatNumber('de', count)} Antworten gehören zu Anforderungen, die es in dieser Version der Checkliste nicht gibt; sie werden als archivierte Antworten aufbewahrt.`,
    issue: (issue) => translatedIssue(issue, germanIssues, 'de'),
    field: (path, problem) => `${path}: ${problem}`,
  },
} satisfies Record<Language, ImportMessages>;
