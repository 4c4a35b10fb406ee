// Interface translations (i18next): English is bundled, French and German load on demand, one JSON
// file per screen (namespace) and language under locales/. Rule-set text is translated in the rule set.
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/text';
import { initialLanguage, languageStorageKey } from './languages';

type Catalog = Record<string, unknown>;

const english = import.meta.glob<Catalog>('./locales/en/*.json', { eager: true, import: 'default' });
const others = import.meta.glob<Catalog>('./locales/{fr,de}/*.json', { import: 'default' });

const nsOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
export const namespaces = Object.keys(english).map(nsOf);
const enResources = Object.fromEntries(Object.entries(english).map(([path, catalog]) => [nsOf(path), catalog]));

const lazyCatalogs: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (language === 'en') return callback(null, enResources[namespace] ?? {});
    const load = others[`./locales/${language}/${namespace}.json`];
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
    ns: namespaces,
    defaultNS: 'common',
    partialBundledLanguages: true,
    resources: { en: enResources },
    interpolation: { escapeValue: false }, // React escapes; user text is never rendered as HTML.
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false },
  });

if (typeof document !== 'undefined') document.documentElement.lang = start;

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
