// The IndexedDB database (Dexie): assessments, their answers, and settings.
//
// What is stored: one row per assessment (metadata + profile), one row per answered item keyed by
// [assessmentId+itemId], one settings row, and (from version 2) the item ids of every rule-set version
// this browser has run, so a rule-set update can tell the user which items were added or removed, and
// a journal of answer changes not yet written (src/db/write-journal.ts).
// From version 3, snapshots: frozen, named copies of an assessment (e.g. one per coaching session).
// Every write goes through the *-repo.ts modules, which keep an assessment's updatedAt in step with its
// answers inside one transaction.
//
// Schema versions are append-only: add a new db.version(n) with an upgrade; never edit an old one, and
// move schemaVersion in src/db/read-direct.ts to n. Each
// released version has a fixture in tests/fixtures/db/ that tests/db/migrations.test.ts opens with the
// current code.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Answer } from '../domain/answer';
import type { AssessmentMeta, AssessmentRecord } from '../domain/assessment';
import type { Profile } from '../domain/profile';
import type { Settings } from '../domain/settings';
import { databaseName } from './read-direct';

export type AssessmentRow = AssessmentMeta & { profile: Profile };
export type AnswerRow = Answer & { assessmentId: string };
/** `savedAt`: when the settings were last saved (absent in rows saved before it was kept); not one of the settings. */
export type SettingsRow = Settings & { key: 'settings'; savedAt?: string };
/** The item ids of one rule-set version, recorded when this browser first ran it. */
export interface RuleSetSnapshotRow {
  id: string;
  version: string;
  itemIds: string[];
  recordedAt: string;
}

/**
 * A frozen copy of one assessment (profile + answers, as exportAssessmentRecord returns it), named and
 * dated, to compare the assessment with later. A future migration that changes answers or profiles
 * must change the copies in `record` too (or readers must parse them with the schema's defaults).
 */
export interface SnapshotRow {
  id: string;
  assessmentId: string;
  name: string;
  takenAt: string;
  record: AssessmentRecord;
}

/**
 * A change recorded the moment the user made it; deleted by the write that applies it. The table is
 * named for answers, the first changes it held; it also holds changes to an assessment's profile, name
 * and assessor, and to the cost settings.
 */
export type JournalRow = {
  /** Sortable: replayed in this order. */
  id: string;
  /** The time the change's write gives the answer, assessment (updatedAt) or settings (savedAt). */
  at: string;
} & (
  | { assessmentId: string; itemId: string; patch: Record<string, unknown> }
  | { assessmentId: string; assessment: Record<string, unknown> }
  | { settings: Record<string, unknown> }
);

/** An answer's field defaults as version 2 defined them (frozen here: a later schema must not change an old upgrade). */
const answerDefaultsV2: Readonly<Record<string, unknown>> = {
  status: null,
  naReason: '',
  note: '',
  adviserNote: '',
  evidence: '',
  owner: '',
  dueDate: '',
  inPlan: false,
  sourcing: 'inHouse',
};

/**
 * Version 2: answers saved before every answer field existed get the missing fields' defaults, so all
 * readers (screens, export, backup) see complete answers. Only absent fields are filled: nothing the
 * user wrote is changed or dropped.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('answers')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      for (const [field, value] of Object.entries(answerDefaultsV2)) if (row[field] === undefined) row[field] = value;
    });
}

export class ReadinessDatabase extends Dexie {
  assessments!: EntityTable<AssessmentRow, 'id'>;
  answers!: Dexie.Table<AnswerRow, [string, string]>;
  settings!: EntityTable<SettingsRow, 'key'>;
  ruleSetSnapshots!: Dexie.Table<RuleSetSnapshotRow, [string, string]>;
  answerJournal!: EntityTable<JournalRow, 'id'>;
  snapshots!: EntityTable<SnapshotRow, 'id'>;

  constructor(name = databaseName) {
    // No query cache: some writes go through native IndexedDB (src/db/assessments-repo.ts writeAnswerNow),
    // which Dexie's cache would not see; live queries then read what is really stored.
    super(name, { cache: 'disabled' });
    this.version(1).stores({
      assessments: 'id, updatedAt',
      answers: '[assessmentId+itemId], assessmentId',
      settings: 'key',
    });
    this.version(2)
      .stores({ ruleSetSnapshots: '[id+version]', answerJournal: 'id' })
      .upgrade(upgradeToV2);
    // Version 3 only adds a table: nothing stored before changes.
    this.version(3).stores({ snapshots: 'id, assessmentId' });
  }
}

export const db = new ReadinessDatabase();

/** Apply the changes pages that went away left in the journal (src/db/write-journal.ts), if any. */
async function replayWaitingChanges(): Promise<void> {
  if ((await db.answerJournal.count()) === 0 && mirroredKeys().length === 0) return;
  // The replay validates with the answer, profile and settings schemas: loaded only when there is something to replay.
  const { replayAnswerJournal } = await import('./journal-replay');
  // Inside 'ready' this is still part of opening: without vip the replay would wait for the open to finish.
  await Dexie.vip(() => replayAnswerJournal(db));
}

// Every time this tab opens the database, before anything else reads it (sticky: reopenings too).
db.on('ready', replayWaitingChanges, true);

// Kept here rather than in write-journal.ts, so that checking for waiting changes loads nothing more.
/** The localStorage key write-journal.ts sets when a page goes away with journal entries pending. */
export const journalLeftKey = 'mdr-readiness:journal-left';
/** The prefix of the localStorage copies of journal entries a page made as it went away. */
export const journalMirrorPrefix = 'mdr-readiness:journal:';

/** The localStorage keys of those copies; none when there is no localStorage. */
export function mirroredKeys(): string[] {
  try {
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((key): key is string => !!key?.startsWith(journalMirrorPrefix));
  } catch {
    return [];
  }
}

// Another tab went away with changes still in the journal (its write may have died with it):
// once that tab's last requests have had a moment to finish, apply what is left, so this tab shows it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== journalLeftKey) return;
    setTimeout(() => {
      if (db.isOpen()) void replayWaitingChanges().catch(() => undefined);
    }, 500);
  });
}
