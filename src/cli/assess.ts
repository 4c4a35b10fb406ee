// `npm run assess -- <assessment.json> [--json]` or `-- --profile <profile.json> --json`: print an evaluation.
import { evaluate } from '../domain/evaluate';
import { defaultSettings } from '../domain/settings';
import { textIn } from '../domain/text';
import { evaluationToJson } from './evaluation-json';
import { loadAssessmentFile, loadProfileFile } from './load-assessment';
import { formatMoney, formatPercent, table } from './text-table';

function fail(message: string): never {
  console.error(`assess: ${message}`);
  process.exit(1);
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const asOfArg = argv.indexOf('--as-of');
  const asOf = asOfArg >= 0 ? argv[asOfArg + 1] : undefined;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) fail('--as-of needs a date as YYYY-MM-DD');
  const profileArg = argv.indexOf('--profile');
  const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--as-of' && argv[i - 1] !== '--profile');
  let loaded;
  if (profileArg >= 0) {
    const file = argv[profileArg + 1];
    if (!file || file.startsWith('--')) fail('--profile needs a file');
    loaded = loadProfileFile(file);
  } else {
    if (positional.length !== 1) fail('usage: npm run assess -- <assessment.json> [--json] | --profile <profile.json> [--json]');
    loaded = loadAssessmentFile(positional[0]!);
  }
  if (!loaded.ok) fail(loaded.error);
  const evaluation = evaluate(loaded.ruleSet, loaded.state, defaultSettings, asOf);
  if (json) {
    process.stdout.write(`${JSON.stringify(evaluationToJson(evaluation, loaded.language), null, 2)}\n`);
    return;
  }
  const cur = evaluation.currency;
  const lang = loaded.language;
  const out: string[] = [];
  out.push(`${loaded.state.profile.companyName}: ${textIn(evaluation.ruleSet.title, lang)} (${evaluation.ruleSet.id}@${evaluation.ruleSet.version})`);
  out.push(
    `Overall readiness ${formatPercent(evaluation.overall.readiness)}; ${evaluation.overall.counts.applicable} applicable items, ${evaluation.overall.counts.unanswered} unanswered, ${evaluation.gaps.length} gaps`,
  );
  out.push('');
  out.push(
    table(
      ['Area', 'Items', 'Answered', 'Readiness', 'Gaps', `One-off P50 (${cur})`, `Yearly P50 (${cur})`],
      evaluation.areas
        .filter((a) => a.counts.applicable > 0)
        .map((a) => [
          textIn(a.area.title, lang),
          String(a.counts.applicable),
          formatPercent(a.progress),
          formatPercent(a.readiness),
          String(a.counts.not_met + a.counts.partial),
          formatMoney(a.cost.oneOff.p50),
          formatMoney(a.cost.yearly.p50),
        ]),
    ),
  );
  const c = evaluation.cost.gaps;
  out.push('');
  out.push(`Cost of known gaps (${cur}):  one-off P10 ${formatMoney(c.oneOff.p10)}  P50 ${formatMoney(c.oneOff.p50)}  P90 ${formatMoney(c.oneOff.p90)}`);
  out.push(`                             yearly  P10 ${formatMoney(c.yearly.p10)}  P50 ${formatMoney(c.yearly.p50)}  P90 ${formatMoney(c.yearly.p90)}`);
  const u = evaluation.cost.unanswered;
  if (evaluation.overall.counts.unanswered > 0) {
    out.push(`If every unanswered item is a gap, add one-off P50 ${formatMoney(u.oneOff.p50)} and yearly P50 ${formatMoney(u.yearly.p50)}`);
  }
  if (evaluation.gaps.length > 0) {
    out.push('');
    out.push(
      table(
        ['Priority', 'Item', 'Status', 'References', `One-off likely (${cur})`],
        evaluation.gaps.map((g) => [g.priority, g.evaluated.item.id, g.evaluated.status, g.evaluated.refs.join('; '), formatMoney(g.evaluated.cost.oneOff[1])]),
      ),
    );
  }
  const next = evaluation.deadlines.find((d) => !d.passed);
  if (next) out.push(`\nNext deadline: ${next.deadline.date} ${textIn(next.deadline.title, lang)} (${next.daysLeft} days)`);
  process.stdout.write(`${out.join('\n')}\n`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  // A bug, not bad input; still one line for the user.
  fail(`internal error: ${(e as Error).message}`);
}
