// The summary screen: readiness, gaps by priority, the cost estimate with its reasons, deadlines, PDF export.
// It reads only the evaluation: no score or cost is computed here.
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ExportActionPlanButton } from '../../components/export-action-plan-button';
import { textIn } from '../../domain/text';
import { useAssessmentContext } from '../../hooks/assessment-context';
import { useFormatters } from '../../hooks/use-formatters';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { CostSection, PlanSummary } from './cost-section';
import { DeadlinesSection } from './deadlines-section';
import { ExportReportButton } from './export-report-button';
import { GapsByPriority } from './gap-list';
import { SummaryHelp } from './summary-help';
import { AreaReadinessChart, OverallReadiness } from './overall-section';
import './summary.css';

export function SummaryPage() {
  const { id = '' } = useParams();
  const { assessment, evaluation } = useAssessmentContext();
  const { t } = useTranslation('summary');
  // The settings the figures were computed with, as carried by the evaluation.
  const settings = evaluation.settings;
  // Rule-set text (area titles, questions, deadlines) in the assessment's language; the words around it,
  // and the figures in them, in the interface language.
  const language = assessment.language;
  const format = useFormatters(settings.currency, useUiLanguage());
  const areaTitles = useMemo(() => new Map(evaluation.areas.map((a) => [a.area.id, textIn(a.area.title, language)])), [evaluation.areas, language]);
  const itemsById = useMemo(() => new Map(evaluation.items.map((e) => [e.item.id, e])), [evaluation.items]);
  const { counts } = evaluation.overall;
  const answered = counts.applicable - counts.unanswered;
  const firstArea = assessment.resume?.areaId ?? evaluation.areas.find((a) => a.counts.applicable > 0)?.area.id;

  return (
    <div className="page screen-stack summary">
      <div className="screen-head">
        <div>
          <h2 className="screen-title">{t('page.title')}</h2>
          <p className="muted summary-sub">
            {t(evaluation.ruleSet.reviewedOn ? 'page.asOfReviewed' : 'page.asOf', {
              date: format.date(evaluation.asOf),
              ruleSet: textIn(evaluation.ruleSet.title, language),
              version: evaluation.ruleSet.version,
              effective: format.date(evaluation.ruleSet.effectiveDate),
              reviewed: evaluation.ruleSet.reviewedOn ? format.date(evaluation.ruleSet.reviewedOn) : '',
            })}
          </p>
        </div>
        <ExportActionPlanButton evaluation={evaluation} assessment={assessment} />
        <ExportReportButton evaluation={evaluation} assessment={assessment} />
      </div>
      <SummaryHelp partialCredit={settings.partialCredit} format={format} />

      {answered === 0 ? (
        <section className="card summary-empty">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.text', { count: counts.applicable })}</p>
          {firstArea && (
            <Link className="btn btn-primary" to={paths.area(id, firstArea)}>
              {t('empty.start')}
            </Link>
          )}
        </section>
      ) : (
        <>
          <OverallReadiness evaluation={evaluation} format={format} />
          <AreaReadinessChart evaluation={evaluation} assessmentId={id} language={language} format={format} />
          <DeadlinesSection deadlines={evaluation.deadlines} language={language} format={format} />
          <CostSection
            evaluation={evaluation}
            settings={settings}
            assessmentId={id}
            areaTitles={areaTitles}
            itemsById={itemsById}
            language={language}
            format={format}
          />
          <section className="card summary-section" aria-labelledby="gaps-title">
            <h2 id="gaps-title">{t('gaps.title')}</h2>
            {evaluation.gaps.length === 0 ? (
              <div className="summary-congrats">
                <p className="congrats-title">
                  <span aria-hidden="true">✓ </span>
                  {t('gaps.noneAnswered', { count: answered })}
                </p>
                {counts.unanswered > 0 && (
                  <p className="muted">
                    {t('gaps.unanswered', { count: counts.unanswered })}{' '}
                    {firstArea && <Link to={paths.area(id, firstArea)}>{t('gaps.continue')}</Link>}
                  </p>
                )}
              </div>
            ) : (
              <>
                <p className="muted section-lead">{t('gaps.lead')}</p>
                <PlanSummary evaluation={evaluation} format={format} />
                <GapsByPriority gaps={evaluation.gaps} assessmentId={id} areaTitles={areaTitles} language={language} format={format} />
              </>
            )}
          </section>
        </>
      )}
      {answered === 0 && <DeadlinesSection deadlines={evaluation.deadlines} language={language} format={format} />}
    </div>
  );
}
