// The assessment repository: create, answer, duplicate, delete and undo, export/import and backup.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildAssessmentFile,
  buildBackupFile,
  createAssessment,
  deleteAssessment,
  duplicateAssessment,
  exportAssessmentRecord,
  getAnswers,
  getAssessment,
  importRecords,
  listAssessments,
  saveAnswer,
  restoreAssessment,
} from '../../src/db/assessments-repo';
import { listSnapshots, takeSnapshot } from '../../src/db/snapshots-repo';
import { db } from '../../src/db/database';
import { parseImportFile } from '../../src/domain/import-file';

const ruleSet = { id: 'mdr-2017-745', version: '1.0.0' };

beforeEach(async () => {
  await Promise.all([db.answers.clear(), db.assessments.clear(), db.snapshots.clear()]);
});

async function answered(): Promise<string> {
  const id = await createAssessment({ profile: { companyName: 'Lumen Diagnostics', deviceName: 'DermaScan', deviceClasses: ['IIa'], software: true }, ruleSet, assessor: 'Claire' });
  await saveAnswer(id, 'prrc.designated', { status: 'not_met', note: 'External PRRC from Q1', owner: 'COO' });
  await saveAnswer(id, 'strategy.intended-purpose', { status: 'partial', dueDate: '2027-01-31' });
  return id;
}

/** The record without what legitimately differs between copies. */
function content(record: Awaited<ReturnType<typeof exportAssessmentRecord>>) {
  const { id: _id, title: _title, createdAt: _c, updatedAt: _u, lastExportedAt: _e, ...rest } = record!;
  return rest;
}

describe('assessments repository', () => {
  it('creates an assessment with a complete profile and lists it', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    const row = await getAssessment(id);
    expect(row?.profile).toMatchObject({ companyName: 'Acme', roles: ['manufacturer'], deviceClasses: ['I'], deviceFamilies: 1 });
    expect((await listAssessments()).map((r) => r.id)).toEqual([id]);
  });

  it('saves an answer and moves the assessment to the top of the list', async () => {
    const older = await createAssessment({ profile: { companyName: 'Older' }, ruleSet });
    const newer = await createAssessment({ profile: { companyName: 'Newer' }, ruleSet });
    await new Promise((r) => setTimeout(r, 5));
    await expect(saveAnswer(older, 'prrc.designated', { status: 'met' })).resolves.toEqual({ ok: true });
    expect((await getAnswers(older))[0]).toMatchObject({ itemId: 'prrc.designated', status: 'met' });
    expect((await listAssessments()).map((r) => r.id)).toEqual([older, newer]);
  });

  it('duplicates an assessment with all its answers under a new id and title', async () => {
    const id = await answered();
    const copy = await duplicateAssessment(id, 'Copy of Lumen Diagnostics');
    expect(copy).toBeDefined();
    expect(copy).not.toBe(id);
    const original = await exportAssessmentRecord(id);
    const duplicate = await exportAssessmentRecord(copy!);
    expect(duplicate!.title).toBe('Copy of Lumen Diagnostics');
    expect(content(duplicate)).toEqual(content(original));
    // Changing the copy leaves the original alone.
    await saveAnswer(copy!, 'prrc.designated', { status: 'met' });
    expect((await getAnswers(id)).find((a) => a.itemId === 'prrc.designated')?.status).toBe('not_met');
  });

  it('deletes an assessment with its answers and snapshots, and what it returns undoes the deletion exactly', async () => {
    const id = await answered();
    const other = await answered();
    await takeSnapshot(id, 'Kick-off');
    await takeSnapshot(other, 'Kept');
    const before = await exportAssessmentRecord(id);
    const snapshotsBefore = await listSnapshots(id);
    const deleted = await deleteAssessment(id);
    expect(await getAssessment(id)).toBeUndefined();
    expect(await getAnswers(id)).toEqual([]);
    expect(await listSnapshots(id)).toEqual([]);
    expect(await listSnapshots(other)).toHaveLength(1);
    await restoreAssessment(deleted!);
    expect(await exportAssessmentRecord(id)).toEqual(before);
    expect(await listSnapshots(id)).toEqual(snapshotsBefore);
  });

  it('round-trips an assessment through its export file', async () => {
    const id = await answered();
    const file = await buildAssessmentFile(id);
    const text = JSON.stringify(file);
    const original = await exportAssessmentRecord(id);
    await deleteAssessment(id);

    const parsed = parseImportFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const ids = await importRecords(parsed.assessments);
    expect(ids).toEqual([id]);
    expect(await exportAssessmentRecord(id)).toEqual(original);
  });

  it('imports a file whose id already exists as a copy, leaving the existing one untouched', async () => {
    const id = await answered();
    const parsed = parseImportFile(JSON.stringify(await buildAssessmentFile(id)));
    if (!parsed.ok) throw new Error(parsed.error);
    await saveAnswer(id, 'prrc.designated', { status: 'met' });
    const existing = await exportAssessmentRecord(id);

    const [copyId] = await importRecords(parsed.assessments);
    expect(copyId).not.toBe(id);
    expect(await listAssessments()).toHaveLength(2);
    expect(await exportAssessmentRecord(id)).toEqual(existing);
    const copy = await exportAssessmentRecord(copyId!);
    expect(copy!.answers.find((a) => a.itemId === 'prrc.designated')?.status).toBe('not_met');
  });

  it('writes a backup file that holds every assessment with its answers', async () => {
    const first = await answered();
    const second = await createAssessment({ profile: { companyName: 'Orthalux' }, ruleSet }, [{ itemId: 'qms.iso13485', status: 'met' }]);
    const third = await createAssessment({ profile: { companyName: 'Vitasense' }, ruleSet });
    const backup = await buildBackupFile();
    expect(backup.format).toBe('mdr-readiness/backup');
    expect(backup.assessments.map((a) => a.id).sort()).toEqual([first, second, third].sort());
    for (const id of [first, second, third]) expect(backup.assessments.find((a) => a.id === id)).toEqual(await exportAssessmentRecord(id));
    // And the backup is itself a valid import file.
    const parsed = parseImportFile(JSON.stringify(backup));
    expect(parsed.ok && parsed.assessments).toHaveLength(3);
  });
});
