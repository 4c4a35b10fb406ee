// Builds the gap report of an evaluation and hands it to the browser as a PDF download; loaded on demand with jsPDF.
import type { Evaluation } from '../domain/evaluate';
import { buildReportModel, type ReportMeta } from '../domain/report-model';
import { renderGapReport } from './render-gap-report';
import { downloadBlob } from '../components/download-file';

/** Makes the PDF gap report and starts its download as MDR-gap-report-<company>-<date>.pdf. */
export async function downloadReport(evaluation: Evaluation, meta: ReportMeta): Promise<void> {
  const model = buildReportModel(evaluation, meta);
  // Let the caller's "Preparing the PDF…" state paint before the synchronous layout work starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const bytes = renderGapReport(model);
  downloadBlob(model.fileName, new Blob([bytes as BlobPart], { type: 'application/pdf' }));
}
