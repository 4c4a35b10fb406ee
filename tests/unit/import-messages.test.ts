// Import refusals and warnings in French and German: translated, still naming the file's problem (path, value).
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../src/domain/import-file';
import { corpusRuleSets, expectations, fiftyMegabyteFile, hostileFiles, readHostile } from '../fixtures/hostile-corpus';

const refused = hostileFiles.filter((f) => expectations[f] && 'error' in expectations[f]);
const errorIn = (name: string, language: 'en' | 'fr' | 'de') => {
  const { text, bytes } = readHostile(name);
  const result = parseImportFile(text, bytes, { ruleSets: corpusRuleSets, language });
  if (result.ok) throw new Error(`${name} should be refused`);
  return result.error;
};
/** Words only the English messages use; field paths and the values quoted from the file are left out first. */
const englishWords = /\b(the|file|should|expected|invalid|unexpected|nothing|which|was|not a)\b/i;
const withoutQuotes = (message: string) => message.replace(/"[^"]*"/g, '""').replace(/\b[a-zA-Z]+(\.[a-zA-Z]+|\[\d+\])+/g, '');

describe.each(['fr', 'de'] as const)('import messages in %s', (language) => {
  it.each(refused)('%s: translated, and names the same field and values as in English', (name) => {
    const english = errorIn(name, 'en');
    const translated = errorIn(name, language);
    expect(translated).not.toBe(english);
    expect(withoutQuotes(translated)).not.toMatch(englishWords);
    expect(translated.length).toBeLessThan(400);
    // The path of the faulty field ("assessment.profile.companyName") and every value quoted from the file.
    const path = english.match(/^The (?:assessment|backup) file is invalid: ([^:]+):/)?.[1];
    if (path) expect(translated).toContain(path);
    for (const quoted of english.match(/"[^"]*"/g) ?? []) expect(translated).toContain(quoted.slice(1, -1));
  });

  it('says the size of a file too large, with the number written the local way', () => {
    const text = fiftyMegabyteFile();
    const result = parseImportFile(text, text.length, { language });
    expect(result).toEqual({ ok: false, error: expect.stringContaining(language === 'fr' ? '50,0 Mo' : '50,0 MB') });
  });

  it('warns about answers kept as archived', () => {
    const { text, bytes } = readHostile('unknown-item-ids.json');
    const result = parseImportFile(text, bytes, { ruleSets: corpusRuleSets, language });
    if (!result.ok) throw new Error(result.error);
    expect(result.warnings).toEqual([
      language === 'fr'
        ? 'Évaluation « Base » : 2 réponses concernent des exigences absentes de cette version de la liste de contrôle ; elles sont conservées comme réponses archivées.'
        : 'Bewertung „Base“: 2 Antworten gehören zu Anforderungen, die es in dieser Version der Checkliste nicht gibt; sie werden als archivierte Antworten aufbewahrt.',
    ]);
  });
});

describe('import messages without a language', () => {
  it('stay in English, as the command line shows them', () => {
    expect(parseImportFile('')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(parseImportFile('', 0, { language: 'fr' })).toEqual({ ok: false, error: 'Le fichier est vide.' });
    expect(parseImportFile('', 0, { language: 'de' })).toEqual({ ok: false, error: 'Die Datei ist leer.' });
  });
});
