// When to remind the user to back up: work that is in no backup file and has waited longer than the chosen number of days.
export const dayMs = 86_400_000;

/** How long "Remind me tomorrow" keeps the reminder away. */
export const snoozeMs = dayMs;

/** What the decision needs to know of one saved assessment. */
export interface BackupTrack {
  createdAt: string;
  updatedAt: string;
  lastExportedAt?: string;
  isSample?: boolean;
}

export interface BackupReminderInput {
  assessments: readonly BackupTrack[];
  /** The current time in milliseconds (injected, so tests move the clock instead of waiting). */
  now: number;
  /** Days unbacked work may wait before the reminder shows; 0 turns the reminder off. */
  afterDays: number;
  /** Until when the user asked not to be reminded (milliseconds), if they did. */
  snoozedUntil?: number | null;
}

export interface BackupReminderState {
  /** Show the reminder now. */
  due: boolean;
  /** Assessments (samples aside) with changes that are in no backup file. */
  unbacked: number;
  /** Whole days since the newest backup of any assessment; null when nothing was ever backed up. */
  daysSinceBackup: number | null;
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);

/** Changed since its last export, or never exported. A sample is the app's example, not the user's work. */
export function hasUnbackedChanges(a: BackupTrack): boolean {
  if (a.isSample) return false;
  const exported = time(a.lastExportedAt);
  return Number.isNaN(exported) || time(a.updatedAt) > exported;
}

/**
 * The reminder is due when some assessment has changes in no backup, and its last backup (or, when it
 * never had one, its creation) is at least `afterDays` old: fresh work does not nag at once, and work
 * left unprotected for a week does not go unmentioned.
 */
export function backupReminder({ assessments, now, afterDays, snoozedUntil }: BackupReminderInput): BackupReminderState {
  const unbacked = assessments.filter(hasUnbackedChanges);
  const exports = assessments.filter((a) => !a.isSample).map((a) => time(a.lastExportedAt)).filter((t) => !Number.isNaN(t));
  const newest = exports.length > 0 ? Math.max(...exports) : null;
  const daysSinceBackup = newest === null ? null : Math.max(0, Math.floor((now - newest) / dayMs));
  const waitedTooLong = unbacked.some((a) => {
    const since = time(a.lastExportedAt ?? a.createdAt);
    return !Number.isNaN(since) && now - since >= afterDays * dayMs;
  });
  const snoozed = snoozedUntil !== undefined && snoozedUntil !== null && now < snoozedUntil;
  return { due: afterDays > 0 && waitedTooLong && !snoozed, unbacked: unbacked.length, daysSinceBackup };
}
