// Reading and writing assessments and answers; the only place screens change saved data.
import { answerSchema, type Answer, type AnswerInput } from '../domain/answer';
import {
  assessmentFileFormat,
  backupFileFormat,
  currentFileVersion,
  type AssessmentFile,
  type AssessmentRecord,
  type BackupFile,
} from '../domain/assessment';
import { profileSchema, type Profile, type ProfileInput } from '../domain/profile';
import { db, type AnswerRow, type AssessmentRow } from './database';
import { announceListChange } from './list-change';
import { attempt, describeWriteError, type WriteResult } from './write-result';
import { journalAnswerChange } from './write-journal';
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

/** Change part of an answer; the assessment's updatedAt moves in the same transaction. */
export function saveAnswer(assessmentId: string, itemId: string, patch: Partial<Omit<Answer, 'itemId' | 'updatedAt'>>): Promise<WriteResult> {
  const known = db.isOpen() ? knownAnswer(assessmentId, itemId) : undefined;
  if (known !== undefined) return writeKnownAnswer(assessmentId, itemId, known ?? undefined, patch);
  // An answer this tab has not read: it is read and written in one transaction (writeAnswerNow). On disk before this returns, in case the page goes away before the transaction below has run
  // (src/db/write-journal.ts). The entry is deleted once the change is written, in a transaction of its
  // own, so the journal table is never held by a long transaction that a new entry would wait behind.
  const journalId = journalAnswerChange(assessmentId, itemId, patch);
  const write = db.isOpen() ? writeAnswerNow(assessmentId, itemId, patch) : attempt(() => writeAnswerWithDexie(assessmentId, itemId, patch));
  return write.then(async (result) => {
    // Written, or failed and kept by the save indicator for a retry that journals itself again: either
    // way this entry must not be replayed later over newer answers.
    if (journalId) await db.answerJournal.delete(journalId).catch(() => undefined);
    return result;
  });
}

function mergeAnswer(assessmentId: string, itemId: string, stored: AnswerRow | undefined, patch: object, at: string): AnswerRow {
  // The stored row carries its assessmentId, which the strict answer schema does not accept.
  const { assessmentId: _row, ...previous } = stored ?? { assessmentId, itemId };
  return { ...answerSchema.parse({ ...previous, ...patch, itemId, updatedAt: at }), assessmentId };
}

function writeAnswerWithDexie(assessmentId: string, itemId: string, patch: object): Promise<void> {
  return db.transaction('rw', db.assessments, db.answers, async () => {
    const at = now();
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
function writeKnownAnswer(assessmentId: string, itemId: string, known: AnswerRow | undefined, patch: object): Promise<WriteResult> {
  const at = now();
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
function writeAnswerNow(assessmentId: string, itemId: string, patch: object): Promise<WriteResult> {
  return new Promise((resolve) => {
    let failure: unknown;
    let tx: IDBTransaction;
    try {
      tx = db.backendDB().transaction(['answers', 'assessments'], 'readwrite');
    } catch (e) {
      resolve({ ok: false, error: describeWriteError(e) });
      return;
    }
    const at = now();
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

/**
 * Last-chance save while the page is being hidden or closed: the complete answer is put with a native
 * IndexedDB request issued before this returns. A Dexie transaction needs several turns of the event
 * loop (and saveAnswer reads before it writes), and a closing tab may be torn down before that; a
 * request already issued still completes. The caller passes the whole answer (what it last saw saved,
 * plus the unsaved fields). Returns false when the database is not open or the answer is invalid.
 */
export function saveAnswerNow(assessmentId: string, answer: AnswerInput): boolean {
  const parsed = answerSchema.safeParse({ ...answer, updatedAt: now() });
  if (!parsed.success || !db.isOpen()) return false;
  try {
    const tx = db.backendDB().transaction('answers', 'readwrite');
    const row = { ...parsed.data, assessmentId };
    tx.objectStore('answers').put(row);
    rememberOwnWrite(row);
    // Commit now rather than when the page's event loop next turns: a closing tab may not get that turn.
    // (The assessment's updatedAt is left to the regular save that follows when the page lives on.)
    tx.commit?.();
    return true;
  } catch {
    return false;
  }
}

export function saveProfile(assessmentId: string, profile: Profile): Promise<WriteResult> {
  return attempt(() => db.assessments.update(assessmentId, { profile: profileSchema.parse(profile), updatedAt: now() }));
}

export function updateAssessmentMeta(
  assessmentId: string,
  patch: Partial<Pick<AssessmentRow, 'title' | 'assessor' | 'language'>>,
): Promise<WriteResult> {
  return attempt(() => db.assessments.update(assessmentId, { ...patch, updatedAt: now() }));
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

/** Delete an assessment; returns the full record so the deletion can be undone. */
export async function deleteAssessment(id: string): Promise<AssessmentRecord | undefined> {
  const record = await exportAssessmentRecord(id);
  await db.transaction('rw', db.assessments, db.answers, async () => {
    await db.answers.where('assessmentId').equals(id).delete();
    await db.assessments.delete(id);
  });
  announceListChange();
  return record;
}

/** Write whole assessments (import, restore, undo of a delete) in one transaction: all or nothing. */
export async function writeRecords(records: readonly AssessmentRecord[]): Promise<void> {
  await db.transaction('rw', db.assessments, db.answers, async () => {
    for (const { answers, ...meta } of records) {
      await db.answers.where('assessmentId').equals(meta.id).delete();
      await db.assessments.put(meta);
      await db.answers.bulkPut(answers.map((a) => ({ ...a, assessmentId: meta.id })));
    }
  });
  announceListChange();
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
