// Builds the gap report of an evaluation and hands it to the browser as a PDF download; loaded on demand with jsPDF.
import type { Evaluation } from '../domain/evaluate';
import { buildReportModel, type ReportMeta } from '../domain/report-model';
import { renderGapReport } from './render-gap-report';

/** Makes the PDF gap report and starts its download as MDR-gap-report-<company>-<date>.pdf. */
export async function downloadReport(evaluation: Evaluation, meta: ReportMeta): Promise<void> {
  const model = buildReportModel(evaluation, meta);
  // Let the caller's "Preparing the PDF…" state paint before the synchronous layout work starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const bytes = renderGapReport(model);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = model.fileName;
    a.rel = 'noopener';
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // Revoking at once can cancel the download in some browsers; a minute is plenty to hand it over.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
