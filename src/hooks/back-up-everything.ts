// Backing up every assessment to one file the browser downloads, shared by the home screen and the backup reminder.
import { downloadBlob } from '../components/download-file';
import type { BackupFile } from '../domain/assessment';
import { attempt } from '../db/write-result';
import { now } from '../stores/clock';
import { trackWrite } from '../stores/save-status';

export type BackupOutcome = { ok: true; count: number; fileName: string } | { ok: false; error: string };

const day = (at: Date) => at.toISOString().slice(0, 10);

/** e.g. "mdr-readiness-backup-2026-11-23.json". */
export function backupFileName(at: Date = new Date(now())): string {
  return `mdr-readiness-backup-${day(at)}.json`;
}

/** Save a JSON document through the browser's download. */
export function downloadJson(fileName: string, data: unknown): void {
  downloadBlob(fileName, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
}

/**
 * Download a backup of every assessment and the settings, then record the export time on each
 * assessment (through the save indicator), so reminders know the work is safe.
 */
export async function backUpEverything(): Promise<BackupOutcome> {
  let file: BackupFile;
  // Loaded when used: the writes validate with the domain schemas, which the screens do not need to show.
  const { buildBackupFile, markExported } = await import('../db/assessments-repo');
  try {
    file = await buildBackupFile();
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const fileName = backupFileName();
  downloadJson(fileName, file);
  const ids = file.assessments.map((a) => a.id);
  // The file is out either way; a failed record shows in the save indicator, with Retry.
  await trackWrite('exported:all', () => attempt(() => markExported(ids, file.exportedAt)));
  return { ok: true, count: ids.length, fileName };
}
