// Importing an assessment file or restoring a backup: the whole file is validated before anything is written.
import { parseImportFile, type ImportOptions } from '../domain/import-file';
import { importRecords } from './assessments-repo';
import { db } from './database';
import { changeTime } from './write-journal';
import { describeWriteError } from './write-result';

export type ImportOutcome =
  | { ok: true; kind: 'assessment' | 'backup'; ids: string[]; warnings: string[]; settingsRestored: boolean }
  | { ok: false; error: string };

export interface ImportFileOptions extends ImportOptions {
  /** A backup's cost settings replace the current ones (restore); off for a plain import. */
  restoreSettings?: boolean;
}

/**
 * Validate `text` whole, then write every assessment it holds (and, when asked, a backup's settings) in
 * one transaction: a file that fails anywhere, or a write that fails midway (full storage), leaves the
 * database exactly as it was. Assessments whose id exists already come in as copies (importRecords).
 */
export async function importFile(text: string, byteLength: number = text.length, options: ImportFileOptions = {}): Promise<ImportOutcome> {
  const parsed = parseImportFile(text, byteLength, options);
  if (!parsed.ok) return parsed;
  const settings = options.restoreSettings ? parsed.settings : undefined;
  try {
    const ids = await db.transaction('rw', db.assessments, db.answers, db.settings, async () => {
      const written = await importRecords(parsed.assessments);
      if (settings) await db.settings.put({ ...settings, key: 'settings', savedAt: changeTime() });
      return written;
    });
    return { ok: true, kind: parsed.kind, ids, warnings: parsed.warnings, settingsRestored: settings !== undefined };
  } catch (e) {
    return { ok: false, error: `Nothing was imported: ${describeWriteError(e)}` };
  }
}
