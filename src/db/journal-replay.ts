// Applying what the journal (src/db/write-journal.ts) holds: changes whose own write never ran because
// the page went away. Loaded only when there is something to apply (src/db/database.ts).
import { z } from 'zod';
import { answerSchema, emptyAnswer } from '../domain/answer';
import { assessmentMetaSchema } from '../domain/assessment';
import { profileSchema } from '../domain/profile';
import { settingsSchema } from '../domain/settings';
import { announceChange } from './announce-change';
import { db, journalMirrorPrefix, mirroredKeys, type JournalRow, type ReadinessDatabase } from './database';
import { removeMirrored } from './write-journal';

const entryBase = { id: z.string(), at: z.string().datetime({ offset: true }) };
/** A journal row as the replay accepts it; the change itself is checked against its own schema. */
const journalRowSchema = z.union([
  z.object({ ...entryBase, assessmentId: z.string(), itemId: z.string(), patch: z.record(z.string(), z.unknown()) }),
  z.object({ ...entryBase, assessmentId: z.string(), assessment: z.record(z.string(), z.unknown()) }),
  z.object({ ...entryBase, settings: z.record(z.string(), z.unknown()) }),
]);

/** The entries pages copied to localStorage as they went away; a damaged copy is removed. */
function mirroredEntries(): JournalRow[] {
  const entries: JournalRow[] = [];
  for (const key of mirroredKeys()) {
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
  return entries;
}

// Without the defaults of the assessment's own schema: a change holds only the fields it changes.
const assessmentChangeSchema = z.strictObject({
  title: assessmentMetaSchema.shape.title.unwrap().optional(),
  assessor: assessmentMetaSchema.shape.assessor.unwrap().optional(),
  profile: profileSchema.optional(),
});

/**
 * Apply what the journal holds (changes whose own write never ran) and remove it. An entry is applied
 * only when the stored answer, assessment or settings are older than it: a row written at the entry's
 * time or later already has the change, or a newer one. (A change of a profile can therefore be passed
 * over when another tab saved an answer of that assessment after it and before the replay.) An
 * entry whose write is still under way, in this tab or another, may be applied too: that write puts the
 * same change with the same time. Entries that are not valid, or whose assessment is gone, are dropped.
 * Returns how many were applied.
 */
export async function replayAnswerJournal(database: ReadinessDatabase = db): Promise<number> {
  const copies = mirroredEntries();
  let found = 0;
  const applied = await database.transaction('rw', [database.answerJournal, database.answers, database.assessments, database.settings], async () => {
    const stored = await database.answerJournal.orderBy('id').toArray();
    // An entry may be in both places, or in only one of them.
    const byId = new Map([...copies, ...stored].map((entry) => [entry.id, entry]));
    const entries = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    found = entries.length;
    // What each row's updatedAt (savedAt) was before this replay: entries applied here move it, but must
    // not make a later entry of the same row look stale.
    const storedAt = new Map<string, string>();
    const olderThan = (entry: JournalRow, key: string, at: string | undefined) => {
      if (!storedAt.has(key)) storedAt.set(key, at ?? '');
      return storedAt.get(key)! < entry.at;
    };
    let applied = 0;
    for (const entry of entries) {
      // A malformed entry is dropped like one whose assessment is gone.
      if (journalRowSchema.safeParse(entry).success && (await applyEntry(database, entry, olderThan))) applied += 1;
      await database.answerJournal.delete(entry.id);
    }
    return applied;
  });
  removeMirrored(copies.map((entry) => entry.id));
  // A page that went away may have had its own writes land after all, unseen by the live queries here
  // (it could not tell them): have them read again, applied or not.
  if (found > 0 && database === db) announceChange(['answers', 'assessments', 'settings']);
  return applied;
}

/** Apply one valid entry inside the replay's transaction, if its change is valid and newer than its row. */
async function applyEntry(
  database: ReadinessDatabase,
  entry: JournalRow,
  olderThan: (entry: JournalRow, key: string, at: string | undefined) => boolean,
): Promise<boolean> {
  if ('settings' in entry) {
    const row = await database.settings.get('settings');
    const settings = settingsSchema.safeParse(entry.settings);
    if (!settings.success || !olderThan(entry, 'settings', row?.savedAt)) return false;
    await database.settings.put({ ...settings.data, key: 'settings', savedAt: entry.at });
    return true;
  }
  const assessment = await database.assessments.get(entry.assessmentId);
  if (!assessment) return false;
  if ('assessment' in entry) {
    const change = assessmentChangeSchema.safeParse(entry.assessment);
    if (!change.success || !olderThan(entry, entry.assessmentId, assessment.updatedAt)) return false;
    await database.assessments.update(entry.assessmentId, { ...change.data, updatedAt: entry.at > assessment.updatedAt ? entry.at : assessment.updatedAt });
    return true;
  }
  const existing = await database.answers.get([entry.assessmentId, entry.itemId]);
  const { assessmentId: _row, ...previous } = existing ?? { assessmentId: entry.assessmentId, ...emptyAnswer(entry.itemId) };
  const merged = answerSchema.safeParse({ ...previous, ...entry.patch, itemId: entry.itemId, updatedAt: entry.at });
  if (!merged.success || !olderThan(entry, `${entry.assessmentId}\u0000${entry.itemId}`, existing?.updatedAt)) return false;
  await database.answers.put({ ...merged.data, assessmentId: entry.assessmentId });
  if (assessment.updatedAt < entry.at) await database.assessments.update(entry.assessmentId, { updatedAt: entry.at });
  return true;
}
