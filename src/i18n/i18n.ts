// Interface translations (i18next): one JSON file per screen (namespace) and language under locales/.
// The English of the first screen (the assessment list, the app's frame and its notices) is in the entry;
// every other catalog, and every French and German one, loads when needed: the first screen's in the
// chosen language at start, the rest with the first other screen opened (loadAllCatalogs, which the
// routes wait for). Rule-set text is translated in the rule set.
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/text';
import { initialLanguage, languageStorageKey } from './languages';

type Catalog = Record<string, unknown>;

/** What the first screen shows; keep in step with the eager glob below (globs take literals only). */
const firstScreenNamespaces = ['common', 'assessments', 'firstrun'];
const english = import.meta.glob<Catalog>('./locales/en/{common,assessments,firstrun}.json', { eager: true, import: 'default' });
const later = import.meta.glob<Catalog>(['./locales/*/*.json', '!./locales/en/{common,assessments,firstrun}.json'], { import: 'default' });

const nsOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
export const namespaces = [...new Set([...Object.keys(english), ...Object.keys(later)].filter((path) => path.includes('/en/')).map(nsOf))];
const enResources = Object.fromEntries(Object.entries(english).map(([path, catalog]) => [nsOf(path), catalog]));

const lazyCatalogs: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (language === 'en' && enResources[namespace]) return callback(null, enResources[namespace]);
    const load = later[`./locales/${language}/${namespace}.json`];
    if (!load) return callback(null, {});
    load().then(
      (catalog) => callback(null, catalog),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

function storedLanguage(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

const start = initialLanguage(storedLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages);

void i18next
  .use(lazyCatalogs)
  .use(initReactI18next)
  .init({
    lng: start,
    fallbackLng: 'en',
    ns: firstScreenNamespaces,
    defaultNS: 'common',
    partialBundledLanguages: true,
    resources: { en: enResources },
    interpolation: { escapeValue: false }, // React escapes; user text is never rendered as HTML.
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false },
  });

if (typeof document !== 'undefined') document.documentElement.lang = start;

/**
 * Every screen's catalogs in the current language (and English, the fallback); a language chosen later
 * loads them all too. Screens other than the first wait for this in their route, so none shows bare keys.
 */
export function loadAllCatalogs(): Promise<void> {
  return i18next.loadNamespaces(namespaces);
}

export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this visit only.
  }
}

export { i18next };
