// Interface catalogs: every English key exists in French and German, with the same placeholders and plural forms.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialLanguage } from '../../src/i18n/languages';
import { flattenCatalog, type CatalogTree } from '../translation-checks';

const root = 'src/i18n/locales';

const load = (lang: string, ns: string) => flattenCatalog(JSON.parse(readFileSync(join(root, lang, `${ns}.json`), 'utf8')) as CatalogTree);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const namespaces = readdirSync(join(root, 'en')).map((f) => f.replace(/\.json$/, ''));

describe.each(['fr', 'de'])('the %s interface catalogs', (lang) => {
  it.each(namespaces)('translate every key of %s', (ns) => {
    const en = load('en', ns);
    const other = load(lang, ns);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const [key, text] of en) {
      if (pluralSuffix.test(key)) {
        // Each plural base needs every plural category the language uses.
        const base = key.replace(pluralSuffix, '');
        for (const c of categories) if (!other.get(`${base}_${c}`)) missing.push(`${base}_${c}`);
        continue;
      }
      const translated = other.get(key);
      if (!translated) missing.push(key);
      else expect(placeholders(translated), `${lang}/${ns}:${key}`).toEqual(placeholders(text));
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});

describe('the interface catalogs', () => {
  // <Trans> (src/i18n/react.tsx) reads markup as pairs of tags, <name>text</name>, not nested and not
  // self-closing: anything else would show as text.
  const pairs = /<(\w+)>[^<]*<\/\1>/g;
  const tagLeft = /<\/?\w+\s*\/?>/;
  it.each(['en', 'fr', 'de'])('mark up text only with pairs of tags, not nested (%s)', (lang) => {
    const offenders = namespaces.flatMap((ns) => [...load(lang, ns)].filter(([, text]) => tagLeft.test(text.replace(pairs, ''))).map(([key]) => `${ns}:${key}`));
    expect(offenders).toEqual([]);
  });
});

describe('initial language', () => {
  it('follows a remembered choice, then the browser, then English', () => {
    expect(initialLanguage('de', ['fr-LU'])).toBe('de');
    expect(initialLanguage(null, ['fr-LU', 'en'])).toBe('fr');
    expect(initialLanguage(null, ['lb-LU', 'de-DE'])).toBe('de');
    expect(initialLanguage('xx', ['it-IT'])).toBe('en');
  });
});
