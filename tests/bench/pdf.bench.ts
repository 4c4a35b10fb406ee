// The PDF gap report of 160 gaps, model and rendering, timed in Node (goal: median ≤ 1 s).
import { buildReportModel } from '../../src/domain/report-model';
import { renderGapReport } from '../../src/report/render-gap-report';
import { allGapAnswers, evaluateWith, manufacturerProfile, metaFor, syntheticRuleSet } from '../fixtures/report-fixtures';
import { median, timeMs } from './stats';

export async function benchPdf(): Promise<{ medianMs: number; runs: number; pages: number }> {
  const ruleSet = syntheticRuleSet(160, 16);
  const evaluation = evaluateWith(ruleSet, manufacturerProfile, allGapAnswers(ruleSet));
  const meta = metaFor(manufacturerProfile);
  let bytes: Uint8Array = new Uint8Array();
  // No warm-up run: the first export in a fresh tab is cold too, and the median of five absorbs it.
  const times = Array.from({ length: 5 }, () => timeMs(() => (bytes = renderGapReport(buildReportModel(evaluation, meta)))));
  // The page count from the PDF's own page tree ("/Type /Pages ... /Count n"), without a PDF reader.
  const text = new TextDecoder('latin1').decode(bytes);
  const pages = Number(/\/Type \/Pages[^>]*\/Count (\d+)/.exec(text)?.[1] ?? /\/Count (\d+)/.exec(text)?.[1] ?? NaN);
  return { medianMs: median(times), runs: times.length, pages };
}
