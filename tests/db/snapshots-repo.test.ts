// Snapshots freeze an assessment as it was: later answers do not reach them, and they compare with now.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessment, deleteAssessment, getAnswers, saveAnswer, saveProfile } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { cleanSnapshotName, deleteSnapshot, listSnapshots, renameSnapshot, takeSnapshot } from '../../src/db/snapshots-repo';
import { answersById } from '../../src/domain/assessment';
import { evaluate } from '../../src/domain/evaluate';
import { makeProfile } from '../../src/domain/profile';
import { settingsSchema } from '../../src/domain/settings';
import { snapshotState } from '../../src/domain/snapshot';
import { compareEvaluations } from '../../src/domain/snapshot-compare';
import { smallRuleSet } from '../unit/small-rule-set';

beforeEach(async () => {
  await db.snapshots.clear();
  await db.answers.clear();
  await db.assessments.clear();
});

const ruleSet = { id: 'test-rules', version: '1.0.0' };
const newAssessment = () =>
  createAssessment({ profile: { companyName: 'Acme', deviceClasses: ['IIa'], deviceFamilies: 1 }, ruleSet }, [
    { itemId: 'org.prrc', status: 'not_met', note: 'Looking for a PRRC', adviserNote: 'Ask two providers' },
    { itemId: 'docs.file', status: 'not_met' },
  ]);

describe('snapshots', () => {
  it('keeps the profile and answers as they were when taken, whatever is saved later', async () => {
    const id = await newAssessment();
    const taken = await takeSnapshot(id, '  Session   3 March ', '2027-03-03T10:00:00.000Z');
    expect(taken.ok).toBe(true);
    await saveAnswer(id, 'org.prrc', { status: 'met', note: 'Contract signed' });
    await saveProfile(id, makeProfile({ companyName: 'Acme Renamed', deviceClasses: ['IIb'], deviceFamilies: 2 }));

    const [snapshot] = await listSnapshots(id);
    expect(snapshot).toMatchObject({ assessmentId: id, name: 'Session 3 March', takenAt: '2027-03-03T10:00:00.000Z' });
    expect(snapshot!.record.profile).toMatchObject({ companyName: 'Acme', deviceClasses: ['IIa'] });
    expect(snapshot!.record.answers.find((a) => a.itemId === 'org.prrc')).toMatchObject({
      status: 'not_met',
      note: 'Looking for a PRRC',
      adviserNote: 'Ask two providers',
    });
    // The live answers moved on.
    expect((await getAnswers(id)).find((a) => a.itemId === 'org.prrc')).toMatchObject({ status: 'met' });
  });

  it('compares with now: one gap closed, readiness 0 → 60%, one-off cost down by the PRRC work', async () => {
    const id = await newAssessment();
    await takeSnapshot(id, 'Session 1');
    await saveAnswer(id, 'org.prrc', { status: 'met' });

    const settings = settingsSchema.parse({ internalDayRate: 500, partialCredit: 0.5 });
    const [snapshot] = await listSnapshots(id);
    const thenState = snapshotState(snapshot!.record)!;
    const then = evaluate(smallRuleSet, thenState, settings, '2026-11-23');
    const answers = (await getAnswers(id)).map(({ assessmentId: _a, ...a }) => a);
    const now = evaluate(smallRuleSet, { profile: thenState.profile, answers: answersById(answers) }, settings, '2026-11-23');
    const c = compareEvaluations(then, now);
    // PRRC (critical, weight 3) met, technical file (major, weight 2) not met: 3 / 5 = 0.6.
    expect(c.overall).toEqual({ then: 0, now: 0.6, delta: 0.6 });
    expect(c.closed.map((i) => i.itemId)).toEqual(['org.prrc']);
    expect(c.opened).toEqual([]);
    // Then: PRRC 5 days × 500 + file 20 days × 500 + 2000 = 14500 likely; now only the file: 12000.
    expect(then.cost.gaps.oneOff.likely).toBe(14500);
    expect(now.cost.gaps.oneOff.likely).toBe(12000);
  });

  it('lists the snapshots of one assessment only, newest first', async () => {
    const a = await newAssessment();
    const b = await newAssessment();
    await takeSnapshot(a, 'January', '2027-01-10T09:00:00.000Z');
    await takeSnapshot(a, 'March', '2027-03-10T09:00:00.000Z');
    await takeSnapshot(a, 'February', '2027-02-10T09:00:00.000Z');
    await takeSnapshot(b, 'Other firm', '2027-02-11T09:00:00.000Z');
    expect((await listSnapshots(a)).map((s) => s.name)).toEqual(['March', 'February', 'January']);
    expect((await listSnapshots(b)).map((s) => s.name)).toEqual(['Other firm']);
  });

  it('renames and deletes a snapshot, and refuses an empty name', async () => {
    const id = await newAssessment();
    const taken = await takeSnapshot(id, 'Session 1');
    if (!taken.ok) throw new Error(taken.error);
    await expect(renameSnapshot(taken.id, '  Kick-off  ')).resolves.toEqual({ ok: true });
    expect((await listSnapshots(id))[0]!.name).toBe('Kick-off');
    expect((await renameSnapshot(taken.id, '   ')).ok).toBe(false);
    expect((await listSnapshots(id))[0]!.name).toBe('Kick-off');
    await expect(deleteSnapshot(taken.id)).resolves.toEqual({ ok: true });
    expect(await listSnapshots(id)).toEqual([]);
  });

  it('refuses an empty name and an assessment that does not exist', async () => {
    const id = await newAssessment();
    expect(await takeSnapshot(id, ' \n ')).toEqual({ ok: false, error: expect.stringMatching(/name/) });
    await deleteAssessment(id);
    expect(await takeSnapshot(id, 'Session')).toEqual({ ok: false, error: expect.stringMatching(/no longer exists/) });
    expect(await db.snapshots.count()).toBe(0);
  });

  it('cleans names: single spaces, at most 200 characters', () => {
    expect(cleanSnapshotName('a\tb\n c ')).toBe('a b c');
    expect(cleanSnapshotName('x'.repeat(300))).toHaveLength(200);
  });

  it('reads a snapshot record stored before a field existed with the default, and rejects a damaged one', () => {
    const record = {
      id: 'old',
      ruleSet,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      profile: makeProfile({ companyName: 'Acme' }),
      answers: [{ itemId: 'org.prrc', status: 'partial' }],
    };
    expect(snapshotState(record)?.answers['org.prrc']).toMatchObject({ status: 'partial', adviserNote: '', inPlan: false });
    expect(snapshotState({ ...record, answers: 'nope' })).toBeNull();
  });
});
