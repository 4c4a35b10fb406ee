// Importing hostile files through the database layer: a refused file writes nothing; a valid nasty one is stored as text.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment, exportAssessmentRecord, saveAnswer } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { importFile } from '../../src/db/import-repo';
import { saveSettings } from '../../src/db/settings-repo';
import { defaultSettings } from '../../src/domain/settings';
import { corpusRuleSets, expectations, fiftyMegabyteFile, hostileFiles, noPollution, readHostile } from '../fixtures/hostile-corpus';

/** Everything stored, to compare before and after. */
async function snapshot() {
  return {
    assessments: await db.assessments.orderBy('id').toArray(),
    answers: await db.answers.toArray(),
    settings: await db.settings.toArray(),
  };
}

beforeEach(async () => {
  await Promise.all([db.answers.clear(), db.assessments.clear(), db.settings.clear()]);
  // A user's existing work, which no import may touch.
  const id = await createAssessment({ profile: { companyName: 'Existing GmbH' }, ruleSet: { id: 'mdr-2017-745', version: '1.0.0' } });
  await saveAnswer(id, 'prrc.designated', { status: 'partial', note: 'Work in progress' });
  await saveSettings({ ...defaultSettings, internalDayRate: 720 });
});

const refused = hostileFiles.filter((f) => expectations[f] && 'error' in expectations[f]);
const accepted = hostileFiles.filter((f) => expectations[f] && 'imports' in expectations[f]);

describe('importing hostile files into the database', () => {
  it('the corpus has both kinds', () => {
    expect(refused.length).toBeGreaterThanOrEqual(35);
    expect(accepted.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of refused) {
    it(`${name}: refused, database unchanged`, async () => {
      const before = await snapshot();
      const { text, bytes } = readHostile(name);
      const result = await importFile(text, bytes, { ruleSets: corpusRuleSets, restoreSettings: true });
      expect(result.ok).toBe(false);
      expect(await snapshot()).toEqual(before);
      noPollution();
    });
  }

  for (const name of accepted) {
    it(`${name}: imported beside the existing work, text stored exactly as in the file`, async () => {
      const before = await snapshot();
      const { text, bytes } = readHostile(name);
      const result = await importFile(text, bytes, { ruleSets: corpusRuleSets });
      if (!result.ok) throw new Error(result.error);
      const expected = JSON.parse(text.replace(/^\uFEFF/, '')) as { assessment?: { profile: { companyName: string }; answers: { note?: string }[] } };
      const stored = await Promise.all(result.ids.map((id) => exportAssessmentRecord(id)));
      expect(stored.every(Boolean)).toBe(true);
      if (expected.assessment) {
        expect(stored[0]!.profile.companyName).toBe(expected.assessment.profile.companyName.trim());
        expect(stored[0]!.answers.find((a) => a.itemId === 'prrc.designated')?.note).toBe(expected.assessment.answers[0]!.note);
      }
      // What was there before is untouched.
      const after = await snapshot();
      for (const row of before.assessments) expect(after.assessments).toContainEqual(row);
      for (const row of before.answers) expect(after.answers).toContainEqual(row);
      expect(after.settings).toEqual(before.settings);
      noPollution();
    });
  }

  it('refuses a 50 MB file without writing anything', async () => {
    const before = await snapshot();
    const text = fiftyMegabyteFile();
    const result = await importFile(text, text.length);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The file is 50\.0 MB/) });
    expect(await snapshot()).toEqual(before);
  });

  it('importing the same file twice makes a copy instead of overwriting', async () => {
    const { text } = readHostile('html-in-text-fields.json');
    const first = await importFile(text);
    const second = await importFile(text);
    if (!first.ok || !second.ok) throw new Error('should import');
    expect(second.ids[0]).not.toBe(first.ids[0]);
    expect(await db.assessments.count()).toBe(3);
  });

  it('a restore that fails while writing (full storage) leaves nothing behind and says why', async () => {
    const before = await snapshot();
    const { text } = readHostile('backup-script-in-names.json');
    vi.spyOn(db.answers, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const result = await importFile(text);
    vi.restoreAllMocks();
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Nothing was imported: the browser storage for this site is full/) });
    expect(await snapshot()).toEqual(before);
  });

  it("restores a backup's settings only when asked to", async () => {
    const backup = JSON.stringify({
      format: 'mdr-readiness/backup',
      version: 1,
      exportedAt: '2026-11-20T10:00:00.000Z',
      settings: { ...defaultSettings, internalDayRate: 450 },
      assessments: [],
    });
    expect(await importFile(backup)).toMatchObject({ ok: true, settingsRestored: false });
    expect((await db.settings.get('settings'))?.internalDayRate).toBe(720);
    expect(await importFile(backup, backup.length, { restoreSettings: true })).toMatchObject({ ok: true, settingsRestored: true });
    expect((await db.settings.get('settings'))?.internalDayRate).toBe(450);
  });
});
