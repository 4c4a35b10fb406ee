// The cost estimate: known gaps (P10/P50/P90 and low/likely/high), unanswered exposure, this year's plan,
// breakdowns by area and by kind, and the ten largest cost drivers. All figures come from the evaluation.
import type { ReactNode } from 'react';
import { Trans, useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { TableScroll } from '../../components/table-scroll';
import type { CostTotals } from '../../domain/cost';
import type { Evaluation, EvaluatedItem } from '../../domain/evaluate';
import type { Settings } from '../../domain/settings';
import { textIn, type Language } from '../../domain/text';
import type { Formatters } from '../../hooks/use-formatters';
import { useUiLanguage } from '../../hooks/use-ui-language';

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
  const { t } = useTranslation('summary');
  return (
    <TableScroll label={caption}>
      <table className="totals-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('cost.when')}</span>
            </th>
            <th scope="col" className="num">
              {t('cost.p10')}
            </th>
            <th scope="col" className="num is-key">
              {t('cost.p50')}
            </th>
            <th scope="col" className="num">
              {t('cost.p90')}
            </th>
            <th scope="col" className="num sum-col">
              {t('cost.low')}
            </th>
            <th scope="col" className="num">
              {t('cost.likely')}
            </th>
            <th scope="col" className="num">
              {t('cost.high')}
            </th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ['oneOff', t('cost.oneOff'), oneOff],
              ['yearly', t('cost.everyYear'), yearly],
            ] as const
          ).map(([key, label, totals]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td className="num">{format.money(totals.p10)}</td>
              <td className="num is-key">{format.money(totals.p50)}</td>
              <td className="num">{format.money(totals.p90)}</td>
              <td className="num sum-col">{format.money(totals.low)}</td>
              <td className="num">{format.money(totals.likely)}</td>
              <td className="num">{format.money(totals.high)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
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
  const { t } = useTranslation('summary');
  const cell = (n: number) => (n > 0 ? format.money(n) : '–');
  return (
    <div>
      <h3>{title}</h3>
      <TableScroll label={title}>
        <table className="breakdown-table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">{firstColumn}</th>
              <th scope="col" className="num">
                {t('cost.oneOff')}
              </th>
              <th scope="col" className="num">
                {t('cost.perYear')}
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
      </TableScroll>
    </div>
  );
}

/** "Settings used: internal day rate €600, …" in the interface language. */
function SettingsUsed({ settings, format }: { settings: Settings; format: Formatters }) {
  const { t } = useTranslation('summary');
  const uiLanguage = useUiLanguage();
  const values = {
    internal: format.money(settings.internalDayRate),
    external: format.money(settings.externalDayRate),
    credit: format.percent(settings.partialCredit),
    currency: settings.currency,
  };
  if (settings.currency === 'EUR') return <>{t('cost.settingsUsed', values)}</>;
  const rate = new Intl.NumberFormat(uiLanguage, { maximumFractionDigits: 4 }).format(settings.currencyPerEur);
  return <>{t('cost.settingsUsedConverted', { ...values, rate })}</>;
}

export function CostSection({ evaluation, settings, assessmentId, areaTitles, itemsById, language, format }: CostSectionProps) {
  const { t } = useTranslation('summary');
  const { cost } = evaluation;
  const unansweredCount = evaluation.overall.counts.unanswered;
  const areas = cost.byArea.filter((a) => a.oneOff.high + a.yearly.high > 0);
  const kinds = cost.byKind.filter((k) => k.oneOff.high + k.yearly.high > 0);
  const maxKind = Math.max(1, ...kinds.map((k) => k.oneOff.likely + k.yearly.likely));
  return (
    <section className="card summary-section" aria-labelledby="cost-title">
      <h2 id="cost-title">{t('cost.title')}</h2>
      <p className="estimate-note" role="note">
        <Trans t={t} i18nKey="cost.disclaimer" components={{ b: <strong /> }} /> <SettingsUsed settings={settings} format={format} />{' '}
        <Link to={paths.settings}>{t('cost.changeSettings')}</Link>
      </p>

      <h3>{t('cost.knownTitle')}</h3>
      <p className="muted section-lead">{t('cost.knownLead')}</p>
      <TotalsTable caption={t('cost.knownCaption')} oneOff={cost.gaps.oneOff} yearly={cost.gaps.yearly} format={format} />

      {unansweredCount > 0 && (
        <div className="exposure">
          <h3>{t('cost.exposureTitle', { count: unansweredCount })}</h3>
          <p className="muted section-lead">{t('cost.exposureLead')}</p>
          <TotalsTable caption={t('cost.exposureCaption')} oneOff={cost.unanswered.oneOff} yearly={cost.unanswered.yearly} format={format} />
        </div>
      )}

      {(areas.length > 0 || kinds.length > 0) && (
        <div className="breakdowns">
          <BreakdownTable
            title={t('cost.byArea')}
            firstColumn={t('cost.area')}
            format={format}
            rows={areas.map((a) => ({ key: a.areaId, label: areaTitles.get(a.areaId) ?? a.areaId, oneOff: a.oneOff, yearly: a.yearly }))}
          />
          <BreakdownTable
            title={t('cost.byKind')}
            firstColumn={t('cost.kind')}
            format={format}
            rows={kinds.map((k) => ({
              key: k.kind,
              oneOff: k.oneOff,
              yearly: k.yearly,
              label: (
                <>
                  {t(`costKind.${k.kind}`)}
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
          <h3 id="drivers-title">{t('cost.driversTitle')}</h3>
          <ol className="drivers" aria-labelledby="drivers-title">
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
                    {d.yearlyLikely > 0 && <span className="muted"> {t('cost.driverYearly', { amount: format.money(d.yearlyLikely) })}</span>}
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
  const { t } = useTranslation('summary');
  const { cost } = evaluation;
  const planCount = evaluation.gaps.filter((g) => g.evaluated.answer?.inPlan).length;
  const whole = cost.gaps.oneOff.p50 + cost.gaps.yearly.p50;
  const planned = cost.plan.oneOff.p50 + cost.plan.yearly.p50;
  const planShare = whole > 0 ? Math.min(1, planned / whole) : 0;
  const amounts = (oneOff: number, yearly: number) =>
    yearly > 0 ? t('plan.oneOffAndYearly', { oneOff: format.money(oneOff), yearly: format.money(yearly) }) : t('plan.oneOff', { oneOff: format.money(oneOff) });
  return (
    <div className="plan-box">
      <h3>{t('plan.title')}</h3>
      {planCount === 0 ? (
        <p className="muted">{t('plan.none')}</p>
      ) : (
        <>
          <p aria-live="polite">
            <Trans
              t={t}
              i18nKey="plan.summary"
              count={evaluation.gaps.length}
              values={{
                planned: planCount,
                plan: amounts(cost.plan.oneOff.p50, cost.plan.yearly.p50),
                all: amounts(cost.gaps.oneOff.p50, cost.gaps.yearly.p50),
              }}
              components={{ b: <strong /> }}
            />
          </p>
          <div className="plan-bar" role="img" aria-label={t('plan.barLabel', { share: format.percent(planShare) })}>
            <span style={{ width: `${Math.round(planShare * 100)}%` }} />
          </div>
          <p className="muted plan-bar-note">{t('plan.barNote', { share: format.percent(planShare) })}</p>
        </>
      )}
    </div>
  );
}
