// When the backup reminder shows: unbacked work older than the chosen number of days, samples aside, snooze respected.
import { describe, expect, it } from 'vitest';
import { backupReminder, dayMs, hasUnbackedChanges, snoozeMs, type BackupTrack } from '../../src/domain/backup-reminder';

const start = Date.parse('2026-11-02T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const after = (days: number, hours = 0) => start + days * dayMs + hours * 3_600_000;

function assessment(created: number, updated = created, exported?: number, isSample = false): BackupTrack {
  return { createdAt: iso(created), updatedAt: iso(updated), ...(exported === undefined ? {} : { lastExportedAt: iso(exported) }), isSample };
}

describe('backup reminder', () => {
  it('stays quiet for fresh work, and shows once never-backed-up work is a week old', () => {
    const work = [assessment(start, after(1))];
    expect(backupReminder({ assessments: work, now: after(6, 23), afterDays: 7 }).due).toBe(false);
    const due = backupReminder({ assessments: work, now: after(7), afterDays: 7 });
    expect(due).toEqual({ due: true, unbacked: 1, daysSinceBackup: null });
  });

  it('does not remind when every change is in a backup, however old the backup', () => {
    const backedUp = [assessment(start, after(1), after(2))];
    expect(hasUnbackedChanges(backedUp[0]!)).toBe(false);
    const state = backupReminder({ assessments: backedUp, now: after(60), afterDays: 7 });
    expect(state).toEqual({ due: false, unbacked: 0, daysSinceBackup: 58 });
  });

  it('counts from the last backup when an assessment changed after it', () => {
    const changedAfterBackup = [assessment(start, after(9), after(5))];
    expect(backupReminder({ assessments: changedAfterBackup, now: after(11), afterDays: 7 }).due).toBe(false);
    const state = backupReminder({ assessments: changedAfterBackup, now: after(12), afterDays: 7 });
    expect(state).toEqual({ due: true, unbacked: 1, daysSinceBackup: 7 });
  });

  it('follows the chosen number of days, and 0 turns the reminder off', () => {
    const work = [assessment(start, after(2))];
    expect(backupReminder({ assessments: work, now: after(3), afterDays: 3 }).due).toBe(true);
    expect(backupReminder({ assessments: work, now: after(3), afterDays: 30 }).due).toBe(false);
    expect(backupReminder({ assessments: work, now: after(400), afterDays: 0 }).due).toBe(false);
  });

  it('leaves the sample assessment out: it is not the user’s work', () => {
    const sampleOnly = [assessment(start, after(1), undefined, true)];
    expect(backupReminder({ assessments: sampleOnly, now: after(30), afterDays: 7 })).toEqual({ due: false, unbacked: 0, daysSinceBackup: null });
    const mixed = [...sampleOnly, assessment(start, after(1))];
    expect(backupReminder({ assessments: mixed, now: after(30), afterDays: 7 }).unbacked).toBe(1);
  });

  it('reports the newest backup of any assessment and the number of assessments to back up', () => {
    const list = [assessment(start, after(20), after(3)), assessment(start, after(4), after(10)), assessment(start, after(2))];
    expect(backupReminder({ assessments: list, now: after(14), afterDays: 7 })).toEqual({ due: true, unbacked: 2, daysSinceBackup: 4 });
  });

  it('keeps quiet while snoozed and comes back when the snooze ends', () => {
    const work = [assessment(start, after(1))];
    const snoozedAt = after(8);
    const snoozedUntil = snoozedAt + snoozeMs;
    expect(backupReminder({ assessments: work, now: snoozedAt, afterDays: 7, snoozedUntil }).due).toBe(false);
    expect(backupReminder({ assessments: work, now: after(8, 23), afterDays: 7, snoozedUntil }).due).toBe(false);
    expect(backupReminder({ assessments: work, now: after(9), afterDays: 7, snoozedUntil }).due).toBe(true);
  });

  it('ignores unreadable dates rather than nagging', () => {
    const broken = [{ createdAt: 'not a date', updatedAt: 'not a date' }];
    expect(backupReminder({ assessments: broken, now: after(30), afterDays: 7 }).due).toBe(false);
  });

  it('stays quiet with no assessments at all', () => {
    expect(backupReminder({ assessments: [], now: after(30), afterDays: 7 })).toEqual({ due: false, unbacked: 0, daysSinceBackup: null });
  });
});
