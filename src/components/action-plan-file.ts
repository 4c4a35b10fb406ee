// The action plan as a CSV file: its name (company and date) and the browser download.
import { buildActionPlanCsv } from '../domain/action-plan-csv';
import type { Evaluation } from '../domain/evaluate';
import type { Language } from '../domain/text';

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
}

/** e.g. "lumen-diagnostics-s-a-r-l-mdr-action-plan-2027-03-03.csv". */
export function actionPlanFileName(companyName: string, now: Date = new Date()): string {
  return `${slug(companyName) || 'assessment'}-mdr-action-plan-${now.toISOString().slice(0, 10)}.csv`;
}

/** Build the CSV of the evaluation's gaps and hand it to the browser as a download. */
export function downloadActionPlan(evaluation: Evaluation, companyName: string, language: Language): void {
  const blob = new Blob([buildActionPlanCsv(evaluation, language)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = actionPlanFileName(companyName);
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
