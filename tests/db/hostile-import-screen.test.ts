// @vitest-environment jsdom
// The import the Assessments screen runs (a chosen File) refuses every hostile file without writing anything.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessment, saveAnswer } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { importFile } from '../../src/features/assessments/file-transfer';
import { expectations, fiftyMegabyteFile, hostileFiles, noPollution, readHostile } from '../fixtures/hostile-corpus';

async function snapshot() {
  return { assessments: await db.assessments.orderBy('id').toArray(), answers: await db.answers.toArray() };
}

beforeEach(async () => {
  await Promise.all([db.answers.clear(), db.assessments.clear()]);
  const id = await createAssessment({ profile: { companyName: 'Existing GmbH' }, ruleSet: { id: 'mdr-2017-745', version: '1.0.0' } });
  await saveAnswer(id, 'prrc.designated', { status: 'partial', note: 'Work in progress' });
});

const refused = hostileFiles.filter((f) => expectations[f] && 'error' in expectations[f]);

describe('importing a hostile file from the Assessments screen', () => {
  it('refuses each one with a message and leaves the database as it was', async () => {
    const before = await snapshot();
    const accepted: string[] = [];
    for (const name of refused) {
      const { text } = readHostile(name);
      const result = await importFile(new File([text], name, { type: 'application/json' }), 'mdr-2017-745');
      if (result.ok) accepted.push(name);
      else expect(result.error.length, name).toBeGreaterThan(10);
    }
    expect(accepted).toEqual([]);
    expect(await snapshot()).toEqual(before);
    noPollution();
  });

  it('refuses a 50 MB file by its size', async () => {
    const before = await snapshot();
    const result = await importFile(new File([fiftyMegabyteFile()], 'huge.json'), 'mdr-2017-745');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The file is 50\.0 MB/) });
    expect(await snapshot()).toEqual(before);
  });
});
