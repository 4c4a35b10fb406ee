// Interface translations: one JSON file per screen (namespace) and language under locales/.
// The English of the first screen (the assessment list, the app's frame and its notices) is in the entry;
// every other catalog, and every French and German one, loads when needed: the first screen's in the
// chosen language at start, the rest with the first other screen opened (loadAllCatalogs, which the
// routes wait for). Rule-set text is translated in the rule set.
//
// A small store of our own rather than a translation library: the app needs nested JSON catalogs,
// {{name}} and {{name, number}} placeholders, plural forms by Intl.PluralRules and English as the
// fallback, which take a few dozen lines instead of a library in the first screen's download.
// Components read it through ./react.tsx.
import type { Language } from '../domain/text';
import type { Namespace, TFunction, TValues } from './keys';
import { initialLanguage, languageStorageKey } from './languages';

export type { Key, Namespace, TFunction, TValues } from './keys';

export type Catalog = { [key: string]: string | Catalog };

/** What the first screen shows; keep in step with the eager glob below (globs take literals only). */
const firstScreenNamespaces: Namespace[] = ['common', 'assessments', 'firstrun'];
const english = import.meta.glob<Catalog>('./locales/en/{common,assessments,firstrun}.json', { eager: true, import: 'default' });
const later = import.meta.glob<Catalog>(['./locales/*/*.json', '!./locales/en/{common,assessments,firstrun}.json'], { import: 'default' });

// The globs list locales/, whose English files are what keys.ts names Namespace.
const nsOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length) as Namespace;
export const namespaces: Namespace[] = [
  ...new Set([...Object.keys(english), ...Object.keys(later)].filter((path) => path.includes('/en/')).map(nsOf)),
];

/** The catalogs in memory, by language and namespace. */
const catalogs: Record<Language, Partial<Record<Namespace, Catalog>>> = { en: {}, fr: {}, de: {} };
for (const [path, catalog] of Object.entries(english)) catalogs.en[nsOf(path)] = catalog;

// --- The store: components subscribe and re-render when the language changes or a catalog arrives.

const listeners = new Set<() => void>();

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const listener of listeners) listener();
}

function storedLanguage(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

let language: Language = initialLanguage(storedLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages);
/** The language a changeLanguage call is loading; the latest call wins. */
let changingTo: Language | undefined;
/** Namespaces asked for so far: a language chosen later loads all of them before it shows. */
const wanted = new Set<Namespace>(firstScreenNamespaces);
const loading = new Map<string, Promise<void>>();

export function currentLanguage(): Language {
  return language;
}

/** One catalog, once however many callers ask at the same time. */
function loadCatalog(lng: Language, ns: Namespace): Promise<void> {
  if (catalogs[lng][ns]) return Promise.resolve();
  const id = `${lng}/${ns}`;
  let pending = loading.get(id);
  if (!pending) {
    const load = later[`./locales/${lng}/${ns}.json`];
    pending = (load ? load() : Promise.resolve({}))
      .then(
        (catalog) => {
          catalogs[lng][ns] = catalog;
          changed();
        },
        // The English fallback shows meanwhile, and the next screen that asks tries again.
        (error: unknown) => console.warn(`Interface text ${id} could not be loaded`, error),
      )
      .finally(() => loading.delete(id));
    loading.set(id, pending);
  }
  return pending;
}

/** The namespaces in a language and in English, the fallback. Never rejects: missing text falls back. */
async function load(lng: Language, nss: Iterable<Namespace>): Promise<void> {
  const languages: Language[] = lng === 'en' ? ['en'] : [lng, 'en'];
  await Promise.all(languages.flatMap((l) => [...nss].map((ns) => loadCatalog(l, ns))));
}

/** Load namespaces in the current language (and one being switched to), and keep them for later languages. */
export async function loadNamespaces(nss: readonly Namespace[]): Promise<void> {
  for (const ns of nss) wanted.add(ns);
  await Promise.all([load(language, nss), changingTo && load(changingTo, nss)]);
}

/** Load, without switching to it, a language's catalogs of every namespace asked for so far. */
export function loadLanguage(lng: Language): Promise<void> {
  return load(lng, wanted);
}

/**
 * Every screen's catalogs in the current language (and English, the fallback); a language chosen later
 * loads them all too. Screens other than the first wait for this in their route, so none shows bare keys.
 */
export function loadAllCatalogs(): Promise<void> {
  return loadNamespaces(namespaces);
}

/** Switch once the new language's catalogs are in, so no screen flashes English text on the way. */
export async function changeLanguage(next: Language): Promise<void> {
  changingTo = next;
  await load(next, wanted);
  if (changingTo !== next) return; // A later choice overtook this one.
  changingTo = undefined;
  language = next;
  changed();
}

/** Change the language, mark the page with it and remember it on this device. */
export async function setLanguage(next: Language): Promise<void> {
  await changeLanguage(next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  try {
    localStorage.setItem(languageStorageKey, next);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this visit only.
  }
}

// The first screen in the starting language (English is already here).
if (language !== 'en') void load(language, wanted);
if (typeof document !== 'undefined') document.documentElement.lang = language;

/** A loaded catalog (undefined until it is), for tests comparing languages. */
export function getCatalog(lng: Language, ns: Namespace): Catalog | undefined {
  return catalogs[lng][ns];
}

// --- Translating.

function lookup(catalog: Catalog | undefined, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function cached<T>(cache: Map<Language, T>, lng: Language, make: () => T): T {
  let value = cache.get(lng);
  if (value === undefined) cache.set(lng, (value = make()));
  return value;
}

/**
 * The text for a key in a language, else in English; with a count, its plural form in that text's
 * language (key_zero first when count is 0 and the catalog has it); the key itself when no catalog has it.
 */
function template(lng: Language, ns: Namespace, key: string, count?: number): string {
  for (const code of lng === 'en' ? (['en'] as const) : [lng, 'en' as const]) {
    const catalog = catalogs[code][ns];
    const keys = [key];
    if (typeof count === 'number') {
      keys.unshift(`${key}_${cached(pluralRules, code, () => new Intl.PluralRules(code)).select(count)}`);
      if (count === 0) keys.unshift(`${key}_zero`);
    }
    for (const k of keys) {
      const text = lookup(catalog, k);
      if (text !== undefined) return text;
    }
  }
  return key;
}

const placeholder = /\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

/**
 * Fill {{name}} and {{name, number}} (a number in the language's digits and separators). A placeholder
 * without a value stays as written, so a forgotten value shows. No HTML escaping: React escapes text.
 */
export function interpolate(text: string, values: TValues | undefined, lng: Language): string {
  if (!values) return text;
  return text.replace(placeholder, (whole, name: string, format: string | undefined) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (format === 'number') return cached(numberFormats, lng, () => new Intl.NumberFormat(lng)).format(Number(value));
    return value === null ? '' : String(value);
  });
}

/** What getFixedT makes: it takes any string, so it is a TFunction of every namespace. */
interface AnyT {
  (key: string, values?: TValues): string;
  language: Language;
  template: (key: string, count?: number) => string;
}

/** Fixed functions, by language, namespace and which of the catalogs they read have arrived. */
const fixed = new Map<string, AnyT>();

/**
 * A function translating one namespace's keys into a language (the current one unless given). The same
 * function comes back until that language's or English's catalog of the namespace arrives, so a
 * component (or a memo depending on t) only updates when its text can have changed.
 */
export function getFixedT<N extends Namespace>(ns: N, lng: Language = language): TFunction<N> {
  const id = `${lng}/${ns}/${catalogs[lng][ns] ? 1 : 0}${catalogs.en[ns] ? 1 : 0}`;
  let t = fixed.get(id);
  if (!t) {
    const templateOf = (key: string, count?: number) => template(lng, ns, key, count);
    t = Object.assign((key: string, values?: TValues) => interpolate(templateOf(key, values?.count), values, lng), { language: lng, template: templateOf });
    fixed.set(id, t);
  }
  return t;
}
