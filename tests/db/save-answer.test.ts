// saveAnswer changes part of an answer and keeps the rest, however often the same answer is saved.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessment, getAnswers, saveAnswer } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';

beforeEach(async () => {
  await db.answers.clear();
  await db.assessments.clear();
});

describe('saveAnswer', () => {
  it('keeps earlier fields when the same answer is saved again', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet: { id: 'mdr-2017-745', version: '1.0.0' } });
    await expect(saveAnswer(id, 'prrc.designated', { status: 'not_met' })).resolves.toEqual({ ok: true });
    await expect(saveAnswer(id, 'prrc.designated', { note: 'External PRRC service from Q1' })).resolves.toEqual({ ok: true });
    await expect(saveAnswer(id, 'prrc.designated', { owner: 'COO', inPlan: true })).resolves.toEqual({ ok: true });
    const [answer] = await getAnswers(id);
    expect(answer).toMatchObject({ itemId: 'prrc.designated', status: 'not_met', note: 'External PRRC service from Q1', owner: 'COO', inPlan: true, assessmentId: id });
  });

  it('updates an answer that came with the assessment', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet: { id: 'mdr-2017-745', version: '1.0.0' } }, [
      { itemId: 'qms.iso13485', status: 'partial', note: 'Audit planned' },
    ]);
    await expect(saveAnswer(id, 'qms.iso13485', { status: 'met' })).resolves.toEqual({ ok: true });
    expect((await getAnswers(id))[0]).toMatchObject({ status: 'met', note: 'Audit planned' });
  });
});
