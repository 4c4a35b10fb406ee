// Every hostile or malformed import file gets a clear message, or (valid but nasty content) imports as plain text.
import { describe, expect, it } from 'vitest';
import { maxImportBytes, parseImportFile } from '../../src/domain/import-file';
import { corpusRuleSets, expectations, fiftyMegabyteFile, hostileFiles, noPollution, readHostile } from '../fixtures/hostile-corpus';

describe('hostile import corpus', () => {
  it('has at least 40 files, each with an expectation, and no expectation without a file', () => {
    expect(hostileFiles.length).toBeGreaterThanOrEqual(40);
    expect(hostileFiles.filter((f) => !(f in expectations))).toEqual([]);
    expect(Object.keys(expectations).filter((f) => !hostileFiles.includes(f))).toEqual([]);
  });

  for (const name of hostileFiles) {
    const expected = expectations[name];
    it(`${name}: ${expected && 'error' in expected ? 'refused with a clear message' : 'imports, text kept as text'}`, () => {
      const { text, bytes } = readHostile(name);
      const started = performance.now();
      const result = parseImportFile(text, bytes, { ruleSets: corpusRuleSets });
      // Hostile input must not make the app hang.
      expect(performance.now() - started).toBeLessThan(2000);
      if (!expected) throw new Error(`no expectation for ${name}`);
      if ('error' in expected) {
        expect(result.ok).toBe(false);
        const error = (result as { error: string }).error;
        expect(error).toMatch(expected.error);
        // A message, not a dump of the file: short enough to read.
        expect(error.length).toBeLessThan(400);
      } else {
        if (!result.ok) throw new Error(`${name} should import but got: ${result.error}`);
        expect(result.assessments).toHaveLength(expected.imports);
        expected.check?.(result);
      }
      noPollution();
    });
  }

  it('refuses a 50 MB file by its size, before reading it as JSON', () => {
    const text = fiftyMegabyteFile();
    const started = performance.now();
    const result = parseImportFile(text, text.length);
    expect(result).toEqual({ ok: false, error: `The file is 50.0 MB; an assessment file is at most ${maxImportBytes / 1048576} MB.` });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses a big file by its text length even when the caller passes a wrong byte count', () => {
    const result = parseImportFile(fiftyMegabyteFile(), 10);
    expect(result.ok).toBe(false);
  });
});
