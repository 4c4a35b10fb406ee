// Why a write failed, in the interface language: each kind of failure in English, French and German.
import { afterEach, describe, expect, it } from 'vitest';
import { attempt, describeWriteError, setWriteMessageLanguage } from '../../src/db/write-result';

const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const wrapped = (inner: unknown) => Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner });

afterEach(() => setWriteMessageLanguage('en'));

describe('write error messages', () => {
  it.each([
    ['en', /^the browser storage for this site is full\./],
    ['fr', /^l’espace de stockage du navigateur pour ce site est plein\. .*exportez une sauvegarde/],
    ['de', /^der Browser-Speicher für diese Website ist voll\. .*exportieren Sie eine Sicherung/],
  ] as const)('full storage in %s, also when wrapped', (language, expected) => {
    expect(describeWriteError(full(), language)).toMatch(expected);
    expect(describeWriteError(wrapped(full()), language)).toMatch(expected);
  });

  it('tells every kind of failure apart in each language', () => {
    const errors = [full(), { name: 'VersionError' }, { name: 'DatabaseClosedError' }, { name: 'MissingAPIError' }, { name: 'WeirdError' }];
    for (const language of ['en', 'fr', 'de'] as const) {
      const messages = errors.map((e) => describeWriteError(e, language));
      expect(new Set(messages).size).toBe(errors.length);
    }
    expect(describeWriteError({ name: 'VersionError' }, 'fr')).toMatch(/mis à jour dans un autre onglet/);
    expect(describeWriteError({ name: 'MissingAPIError' }, 'de')).toMatch(/privater Modus/);
  });

  it('keeps the browser’s own error name, untranslated, for an unknown refusal', () => {
    expect(describeWriteError({ name: 'WeirdError' }, 'en')).toBe('the browser refused to save (WeirdError).');
    expect(describeWriteError({ name: 'WeirdError' }, 'fr')).toBe('le navigateur a refusé l’enregistrement (WeirdError).');
    expect(describeWriteError({}, 'de')).toBe('der Browser hat das Speichern abgelehnt (unbekannter Fehler).');
  });

  it('writes made through attempt() speak the language the app set, English until then', async () => {
    const failing = () => Promise.reject(full());
    expect(await attempt(failing)).toEqual({ ok: false, error: expect.stringMatching(/^the browser storage/) });
    setWriteMessageLanguage('fr');
    expect(await attempt(failing)).toEqual({ ok: false, error: expect.stringMatching(/^l’espace de stockage du navigateur/) });
    setWriteMessageLanguage('de');
    expect(await attempt(failing)).toEqual({ ok: false, error: expect.stringMatching(/^der Browser-Speicher/) });
  });
});
