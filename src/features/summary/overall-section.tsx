// Overall readiness (big number, answered progress, counts by status) and readiness per area as bars.
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { Evaluation } from '../../domain/evaluate';
import { textIn, type Language } from '../../domain/text';
import { useStatusWords } from '../../components/status-text';
import type { Formatters } from '../../hooks/use-formatters';

const countOrder = ['met', 'partial', 'not_met', 'not_applicable', 'unanswered'] as const;

interface OverallProps {
  evaluation: Evaluation;
  format: Formatters;
}

export function OverallReadiness({ evaluation, format }: OverallProps) {
  const words = useStatusWords();
  const { counts, readiness, progress } = evaluation.overall;
  const answered = counts.applicable - counts.unanswered;
  const gaps = evaluation.gaps.length;
  const high = evaluation.gaps.filter((g) => g.priority === 'high').length;
  const oneOff = evaluation.cost.gaps.oneOff;
  const yearly = evaluation.cost.gaps.yearly;
  return (
    <section className="summary-kpis" aria-label="Overview">
      <div className="kpi kpi-readiness">
        <p className="kpi-label">Overall readiness</p>
        <p className="kpi-big">{readiness === null ? '–' : format.percent(readiness)}</p>
        <div className="progress" aria-hidden="true">
          <span style={{ width: `${Math.round(progress * 100)}%` }} />
        </div>
        <p className="kpi-note">
          {answered} of {counts.applicable} applicable items answered ({format.percent(progress)})
        </p>
        <ul className="status-counts" aria-label="Items by answer">
          {countOrder.map((s) => (
            <li key={s}>
              <span className={`badge badge-${s}`}>{words.status[s]}</span> <strong>{counts[s]}</strong>
            </li>
          ))}
        </ul>
        {evaluation.excludedCount > 0 && (
          <p className="kpi-note">{evaluation.excludedCount} further items of the rule set do not apply to this profile.</p>
        )}
      </div>
      <div className="kpi">
        <p className="kpi-label">Open gaps</p>
        <p className="kpi-big">{gaps}</p>
        <p className="kpi-note">{gaps === 0 ? 'Nothing to close among the answered items.' : `${high} of them high priority`}</p>
      </div>
      <div className="kpi">
        <p className="kpi-label">To close known gaps</p>
        <p className="kpi-big kpi-money">{format.money(oneOff.p50)}</p>
        {gaps === 0 ? (
          <p className="kpi-note">No known gap to pay for yet.</p>
        ) : (
          <p className="kpi-note">
            one-off, likely between {format.money(oneOff.p10)} and {format.money(oneOff.p90)}
          </p>
        )}
        {yearly.high > 0 && (
          <p className="kpi-note">
            plus <strong>{format.money(yearly.p50)}</strong> a year ({format.money(yearly.p10)}–{format.money(yearly.p90)})
          </p>
        )}
      </div>
    </section>
  );
}

interface AreaChartProps {
  evaluation: Evaluation;
  assessmentId: string;
  language: Language;
  format: Formatters;
}

/** A table that is also the chart: each row carries its bar, and the figures are text beside it. */
export function AreaReadinessChart({ evaluation, assessmentId, language, format }: AreaChartProps) {
  const areas = evaluation.areas.filter((a) => a.counts.applicable > 0);
  return (
    <section className="card summary-section" aria-labelledby="area-chart-title">
      <h2 id="area-chart-title">Readiness by area</h2>
      <p className="muted section-lead">Severity-weighted share of answered items that are met; partly met items count in part.</p>
      <div className="table-scroll">
        <table className="area-chart">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col" className="area-chart-bar-col">
                Readiness
              </th>
              <th scope="col" className="num">
                Answered
              </th>
              <th scope="col" className="num">
                Gaps
              </th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => {
              const answered = a.counts.applicable - a.counts.unanswered;
              const gaps = a.counts.not_met + a.counts.partial;
              const share = a.readiness ?? 0;
              const tone = a.readiness === null ? 'none' : share >= 0.8 ? 'good' : share >= 0.5 ? 'fair' : 'poor';
              return (
                <tr key={a.area.id}>
                  <th scope="row">
                    <Link to={paths.area(assessmentId, a.area.id)}>{textIn(a.area.title, language)}</Link>
                    {/* Narrow screens: the bar moves under the area name and the column keeps only the figure. */}
                    <span className="bar-track bar-track-inline" aria-hidden="true">
                      <span className={`bar-fill bar-${tone}`} style={{ width: `${Math.round(share * 100)}%` }} />
                    </span>
                  </th>
                  <td className="area-chart-bar-col">
                    <span className="bar-cell">
                      <span className="bar-track" aria-hidden="true">
                        <span className={`bar-fill bar-${tone}`} style={{ width: `${Math.round(share * 100)}%` }} />
                      </span>
                      <span className="bar-value">{a.readiness === null ? 'not answered' : format.percent(a.readiness)}</span>
                    </span>
                  </td>
                  <td className="num">
                    {answered}/{a.counts.applicable}
                  </td>
                  <td className="num">{gaps}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
