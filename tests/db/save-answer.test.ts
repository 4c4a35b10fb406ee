// saveAnswer changes part of an answer and keeps the rest, however often the same answer is saved.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment, getAnswers, saveAnswer } from '../../src/db/assessments-repo';
import Dexie, { liveQuery, RangeSet } from 'dexie';
import { knownAnswer, rememberAnswers, startRead } from '../../src/db/known-answers';
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

  it('tells live queries about the answer and the moved updatedAt (one new result per save)', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet: { id: 'mdr-2017-745', version: '1.0.0' } });
    const before = (await db.assessments.get(id))!.updatedAt;
    const seen: { status?: string | null; updatedAt?: string }[] = [];
    const subscription = liveQuery(async () => {
      const [row, answers] = await Promise.all([db.assessments.get(id), getAnswers(id)]);
      return { status: answers[0]?.status, updatedAt: row?.updatedAt };
    }).subscribe((value) => seen.push(value));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveAnswer(id, 'prrc.designated', { status: 'partial' });
    await vi.waitFor(() => expect(seen.at(-1)?.status).toBe('partial'));
    subscription.unsubscribe();
    expect(seen.at(-1)!.updatedAt! > before).toBe(true);
  });

  it('updates an answer that came with the assessment', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet: { id: 'mdr-2017-745', version: '1.0.0' } }, [
      { itemId: 'qms.iso13485', status: 'partial', note: 'Audit planned' },
    ]);
    await expect(saveAnswer(id, 'qms.iso13485', { status: 'met' })).resolves.toEqual({ ok: true });
    expect((await getAnswers(id))[0]).toMatchObject({ status: 'met', note: 'Audit planned' });
  });
});

describe('saveAnswer on an answer this tab has read (written without reading it again)', () => {
  const ruleSet = { id: 'mdr-2017-745', version: '1.0.0' };

  it('keeps a note saved a moment before a status click, however the two writes overlap', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet }, [{ itemId: 'qms.iso13485', status: 'partial' }]);
    await db.open();
    await getAnswers(id);
    expect(knownAnswer(id, 'qms.iso13485')).toMatchObject({ status: 'partial' });
    // Not awaited one by one: the second write is issued while the first is still on its way.
    const writes = [saveAnswer(id, 'qms.iso13485', { note: 'Gap analysis done' }), saveAnswer(id, 'qms.iso13485', { status: 'met' }), saveAnswer(id, 'qms.iso13485', { owner: 'QA' })];
    expect(await Promise.all(writes)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect((await getAnswers(id))[0]).toMatchObject({ status: 'met', note: 'Gap analysis done', owner: 'QA' });
  });

  it('writes the first answer to an item that has none, and moves the assessment’s updatedAt', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    await db.open();
    await getAnswers(id);
    const before = (await db.assessments.get(id))!.updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(knownAnswer(id, 'pms.plan')).toBeNull();
    await expect(saveAnswer(id, 'pms.plan', { status: 'not_met' })).resolves.toEqual({ ok: true });
    expect(await getAnswers(id)).toEqual([expect.objectContaining({ itemId: 'pms.plan', status: 'not_met', note: '' })]);
    await vi.waitFor(async () => expect((await db.assessments.get(id))!.updatedAt > before).toBe(true));
  });

  it('does not write over a change made elsewhere (an import, another tab) since it read the answer', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet }, [{ itemId: 'pms.plan', status: 'not_met' }]);
    await db.open();
    const [row] = await getAnswers(id);
    // Through Dexie, as an import or a restore writes: this tab hears of it and forgets what it read.
    await db.answers.put({ ...row!, evidence: 'PMS-01 v2' });
    await vi.waitFor(() => expect(knownAnswer(id, 'pms.plan')).toBeUndefined());
    await saveAnswer(id, 'pms.plan', { status: 'partial' });
    expect((await getAnswers(id))[0]).toMatchObject({ status: 'partial', evidence: 'PMS-01 v2' });

    // Another tab's write arrives as Dexie's storagemutated event.
    expect(knownAnswer(id, 'pms.plan')).toMatchObject({ evidence: 'PMS-01 v2' });
    Dexie.on('storagemutated').fire({ [`idb://${db.name}/answers/`]: new RangeSet(-Infinity, [[[]]]) });
    expect(knownAnswer(id, 'pms.plan')).toBeUndefined();
  });

  // Whether this tab already knew the assessment's answers when the read began, or the read is its first.
  it.each([
    { when: 'a later read', readFirst: true },
    { when: 'the first read of the assessment', readFirst: false },
  ])('an answer written while $when is under way is not lost to that read', async ({ readFirst }) => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet }, [{ itemId: 'pms.plan', status: 'not_met' }]);
    await db.open();
    const [old] = readFirst ? await getAnswers(id) : await db.answers.where('assessmentId').equals(id).toArray();
    // Known: the note is written without a read; not known: on the read-and-write path.
    expect(knownAnswer(id, 'pms.plan') === undefined).toBe(!readFirst);
    const mark = startRead();
    await saveAnswer(id, 'pms.plan', { note: 'Written during the read' });
    rememberAnswers(id, [old!], mark);
    expect(knownAnswer(id, 'pms.plan')).toMatchObject({ note: 'Written during the read' });
    await saveAnswer(id, 'pms.plan', { status: 'partial' });
    expect((await getAnswers(id))[0]).toMatchObject({ status: 'partial', note: 'Written during the read' });
  });
});
