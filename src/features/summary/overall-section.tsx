// Overall readiness (big number, answered progress, counts by status) and readiness per area as bars.
import { Trans, useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { Evaluation } from '../../domain/evaluate';
import { textIn, type Language } from '../../domain/text';
import { useStatusWords } from '../../components/status-text';
import { TableScroll } from '../../components/table-scroll';
import type { Formatters } from '../../hooks/use-formatters';

const countOrder = ['met', 'partial', 'not_met', 'not_applicable', 'unanswered'] as const;

interface OverallProps {
  evaluation: Evaluation;
  format: Formatters;
}

export function OverallReadiness({ evaluation, format }: OverallProps) {
  const { t } = useTranslation('summary');
  const words = useStatusWords();
  const { counts, readiness, progress } = evaluation.overall;
  const answered = counts.applicable - counts.unanswered;
  const gaps = evaluation.gaps.length;
  const high = evaluation.gaps.filter((g) => g.priority === 'high').length;
  const oneOff = evaluation.cost.gaps.oneOff;
  const yearly = evaluation.cost.gaps.yearly;
  return (
    <section className="summary-kpis" aria-label={t('overview.label')}>
      <div className="kpi kpi-readiness">
        <p className="kpi-label">{t('overview.readiness')}</p>
        <p className="kpi-big">
          {readiness === null ? (
            <>
              <span aria-hidden="true">–</span>
              <span className="visually-hidden">{t('overview.noReadiness')}</span>
            </>
          ) : (
            format.percent(readiness)
          )}
        </p>
        <div className="progress" aria-hidden="true">
          <span style={{ width: `${Math.round(progress * 100)}%` }} />
        </div>
        <p className="kpi-note">{t('overview.answered', { answered, count: counts.applicable, percent: format.percent(progress) })}</p>
        <ul className="status-counts" aria-label={t('overview.byAnswer')}>
          {countOrder.map((s) => (
            <li key={s}>
              <span className={`badge badge-${s}`}>{words.status[s]}</span> <strong>{counts[s]}</strong>
            </li>
          ))}
        </ul>
        {evaluation.excludedCount > 0 && (
          <p className="kpi-note">{t('overview.excluded', { count: evaluation.excludedCount })}</p>
        )}
      </div>
      <div className="kpi">
        <p className="kpi-label">{t('overview.openGaps')}</p>
        <p className="kpi-big">{gaps}</p>
        <p className="kpi-note">{gaps === 0 ? t('overview.noGaps') : t('overview.highPriority', { count: high })}</p>
      </div>
      <div className="kpi">
        <p className="kpi-label">{t('overview.costLabel')}</p>
        <p className="kpi-big kpi-money">{format.money(oneOff.p50)}</p>
        {gaps === 0 ? (
          <p className="kpi-note">{t('overview.noCost')}</p>
        ) : (
          <p className="kpi-note">{t('overview.oneOffRange', { low: format.money(oneOff.p10), high: format.money(oneOff.p90) })}</p>
        )}
        {yearly.high > 0 && (
          <p className="kpi-note">
            <Trans
              t={t}
              i18nKey="overview.yearly"
              values={{ amount: format.money(yearly.p50), low: format.money(yearly.p10), high: format.money(yearly.p90) }}
              components={{ b: <strong /> }}
            />
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
  const { t } = useTranslation('summary');
  const areas = evaluation.areas.filter((a) => a.counts.applicable > 0);
  return (
    <section className="card summary-section" aria-labelledby="area-chart-title">
      <h2 id="area-chart-title">{t('areas.title')}</h2>
      <p className="muted section-lead" id="area-chart-lead">
        {t('areas.lead')}
      </p>
      <TableScroll labelledBy="area-chart-title">
        <table className="area-chart" aria-labelledby="area-chart-title" aria-describedby="area-chart-lead">
          <thead>
            <tr>
              <th scope="col">{t('areas.area')}</th>
              <th scope="col" className="area-chart-bar-col">
                {t('areas.readiness')}
              </th>
              <th scope="col" className="num">
                {t('areas.answered')}
              </th>
              <th scope="col" className="num">
                {t('areas.gaps')}
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
                      <span className="bar-value">{a.readiness === null ? t('areas.notAnswered') : format.percent(a.readiness)}</span>
                    </span>
                  </td>
                  <td className="num">
                    <span aria-hidden="true">{t('areas.answeredCell', { answered, count: a.counts.applicable })}</span>
                    <span className="visually-hidden">{t('areas.answeredCellLabel', { answered, count: a.counts.applicable })}</span>
                  </td>
                  <td className="num">{gaps}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
