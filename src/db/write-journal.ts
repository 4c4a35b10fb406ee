// A write-ahead journal for answer changes: a click is on disk before the page can go away.
//
// Why: saveAnswer is a Dexie transaction that reads the answer before writing it, which takes several
// turns of the event loop (longer when other transactions hold the tables). A page reloaded or closed
// right after a click lost the answer about a third of the time in tests/e2e/durability.e2e.ts, and a
// last-moment write at pagehide does not help: it queues behind the unfinished transaction and dies
// with the page. So the change itself is added to a journal table at once, with a native request on a
// table nothing else holds; saveAnswer deletes the entry in the same transaction that applies it, and
// whatever is left when the database next opens (in any tab) is applied then, oldest first.
import { answerSchema, emptyAnswer } from '../domain/answer';
import { db, type AnswerJournalRow, type ReadinessDatabase } from './database';

let counter = 0;

/** Sortable, unique within and across tabs: time, then a per-tab counter, then randomness. */
function journalId(now: number): string {
  counter = (counter + 1) % 1_000_000;
  return `${now.toString(36).padStart(9, '0')}-${counter.toString(36).padStart(4, '0')}-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * Put the change in the journal now (before this returns, as far as the page is concerned). Returns the
 * entry's id for the write that applies it to delete, or undefined when the database is not open yet
 * (the regular write is then the only one; nothing was clicked before the app had opened it).
 */
export function journalAnswerChange(assessmentId: string, itemId: string, patch: object, now: Date = new Date()): string | undefined {
  if (!db.isOpen()) return undefined;
  try {
    const row: AnswerJournalRow = { id: journalId(now.getTime()), assessmentId, itemId, patch: { ...patch }, at: now.toISOString() };
    const tx = db.backendDB().transaction('answerJournal', 'readwrite');
    tx.objectStore('answerJournal').add(row);
    // Commit at once rather than when the event loop next turns, which a closing page may not get.
    tx.commit?.();
    return row.id;
  } catch {
    return undefined;
  }
}

/**
 * Apply what the journal still holds (changes whose own write never ran) and empty it. Runs inside the
 * database's 'ready' event (src/db/database.ts), before any other query of this tab. Entries that do not make a valid answer,
 * or whose assessment is gone, are dropped.
 */
export async function replayAnswerJournal(database: ReadinessDatabase = db): Promise<number> {
  return database.transaction('rw', database.answerJournal, database.answers, database.assessments, async () => {
    const entries = await database.answerJournal.orderBy('id').toArray();
    let applied = 0;
    for (const entry of entries) {
      const assessment = await database.assessments.get(entry.assessmentId);
      const existing = await database.answers.get([entry.assessmentId, entry.itemId]);
      const { assessmentId: _row, ...previous } = existing ?? { assessmentId: entry.assessmentId, ...emptyAnswer(entry.itemId) };
      const merged = answerSchema.safeParse({ ...previous, ...entry.patch, itemId: entry.itemId, updatedAt: entry.at });
      if (assessment && merged.success) {
        await database.answers.put({ ...merged.data, assessmentId: entry.assessmentId });
        if (assessment.updatedAt < entry.at) await database.assessments.update(entry.assessmentId, { updatedAt: entry.at });
        applied += 1;
      }
      await database.answerJournal.delete(entry.id);
    }
    return applied;
  });
}

