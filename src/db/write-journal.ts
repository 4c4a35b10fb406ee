// A write-ahead journal for the user's changes: a change is on disk before the page can go away.
//
// Why: answers and assessments are tables other transactions hold often (every live query of this tab
// and of other tabs of the app reads them). A write waiting behind one of them when the page closes or
// reloads dies with the page: a click followed by a reload lost its answer about a third of the time in
// tests/e2e/durability.e2e.ts, and a note, a profile field or a day rate typed just before closing the
// tab was lost, always when another tab was reading at that moment. So every change to an answer, a
// profile, an assessment's name or assessor, or the cost settings is first added to a journal table,
// with a native request on a table nothing holds for long; the write deletes the entry once it is done,
// and whatever is left is applied when the database next opens (in any tab) or, when a page leaves
// entries behind, by the tabs still open (journal-replay.ts, loaded only then).
import { db, journalLeftKey, journalMirrorPrefix, type AssessmentRow, type JournalRow } from './database';

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

/** A journal row before it has an id (the Omit distributes over the row's kinds). */
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

/** Journal a change of the cost settings (the whole settings); `at` is the savedAt its write gives them. */
export function journalSettingsChange(settings: object, at: string = changeTime()): string | undefined {
  return addEntry({ settings: { ...settings }, at });
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

/** The write's result, once its journal entry (if it has one) is settled. */
export async function settleAfter<T>(write: Promise<T>, journalId: string | undefined): Promise<T> {
  const result = await write;
  await settleJournalEntry(journalId);
  return result;
}

/** Remove localStorage copies (their change is written, or has just been applied). */
export function removeMirrored(ids: readonly string[]): void {
  try {
    for (const id of ids) localStorage.removeItem(journalMirrorPrefix + id);
  } catch {
    // No localStorage.
  }
}
