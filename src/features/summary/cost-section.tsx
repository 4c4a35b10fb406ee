// The cost estimate: known gaps (P10/P50/P90 and low/likely/high), unanswered exposure, this year's plan,
// breakdowns by area and by kind, and the ten largest cost drivers. All figures come from the evaluation.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { CostTotals } from '../../domain/cost';
import type { Evaluation, EvaluatedItem } from '../../domain/evaluate';
import type { Settings } from '../../domain/settings';
import { textIn, type Language } from '../../domain/text';
import type { Formatters } from '../../hooks/use-formatters';
import { costKindLabel } from './gap-list';

interface CostSectionProps {
  evaluation: Evaluation;
  settings: Settings;
  assessmentId: string;
  areaTitles: ReadonlyMap<string, string>;
  itemsById: ReadonlyMap<string, EvaluatedItem>;
  language: Language;
  format: Formatters;
}

function TotalsTable({ caption, oneOff, yearly, format }: { caption: string; oneOff: CostTotals; yearly: CostTotals; format: Formatters }) {
  return (
    <div className="table-scroll">
      <table className="totals-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col" className="num">
              P10
            </th>
            <th scope="col" className="num is-key">
              P50
            </th>
            <th scope="col" className="num">
              P90
            </th>
            <th scope="col" className="num sum-col">
              Low
            </th>
            <th scope="col" className="num">
              Likely
            </th>
            <th scope="col" className="num">
              High
            </th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ['One-off', oneOff],
              ['Every year', yearly],
            ] as const
          ).map(([label, t]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{format.money(t.p10)}</td>
              <td className="num is-key">{format.money(t.p50)}</td>
              <td className="num">{format.money(t.p90)}</td>
              <td className="num sum-col">{format.money(t.low)}</td>
              <td className="num">{format.money(t.likely)}</td>
              <td className="num">{format.money(t.high)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface BreakdownRow {
  key: string;
  label: ReactNode;
  oneOff: CostTotals;
  yearly: CostTotals;
}

/** One breakdown of the known gaps' likely cost (by area, by kind): one-off and per year. */
function BreakdownTable({ title, firstColumn, rows, format }: { title: string; firstColumn: string; rows: BreakdownRow[]; format: Formatters }) {
  const cell = (n: number) => (n > 0 ? format.money(n) : '–');
  return (
    <div>
      <h3>{title}</h3>
      <div className="table-scroll">
        <table className="breakdown-table">
          <thead>
            <tr>
              <th scope="col">{firstColumn}</th>
              <th scope="col" className="num">
                One-off
              </th>
              <th scope="col" className="num">
                Per year
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{cell(r.oneOff.likely)}</td>
                <td className="num">{cell(r.yearly.likely)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function CostSection({ evaluation, settings, assessmentId, areaTitles, itemsById, language, format }: CostSectionProps) {
  const { cost } = evaluation;
  const unansweredCount = evaluation.overall.counts.unanswered;
  const areas = cost.byArea.filter((a) => a.oneOff.high + a.yearly.high > 0);
  const kinds = cost.byKind.filter((k) => k.oneOff.high + k.yearly.high > 0);
  const maxKind = Math.max(1, ...kinds.map((k) => k.oneOff.likely + k.yearly.likely));
  return (
    <section className="card summary-section" aria-labelledby="cost-title">
      <h2 id="cost-title">Cost estimate</h2>
      <p className="estimate-note" role="note">
        <strong>These are estimates for planning,</strong> built from typical effort and market prices in the rule set and your own settings. They are
        not quotes and not legal advice. Settings used: internal day rate {format.money(settings.internalDayRate)}, consultant day rate{' '}
        {format.money(settings.externalDayRate)}, partly met credit {format.percent(settings.partialCredit)}, figures in {settings.currency}
        {settings.currency !== 'EUR' && ` at ${settings.currencyPerEur} per euro`}. <Link to={paths.settings}>Change the settings</Link>
      </p>

      <h3>Known gaps</h3>
      <p className="muted section-lead">
        P50 is the middle estimate; there is a 10% chance the cost is below P10 and a 10% chance it is above P90. Low, likely and high are the plain sums
        of every gap’s range.
      </p>
      <TotalsTable caption="Cost to close the known gaps" oneOff={cost.gaps.oneOff} yearly={cost.gaps.yearly} format={format} />

      {unansweredCount > 0 && (
        <div className="exposure">
          <h3>If all {unansweredCount} unanswered items turn out to be gaps</h3>
          <p className="muted section-lead">Open exposure, kept apart from the known gaps above: answer these items to firm it up.</p>
          <TotalsTable caption="Possible extra cost of the unanswered items" oneOff={cost.unanswered.oneOff} yearly={cost.unanswered.yearly} format={format} />
        </div>
      )}

      {(areas.length > 0 || kinds.length > 0) && (
        <div className="breakdowns">
          <BreakdownTable
            title="By area (likely)"
            firstColumn="Area"
            format={format}
            rows={areas.map((a) => ({ key: a.areaId, label: areaTitles.get(a.areaId) ?? a.areaId, oneOff: a.oneOff, yearly: a.yearly }))}
          />
          <BreakdownTable
            title="By kind of cost (likely)"
            firstColumn="Kind"
            format={format}
            rows={kinds.map((k) => ({
              key: k.kind,
              oneOff: k.oneOff,
              yearly: k.yearly,
              label: (
                <>
                  {costKindLabel[k.kind]}
                  <span className="kind-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(((k.oneOff.likely + k.yearly.likely) / maxKind) * 100)}%` }} />
                  </span>
                </>
              ),
            }))}
          />
        </div>
      )}

      {cost.topDrivers.length > 0 && (
        <>
          <h3>Largest cost drivers</h3>
          <ol className="drivers">
            {cost.topDrivers.map((d) => {
              const e = itemsById.get(d.itemId);
              return (
                <li key={d.itemId}>
                  <span className="driver-text">
                    <Link to={paths.area(assessmentId, d.areaId, d.itemId)}>{e ? textIn(e.item.question, language) : d.itemId}</Link>
                    <span className="muted driver-area">{areaTitles.get(d.areaId) ?? d.areaId}</span>
                  </span>
                  <span className="driver-cost">
                    {format.money(d.oneOffLikely)}
                    {d.yearlyLikely > 0 && <span className="muted"> + {format.money(d.yearlyLikely)}/yr</span>}
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

/** What this year's plan costs against all known gaps (both from the evaluation). */
export function PlanSummary({ evaluation, format }: { evaluation: Evaluation; format: Formatters }) {
  const { cost } = evaluation;
  const planCount = evaluation.gaps.filter((g) => g.evaluated.answer?.inPlan).length;
  const whole = cost.gaps.oneOff.p50 + cost.gaps.yearly.p50;
  const planned = cost.plan.oneOff.p50 + cost.plan.yearly.p50;
  const planShare = whole > 0 ? Math.min(1, planned / whole) : 0;
  return (
    <div className="plan-box">
      <h3>This year’s plan</h3>
      {planCount === 0 ? (
        <p className="muted">
          No gap is in this year’s plan yet. Tick “In this year’s plan” on the gaps below to see what the plan costs against the whole.
        </p>
      ) : (
        <>
          <p aria-live="polite">
            <strong>{planCount}</strong> of {evaluation.gaps.length} gaps planned: <strong>{format.money(cost.plan.oneOff.p50)}</strong> one-off
            {cost.plan.yearly.p50 > 0 && (
              <>
                {' '}
                + <strong>{format.money(cost.plan.yearly.p50)}</strong>/year
              </>
            )}{' '}
            (P50), against {format.money(cost.gaps.oneOff.p50)} one-off
            {cost.gaps.yearly.p50 > 0 && <> + {format.money(cost.gaps.yearly.p50)}/year</>} for all known gaps.
          </p>
          <div
            className="plan-bar"
            role="img"
            aria-label={`The plan is ${format.percent(planShare)} of the cost of all known gaps (one-off plus one year, P50).`}
          >
            <span style={{ width: `${Math.round(planShare * 100)}%` }} />
          </div>
          <p className="muted plan-bar-note">{format.percent(planShare)} of the whole (one-off plus one year, P50)</p>
        </>
      )}
    </div>
  );
}
