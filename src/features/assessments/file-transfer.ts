// Importing assessment and backup files: validated whole, all or nothing. Loaded when a file is chosen
// (the validation is not needed to show the list).
import { importRecords } from '../../db/assessments-repo';
import { describeWriteError } from '../../db/write-result';
import { maxImportBytes, parseImportFile } from '../../domain/import-file';
import type { Language } from '../../domain/text';
import { getFixedT } from '../../i18n/i18n';

export type ImportOutcome =
  | { ok: true; kind: 'assessment' | 'backup'; count: number; copies: number; ids: string[] }
  | { ok: false; error: string };

/** FileReader rather than Blob.text(): it works in every browser the app supports (and in jsdom). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/**
 * Read, check and import an assessment or backup file. Nothing is written unless the whole file is
 * valid and made for the app's rule set; the write itself is one transaction. Messages are in `language`.
 */
export async function importFile(file: File, ruleSetId: string, language: Language = 'en'): Promise<ImportOutcome> {
  const t = getFixedT('assessments', language);
  // Refuse a huge file before reading it into memory.
  if (file.size > maxImportBytes) return parseImportFile('', file.size, { language }) as ImportOutcome;
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return { ok: false, error: t('import.unreadable') };
  }
  const parsed = parseImportFile(text, file.size, { language });
  if (!parsed.ok) return parsed;
  const foreign = parsed.assessments.find((a) => a.ruleSet.id !== ruleSetId);
  if (foreign) return { ok: false, error: t('import.otherRuleSet', { found: foreign.ruleSet.id, expected: ruleSetId }) };
  if (parsed.assessments.length === 0) return { ok: false, error: t('import.noAssessments') };
  try {
    const ids = await importRecords(parsed.assessments);
    const copies = ids.filter((id, i) => id !== parsed.assessments[i]!.id).length;
    return { ok: true, kind: parsed.kind, count: ids.length, copies, ids };
  } catch (e) {
    return { ok: false, error: t('import.notSaved', { reason: describeWriteError(e, language) }) };
  }
}

