// Snapshots of an assessment: take (freeze profile + answers under a name and date), list, rename, delete.
import { db, type SnapshotRow } from './database';
import { exportAssessmentRecord } from './assessments-read';
import { attempt, describeWriteError, type WriteResult } from './write-result';

export const snapshotNameMaxLength = 200;

/** The name as stored: single spaces, no leading or trailing blanks, at most 200 characters. */
export function cleanSnapshotName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, snapshotNameMaxLength);
}

export type TakeSnapshotResult = { ok: true; id: string } | { ok: false; error: string };

/**
 * Freeze the assessment as it is saved right now. The record is read and the snapshot written in one
 * transaction, so a snapshot never mixes answers from before and after a concurrent save.
 */
export async function takeSnapshot(assessmentId: string, name: string, takenAt: string = new Date().toISOString()): Promise<TakeSnapshotResult> {
  const clean = cleanSnapshotName(name);
  if (clean === '') return { ok: false, error: 'a snapshot needs a name.' };
  const id = crypto.randomUUID();
  try {
    const written = await db.transaction('rw', db.assessments, db.answers, db.snapshots, async () => {
      const record = await exportAssessmentRecord(assessmentId);
      if (!record) return false;
      await db.snapshots.add({ id, assessmentId, name: clean, takenAt, record });
      return true;
    });
    return written ? { ok: true, id } : { ok: false, error: 'the assessment no longer exists in this browser.' };
  } catch (e) {
    return { ok: false, error: describeWriteError(e) };
  }
}

/** The snapshots of one assessment, newest first. */
export async function listSnapshots(assessmentId: string): Promise<SnapshotRow[]> {
  const rows = await db.snapshots.where('assessmentId').equals(assessmentId).sortBy('takenAt');
  return rows.reverse();
}

export function renameSnapshot(id: string, name: string): Promise<WriteResult> {
  const clean = cleanSnapshotName(name);
  if (clean === '') return Promise.resolve({ ok: false, error: 'a snapshot needs a name.' });
  return attempt(() => db.snapshots.update(id, { name: clean }));
}

export function deleteSnapshot(id: string): Promise<WriteResult> {
  return attempt(() => db.snapshots.delete(id));
}
