// A write-ahead journal for the user's changes: a change is on disk before the page can go away.
//
// Why: answers and assessments are tables other transactions hold often (every live query of this tab
// and of other tabs of the app reads them). A write waiting behind one of them when the page closes or
// reloads dies with the page: a click followed by a reload lost its answer about a third of the time in
// tests/e2e/durability.e2e.ts, and a note or a profile field typed just before closing the tab was lost
// when another tab was reading at that moment. So every change to an answer, a profile, or an
// assessment's name or assessor is first added to a journal table, with a native request on a table
// nothing holds for long; the write deletes the entry once it is done, and whatever is left is applied
// when the database next opens (in any tab) or, when a page leaves entries behind, by the tabs still open.
import { answerSchema, emptyAnswer } from '../domain/answer';
import { assessmentMetaSchema } from '../domain/assessment';
import { profileSchema } from '../domain/profile';
import { z } from 'zod';
import { announceChange } from './announce-change';
import { db, journalLeftKey, journalMirrorPrefix, type AssessmentRow, type JournalRow, type ReadinessDatabase } from './database';

let counter = 0;
let lastTime = 0;

/**
 * The time a change is made, strictly increasing within this tab: two changes in the same millisecond
 * (two fields flushed as the page closes) still tell which came later, which the replay's comparison
 * with a stored row's updatedAt relies on.
 */
export function changeTime(): string {
  lastTime = Math.max(Date.now(), lastTime + 1);
  return new Date(lastTime).toISOString();
}

/** Entries this tab added whose own write has not finished. */
const pending = new Map<string, JournalRow>();
/** Those of them also copied to localStorage as the page went away. */
const mirrored = new Set<string>();

/** Tell the other tabs (a storage event, src/db/database.ts) that this page goes away with entries pending. */
function signalPageLeft(): void {
  try {
    localStorage.setItem(journalLeftKey, `${Date.now()}-${Math.random()}`);
  } catch {
    // No localStorage: the entries wait for the next opening of the database.
  }
}

/**
 * Copy an entry to localStorage. A closing page's IndexedDB requests can still be cancelled when its
 * connection is torn down (rarely: about one close in 200 lost a note in a stress run), whereas a
 * localStorage write is handed to the browser at once. Only done as the page goes away.
 */
function mirror(row: JournalRow): void {
  try {
    localStorage.setItem(journalMirrorPrefix + row.id, JSON.stringify(row));
    mirrored.add(row.id);
  } catch {
    // Full or unavailable: the IndexedDB entry is still on its way.
  }
}

/** True from the moment the page starts going away (pagehide) until it is shown again (back/forward cache). */
let leaving = false;

if (typeof window !== 'undefined') {
  // Capture, so this runs before the text fields' own pagehide handlers journal their last changes.
  window.addEventListener(
    'pagehide',
    () => {
      leaving = true;
      // A click whose write is still under way (a reload or a closed tab right after it).
      for (const row of pending.values()) mirror(row);
      if (pending.size > 0) signalPageLeft();
    },
    { capture: true },
  );
  window.addEventListener('pageshow', () => {
    leaving = false;
  });
}

/** Sortable, unique within and across tabs: time, then a per-tab counter, then randomness. */
function journalId(at: string): string {
  counter = (counter + 1) % 1_000_000;
  return `${Date.parse(at).toString(36).padStart(9, '0')}-${counter.toString(36).padStart(4, '0')}-${crypto.randomUUID().slice(0, 8)}`;
}

/** A journal row before it has an id (the Omit distributes over the row's two kinds). */
type NewEntry = JournalRow extends infer Row ? (Row extends unknown ? Omit<Row, 'id'> : never) : never;

/**
 * Put an entry in the journal now (before this returns, as far as the page is concerned). Returns its
 * id, for settleJournalEntry once the change's own write is done, or undefined when the database is not
 * open yet (the regular write is then the only one; nothing was changed before the app had opened it).
 */
function addEntry(entry: NewEntry): string | undefined {
  if (!db.isOpen()) return undefined;
  try {
    const row = { ...entry, id: journalId(entry.at) } as JournalRow;
    const tx = db.backendDB().transaction('answerJournal', 'readwrite');
    tx.objectStore('answerJournal').add(row);
    // Commit at once rather than when the event loop next turns, which a closing page may not get.
    tx.commit?.();
    pending.set(row.id, row);
    // Written as the page goes away (a text field's last save): copy it, and tell the other tabs.
    if (leaving) {
      mirror(row);
      signalPageLeft();
    }
    return row.id;
  } catch {
    return undefined;
  }
}

/** Journal a change to part of an answer; `at` is the updatedAt its write gives the answer. */
export function journalAnswerChange(assessmentId: string, itemId: string, patch: object, at: string = changeTime()): string | undefined {
  return addEntry({ assessmentId, itemId, patch: { ...patch }, at });
}

export type AssessmentChange = Partial<Pick<AssessmentRow, 'profile' | 'title' | 'assessor'>>;

/** Journal a change to an assessment's profile, name or assessor; `at` is the updatedAt its write gives it. */
export function journalAssessmentChange(assessmentId: string, change: AssessmentChange, at: string = changeTime()): string | undefined {
  return addEntry({ assessmentId, assessment: { ...change }, at });
}

/**
 * The write an entry stood for is done (or failed and is kept by the save indicator for a retry, which
 * journals itself again): either way the entry must not be replayed. Its own transaction, so the journal
 * table is never held by a long one that a new entry would wait behind.
 */
export function settleJournalEntry(id: string | undefined): Promise<void> {
  if (!id) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      pending.delete(id);
      if (mirrored.delete(id)) removeMirrored([id]);
      resolve();
    };
    try {
      // Native, like the entry's own request: no live query watches this table.
      const tx = db.backendDB().transaction('answerJournal', 'readwrite');
      tx.objectStore('answerJournal').delete(id);
      tx.commit?.();
      tx.oncomplete = done;
      tx.onabort = done;
    } catch {
      done();
    }
  });
}

const entryBase = { id: z.string(), assessmentId: z.string(), at: z.string().datetime({ offset: true }) };
/** A journal row as the replay accepts it; the change itself is checked against the answer or profile schema. */
const journalRowSchema = z.union([
  z.object({ ...entryBase, itemId: z.string(), patch: z.record(z.string(), z.unknown()) }),
  z.object({ ...entryBase, assessment: z.record(z.string(), z.unknown()) }),
]);

/** The entries pages copied to localStorage as they went away; a damaged copy is removed. */
function mirroredEntries(): JournalRow[] {
  const entries: JournalRow[] = [];
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    for (const key of keys) {
      if (!key?.startsWith(journalMirrorPrefix)) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(localStorage.getItem(key) ?? '');
      } catch {
        parsed = undefined;
      }
      const row = journalRowSchema.safeParse(parsed);
      if (row.success && journalMirrorPrefix + row.data.id === key) entries.push(row.data);
      else localStorage.removeItem(key);
    }
  } catch {
    // No localStorage.
  }
  return entries;
}

function removeMirrored(ids: readonly string[]): void {
  try {
    for (const id of ids) localStorage.removeItem(journalMirrorPrefix + id);
  } catch {
    // No localStorage.
  }
}

// Without the defaults of the assessment's own schema: a change holds only the fields it changes.
const assessmentChangeSchema = z.strictObject({
  title: assessmentMetaSchema.shape.title.unwrap().optional(),
  assessor: assessmentMetaSchema.shape.assessor.unwrap().optional(),
  profile: profileSchema.optional(),
});

/**
 * Apply what the journal holds (changes whose own write never ran) and remove it. An entry is applied
 * only when the stored answer or assessment is older than it: one written at the entry's time or later
 * already has the change, or a newer one. (A change of a profile can therefore be passed over when
 * another tab saved an answer of that assessment after it and before the replay, a moment later.) An
 * entry whose write is still under way, in this tab or another, may be applied too: that write puts the
 * same change with the same time. Entries that are not valid, or whose assessment is gone, are dropped.
 * Returns how many were applied.
 */
export async function replayAnswerJournal(database: ReadinessDatabase = db): Promise<number> {
  const copies = mirroredEntries();
  let found = 0;
  const applied = await database.transaction('rw', database.answerJournal, database.answers, database.assessments, async () => {
    const stored = await database.answerJournal.orderBy('id').toArray();
    // An entry may be in both places, or in only one of them.
    const byId = new Map([...copies, ...stored].map((entry) => [entry.id, entry]));
    const entries = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    found = entries.length;
    // What each row's updatedAt was before this replay: entries applied here move it, but must not make
    // a later entry of the same row look stale.
    const storedAt = new Map<string, string>();
    const before = (key: string, at: string | undefined) => {
      if (!storedAt.has(key)) storedAt.set(key, at ?? '');
      return storedAt.get(key)!;
    };
    let applied = 0;
    for (const entry of entries) {
      // A malformed entry is dropped like one whose assessment is gone.
      const assessment = journalRowSchema.safeParse(entry).success ? await database.assessments.get(entry.assessmentId) : undefined;
      if (assessment && 'itemId' in entry) {
        const existing = await database.answers.get([entry.assessmentId, entry.itemId]);
        const { assessmentId: _row, ...previous } = existing ?? { assessmentId: entry.assessmentId, ...emptyAnswer(entry.itemId) };
        const merged = answerSchema.safeParse({ ...previous, ...entry.patch, itemId: entry.itemId, updatedAt: entry.at });
        if (merged.success && entry.at > before(`${entry.assessmentId}\u0000${entry.itemId}`, existing?.updatedAt)) {
          await database.answers.put({ ...merged.data, assessmentId: entry.assessmentId });
          if (assessment.updatedAt < entry.at) await database.assessments.update(entry.assessmentId, { updatedAt: entry.at });
          applied += 1;
        }
      } else if (assessment && 'assessment' in entry) {
        const change = assessmentChangeSchema.safeParse(entry.assessment);
        if (change.success && entry.at > before(entry.assessmentId, assessment.updatedAt)) {
          await database.assessments.update(entry.assessmentId, { ...change.data, updatedAt: entry.at > assessment.updatedAt ? entry.at : assessment.updatedAt });
          applied += 1;
        }
      }
      await database.answerJournal.delete(entry.id);
    }
    return applied;
  });
  removeMirrored(copies.map((entry) => entry.id));
  // A page that went away may have had its own writes land after all, unseen by the live queries here
  // (it could not tell them): have them read again, applied or not.
  if (found > 0 && database === db) announceChange(['answers', 'assessments']);
  return applied;
}
