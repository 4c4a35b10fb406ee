// An answer clicked just before the page goes away is on disk, and applied when the database next opens.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessment, getAnswers, saveAnswer } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { journalAnswerChange, replayAnswerJournal } from '../../src/db/write-journal';

const ruleSet = { id: 'mdr-2017-745', version: '1.0.0' };

beforeEach(async () => {
  await Promise.all([db.answers.clear(), db.assessments.clear(), db.answerJournal.clear()]);
});

/** The native journal request commits on its own; give it a moment. */
const settle = () => new Promise((ok) => setTimeout(ok, 20));

describe('answer journal', () => {
  it('a change whose write never ran (the page went away) is applied when the database opens again', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet }, [{ itemId: 'prrc.designated', status: 'partial', note: 'Keep me' }]);
    // Only the journal entry reaches the disk: the page is gone before saveAnswer's transaction.
    expect(journalAnswerChange(id, 'prrc.designated', { status: 'met' })).toBeTypeOf('string');
    expect(journalAnswerChange(id, 'qms.iso13485', { status: 'not_met', owner: 'QA' })).toBeTypeOf('string');
    await settle();
    expect(await db.answerJournal.count()).toBe(2);

    db.close();
    await db.open();
    const answers = await getAnswers(id);
    expect(answers.find((a) => a.itemId === 'prrc.designated')).toMatchObject({ status: 'met', note: 'Keep me' });
    expect(answers.find((a) => a.itemId === 'qms.iso13485')).toMatchObject({ status: 'not_met', owner: 'QA', note: '' });
    expect(await db.answerJournal.count()).toBe(0);
    expect((await db.assessments.get(id))!.updatedAt >= answers[0]!.updatedAt!).toBe(true);
  });

  it('replays changes of one answer in the order they were made', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    journalAnswerChange(id, 'prrc.designated', { status: 'met' }, new Date('2026-01-01T10:00:00Z'));
    journalAnswerChange(id, 'prrc.designated', { status: 'not_met' }, new Date('2026-01-01T10:00:01Z'));
    journalAnswerChange(id, 'prrc.designated', { note: 'last' }, new Date('2026-01-01T10:00:01Z'));
    await settle();
    expect(await replayAnswerJournal()).toBe(3);
    expect((await getAnswers(id))[0]).toMatchObject({ status: 'not_met', note: 'last' });
  });

  it('a saved change leaves nothing in the journal', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    await db.open();
    await expect(saveAnswer(id, 'prrc.designated', { status: 'met' })).resolves.toEqual({ ok: true });
    await saveAnswer(id, 'prrc.designated', { note: 'x' });
    expect(await db.answerJournal.count()).toBe(0);
  });

  it('drops entries that would make an invalid answer or belong to a deleted assessment', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    journalAnswerChange(id, 'prrc.designated', { status: 'done' });
    journalAnswerChange('deleted-assessment', 'prrc.designated', { status: 'met' });
    await settle();
    expect(await replayAnswerJournal()).toBe(0);
    expect(await getAnswers(id)).toEqual([]);
    expect(await db.answers.count()).toBe(0);
    expect(await db.answerJournal.count()).toBe(0);
  });
});
