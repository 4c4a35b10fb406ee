// The action plan as a CSV file: its name (company and date) and the browser download.
import { buildActionPlanCsv } from '../domain/action-plan-csv';
import type { Evaluation } from '../domain/evaluate';
import type { Language } from '../domain/text';
import { downloadBlob, fileNameSlug } from './download-file';

/** e.g. "lumen-diagnostics-s-a-r-l-mdr-action-plan-2027-03-03.csv". */
export function actionPlanFileName(companyName: string, now: Date = new Date()): string {
  return `${fileNameSlug(companyName) || 'assessment'}-mdr-action-plan-${now.toISOString().slice(0, 10)}.csv`;
}

/** Build the CSV of the evaluation's gaps and hand it to the browser as a download. */
export function downloadActionPlan(evaluation: Evaluation, companyName: string, language: Language): void {
  downloadBlob(actionPlanFileName(companyName), new Blob([buildActionPlanCsv(evaluation, language)], { type: 'text/csv;charset=utf-8' }));
}
