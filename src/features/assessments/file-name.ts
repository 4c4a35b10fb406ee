// The name of an exported assessment file.
import { fileNameSlug } from '../../components/download-file';

const today = (now: Date) => now.toISOString().slice(0, 10);

/** e.g. "lumen-diagnostics-s-a-r-l-mdr-assessment-2026-11-23.json". */
export function assessmentFileName(companyName: string, now: Date = new Date()): string {
  return `${fileNameSlug(companyName) || 'assessment'}-mdr-assessment-${today(now)}.json`;
}
