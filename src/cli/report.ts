// `npm run report -- <assessment.json> [-o report.pdf] [--as-of YYYY-MM-DD]`: write the PDF gap report of an assessment.
import { writeFileSync } from 'node:fs';
import { evaluate } from '../domain/evaluate';
import { buildReportModel } from '../domain/report-model';
import { defaultSettings } from '../domain/settings';
import { renderGapReport } from '../report/render-gap-report';
import { loadAssessmentFile } from './load-assessment';

const usage = 'usage: npm run report -- <assessment.json> [-o report.pdf] [--as-of YYYY-MM-DD]';

function fail(message: string): never {
  console.error(`report: ${message}`);
  process.exit(1);
}

function main(argv: string[]): void {
  let output: string | undefined;
  let asOf: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-o' || a === '--output') {
      output = argv[++i];
      if (!output || output.startsWith('-')) fail(`${a} needs a file name`);
    } else if (a === '--as-of') {
      asOf = argv[++i];
      if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) fail('--as-of needs a date as YYYY-MM-DD');
    } else if (a === '-h' || a === '--help') {
      console.log(usage);
      return;
    } else if (a.startsWith('-')) fail(`unknown option ${a}; ${usage}`);
    else positional.push(a);
  }
  if (positional.length !== 1) fail(usage);
  const loaded = loadAssessmentFile(positional[0]!);
  if (!loaded.ok) fail(loaded.error);
  const evaluation = evaluate(loaded.ruleSet, loaded.state, defaultSettings, asOf);
  const profile = loaded.state.profile;
  const model = buildReportModel(evaluation, {
    companyName: profile.companyName,
    deviceName: profile.deviceName,
    deviceClasses: profile.deviceClasses,
    assessor: loaded.assessor,
    language: loaded.language,
    generatedAt: asOf ? `${asOf}T12:00:00.000Z` : new Date().toISOString(),
  });
  const pdf = renderGapReport(model);
  const file = output ?? model.fileName;
  try {
    writeFileSync(file, pdf);
  } catch (e) {
    fail(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  console.log(`report: wrote ${file} (${evaluation.gaps.length} gaps, ${Math.round(pdf.length / 1024)} KB)`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  // A bug, not bad input; still one line for the user.
  fail(`internal error: ${(e as Error).message}`);
}
