// Reading and writing assessments and answers; the only place screens change saved data.
import { answerSchema, type Answer } from '../domain/answer';
import {
  assessmentFileFormat,
  backupFileFormat,
  currentFileVersion,
  type AssessmentFile,
  type AssessmentRecord,
  type BackupFile,
} from '../domain/assessment';
import { profileSchema, type Profile, type ProfileInput } from '../domain/profile';
import { db, type AnswerRow, type AssessmentRow, type SnapshotRow } from './database';
import { announceListChange } from './list-change';
import { attempt, describeWriteError, type WriteResult } from './write-result';
import { changeTime, journalAnswerChange, journalAssessmentChange, settleAfter, type AssessmentChange } from './write-journal';
import { announceOwnAnswerWrite, forgetAnswers, knownAnswer, rememberOwnWrite } from './known-answers';
import { exportAssessmentRecord, listAssessments } from './assessments-read';

export { exportAssessmentRecord, getAnswers, getAssessment, listAssessments } from './assessments-read';
import { loadSettings } from './settings-repo';

export const appName = 'mdr-readiness 0.1.0';

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

export interface NewAssessment {
  profile: ProfileInput;
  ruleSet: { id: string; version: string };
  title?: string;
  assessor?: string;
  language?: 'en' | 'fr' | 'de';
  isSample?: boolean;
}

export async function createAssessment(input: NewAssessment, answers: readonly Partial<Answer>[] = []): Promise<string> {
  const id = newId();
  const at = now();
  const row: AssessmentRow = {
    id,
    ruleSet: input.ruleSet,
    title: input.title ?? '',
    assessor: input.assessor ?? '',
    language: input.language ?? 'en',
    isSample: input.isSample ?? false,
    createdAt: at,
    updatedAt: at,
    profile: profileSchema.parse(input.profile),
  };
  await db.transaction('rw', db.assessments, db.answers, async () => {
    await db.assessments.add(row);
    await db.answers.bulkAdd(answers.map((a) => ({ ...answerSchema.parse({ ...a, updatedAt: at }), assessmentId: id })));
  });
  announceListChange();
  return id;
}

/**
 * Change part of an answer; the assessment's updatedAt moves too. The change is in the journal before
 * this returns (src/db/write-journal.ts), so it survives the page going away while the write waits.
 */
export function saveAnswer(assessmentId: string, itemId: string, patch: Partial<Omit<Answer, 'itemId' | 'updatedAt'>>): Promise<WriteResult> {
  const at = changeTime();
  const known = db.isOpen() ? knownAnswer(assessmentId, itemId) : undefined;
  let write: Promise<WriteResult>;
  if (known !== undefined) write = writeKnownAnswer(assessmentId, itemId, known ?? undefined, patch, at);
  // An answer this tab has not read: read and written in one transaction.
  else if (db.isOpen()) write = writeAnswerNow(assessmentId, itemId, patch, at);
  else write = attempt(() => writeAnswerWithDexie(assessmentId, itemId, patch, at));
  // Journalled in the same turn, after the write's own requests so as not to delay them: the journal's
  // table is a different one, so its entry does not wait for the answers table either.
  return settleAfter(write, journalAnswerChange(assessmentId, itemId, patch, at));
}

/** Change an assessment's profile, name or assessor, journalled first like an answer; its updatedAt moves. */
function saveAssessmentChange(assessmentId: string, change: AssessmentChange): Promise<WriteResult> {
  const at = changeTime();
  const write = attempt(() => db.assessments.update(assessmentId, { ...change, updatedAt: at }));
  return settleAfter(write, journalAssessmentChange(assessmentId, change, at));
}

function mergeAnswer(assessmentId: string, itemId: string, stored: AnswerRow | undefined, patch: object, at: string): AnswerRow {
  // The stored row carries its assessmentId, which the strict answer schema does not accept.
  const { assessmentId: _row, ...previous } = stored ?? { assessmentId, itemId };
  return { ...answerSchema.parse({ ...previous, ...patch, itemId, updatedAt: at }), assessmentId };
}

function writeAnswerWithDexie(assessmentId: string, itemId: string, patch: object, at: string): Promise<void> {
  return db.transaction('rw', db.assessments, db.answers, async () => {
    await db.answers.put(mergeAnswer(assessmentId, itemId, await db.answers.get([assessmentId, itemId]), patch, at));
    await db.assessments.update(assessmentId, { updatedAt: at });
  });
}

/**
 * The answer write a click waits for when this tab knows the stored answer (src/db/known-answers.ts):
 * the whole new answer is put and committed on a native IndexedDB transaction before this returns, so
 * the change reaches the disk without waiting for a read or for the page's next turn (and survives the
 * page closing right after the click). The assessment's updatedAt moves in a transaction of its own,
 * issued at the same time; live queries hear of both once both are done.
 */
function writeKnownAnswer(assessmentId: string, itemId: string, known: AnswerRow | undefined, patch: object, at: string): Promise<WriteResult> {
  let tx: IDBTransaction;
  let row: AnswerRow;
  try {
    row = mergeAnswer(assessmentId, itemId, known, patch, at);
    tx = db.backendDB().transaction('answers', 'readwrite');
    tx.objectStore('answers').put(row);
    tx.commit?.();
  } catch (e) {
    return Promise.resolve({ ok: false, error: describeWriteError(e) });
  }
  rememberOwnWrite(row);
  const saved = new Promise<WriteResult>((resolve) => {
    tx.oncomplete = () => resolve({ ok: true });
    tx.onabort = () => {
      // What this tab remembered was never stored.
      forgetAnswers();
      resolve({ ok: false, error: describeWriteError(tx.error) });
    };
  });
  void Promise.all([saved, touchAssessment(assessmentId, at)]).then(announceOwnAnswerWrite);
  return saved;
}

/** Move an assessment's updatedAt (read and put in one native transaction); never rejects. */
function touchAssessment(assessmentId: string, at: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      const tx = db.backendDB().transaction('assessments', 'readwrite');
      const store = tx.objectStore('assessments');
      const stored = store.get(assessmentId);
      stored.onsuccess = () => {
        const row = stored.result as AssessmentRow | undefined;
        // An assessment deleted meanwhile stays deleted.
        if (row && row.updatedAt < at) store.put({ ...row, updatedAt: at });
        tx.commit?.();
      };
      tx.oncomplete = () => resolve();
      tx.onabort = () => resolve();
    } catch {
      resolve();
    }
  });
}

/**
 * The answer write for an answer this tab has not read, on the native IndexedDB transaction under Dexie: both reads are
 * issued at once, both writes from their results, and the transaction is committed as soon as the last
 * write is issued. Dexie's own transaction takes several more turns of the event loop, each of which
 * can wait behind rendering; this is what keeps a status click under a frame (see the README's
 * benchmarks). Live queries in this tab and in other tabs are told about the change afterwards.
 */
function writeAnswerNow(assessmentId: string, itemId: string, patch: object, at: string): Promise<WriteResult> {
  return new Promise((resolve) => {
    let failure: unknown;
    let tx: IDBTransaction;
    try {
      tx = db.backendDB().transaction(['answers', 'assessments'], 'readwrite');
    } catch (e) {
      resolve({ ok: false, error: describeWriteError(e) });
      return;
    }
    const answers = tx.objectStore('answers');
    const assessments = tx.objectStore('assessments');
    let writesLeft = 2;
    const issued = () => {
      writesLeft -= 1;
      if (writesLeft === 0) tx.commit?.();
    };
    const fail = (e: unknown) => {
      failure = e;
      tx.abort();
    };
    const storedAnswer = answers.get([assessmentId, itemId]);
    storedAnswer.onsuccess = () => {
      try {
        const row = mergeAnswer(assessmentId, itemId, storedAnswer.result as AnswerRow | undefined, patch, at);
        answers.put(row);
        rememberOwnWrite(row);
        issued();
      } catch (e) {
        fail(e);
      }
    };
    const storedRow = assessments.get(assessmentId);
    storedRow.onsuccess = () => {
      const row = storedRow.result as AssessmentRow | undefined;
      // An assessment deleted meanwhile: the answer is still kept, as Dexie's update would leave it.
      if (row) assessments.put({ ...row, updatedAt: at });
      issued();
    };
    tx.oncomplete = () => {
      announceOwnAnswerWrite();
      resolve({ ok: true });
    };
    tx.onabort = () => {
      forgetAnswers();
      resolve({ ok: false, error: describeWriteError(failure ?? tx.error) });
    };
  });
}

export function saveProfile(assessmentId: string, profile: Profile): Promise<WriteResult> {
  const parsed = profileSchema.safeParse(profile);
  if (!parsed.success) return Promise.resolve({ ok: false, error: describeWriteError(parsed.error) });
  return saveAssessmentChange(assessmentId, { profile: parsed.data });
}

export function updateAssessmentMeta(
  assessmentId: string,
  patch: Partial<Pick<AssessmentRow, 'title' | 'assessor' | 'language'>>,
): Promise<WriteResult> {
  const { language, ...typed } = patch;
  // The language is chosen, not typed: no page goes away in the middle of it.
  if (language !== undefined) return attempt(() => db.assessments.update(assessmentId, { ...patch, updatedAt: now() }));
  return saveAssessmentChange(assessmentId, typed);
}

/** Remember where the user is in the checklist; does not count as a change of the assessment. */
export function saveResumePoint(assessmentId: string, resume: { areaId: string; itemId?: string }): Promise<WriteResult> {
  return attempt(() => db.assessments.update(assessmentId, { resume }));
}

export async function duplicateAssessment(id: string, title: string): Promise<string | undefined> {
  const record = await exportAssessmentRecord(id);
  if (!record) return undefined;
  const copyId = newId();
  const at = now();
  await writeRecords([{ ...record, id: copyId, title, isSample: false, createdAt: at, updatedAt: at, lastExportedAt: undefined }]);
  return copyId;
}

/** What a deletion removed: enough to undo it exactly. */
export interface DeletedAssessment {
  record: AssessmentRecord;
  snapshots: SnapshotRow[];
}

/**
 * Delete an assessment with its answers, its snapshots and any journalled change of it that is still
 * waiting; returns what was removed, so the deletion can be undone (restoreAssessment).
 */
export async function deleteAssessment(id: string): Promise<DeletedAssessment | undefined> {
  const deleted = await db.transaction('rw', [db.assessments, db.answers, db.snapshots, db.answerJournal], async () => {
    const record = await exportAssessmentRecord(id);
    const snapshots = await db.snapshots.where('assessmentId').equals(id).toArray();
    await db.answers.where('assessmentId').equals(id).delete();
    await db.snapshots.where('assessmentId').equals(id).delete();
    await db.answerJournal.filter((entry) => 'assessmentId' in entry && entry.assessmentId === id).delete();
    await db.assessments.delete(id);
    return record && { record, snapshots };
  });
  announceListChange();
  return deleted;
}

/** Undo a deletion: the assessment, its answers and its snapshots come back as they were. */
export async function restoreAssessment({ record, snapshots }: DeletedAssessment): Promise<void> {
  await db.transaction('rw', db.assessments, db.answers, db.snapshots, async () => {
    await putRecords([record]);
    await db.snapshots.bulkPut(snapshots);
  });
  announceListChange();
}

/** Write whole assessments (import, restore, duplicate) in one transaction: all or nothing. */
export async function writeRecords(records: readonly AssessmentRecord[]): Promise<void> {
  await db.transaction('rw', db.assessments, db.answers, () => putRecords(records));
  announceListChange();
}

/** Inside a transaction holding assessments and answers: each record replaces what its id had. */
async function putRecords(records: readonly AssessmentRecord[]): Promise<void> {
  for (const { answers, ...meta } of records) {
    await db.answers.where('assessmentId').equals(meta.id).delete();
    await db.assessments.put(meta);
    await db.answers.bulkPut(answers.map((a) => ({ ...a, assessmentId: meta.id })));
  }
}

export async function markExported(ids: readonly string[], at: string = now()): Promise<void> {
  await db.transaction('rw', db.assessments, async () => {
    for (const id of ids) await db.assessments.update(id, { lastExportedAt: at });
  });
  announceListChange();
}

export async function buildAssessmentFile(id: string): Promise<AssessmentFile | undefined> {
  const assessment = await exportAssessmentRecord(id);
  if (!assessment) return undefined;
  return { format: assessmentFileFormat, version: currentFileVersion, exportedAt: now(), app: appName, assessment };
}

export async function buildBackupFile(): Promise<BackupFile> {
  const rows = await listAssessments();
  const assessments = (await Promise.all(rows.map((r) => exportAssessmentRecord(r.id)))).filter((a): a is AssessmentRecord => a !== undefined);
  return { format: backupFileFormat, version: currentFileVersion, exportedAt: now(), app: appName, settings: await loadSettings(), assessments };
}

/**
 * Import validated assessments. An assessment whose id already exists is imported as a copy with a new
 * id, so an import never overwrites work silently. Returns the ids written.
 */
export async function importRecords(records: readonly AssessmentRecord[]): Promise<string[]> {
  const existing = new Set((await db.assessments.toCollection().primaryKeys()) as string[]);
  const toWrite = records.map((r) => (existing.has(r.id) ? { ...r, id: newId() } : r));
  await writeRecords(toWrite);
  return toWrite.map((r) => r.id);
}
