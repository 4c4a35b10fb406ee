// The Progress screen: snapshots of the assessment (one per coaching session) and what changed since one,
// the action-plan CSV export, and the way into the coaching view.
import { useTranslation } from '../../i18n/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { ExportActionPlanButton } from '../../components/export-action-plan-button';
import { useSnapshots } from '../../db/live';
import { useAssessmentContext } from '../../hooks/assessment-context';
import { useFormatters } from '../../hooks/use-formatters';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { ComparisonView } from './comparison-view';
import { SnapshotList, TakeSnapshotForm } from './snapshot-panel';
import { useSnapshotComparison } from './use-snapshot-comparison';
import './progress.css';

export function ProgressPage() {
  const { id = '' } = useParams();
  const { assessment, evaluation, ruleSet } = useAssessmentContext();
  const { t } = useTranslation('progress');
  const format = useFormatters(evaluation.settings.currency, useUiLanguage());
  const snapshots = useSnapshots(id);
  const [params, setParams] = useSearchParams();
  const sinceId = params.get('since');
  // The snapshot chosen in the address, else the newest: "since the last session".
  const selected = snapshots?.find((s) => s.id === sinceId) ?? snapshots?.[0];
  const result = useSnapshotComparison(selected, ruleSet, evaluation, assessment.profile);
  const compareWith = (snapshotId: string) => setParams({ since: snapshotId }, { replace: true });
  const firstArea = assessment.resume?.areaId ?? evaluation.areas.find((a) => a.counts.applicable > 0)?.area.id;
  // Taking a new snapshot should not silently switch the comparison to it (it would show no change).
  const keepComparison = () => {
    if (!sinceId && selected) compareWith(selected.id);
  };

  return (
    <div className="page screen-stack progress-page">
      <div className="screen-head">
        <div>
          <h2 className="screen-title">{t('page.title')}</h2>
          <p className="muted progress-lead">{t('page.lead')}</p>
        </div>
        <div className="progress-actions">
          {firstArea && (
            <Link className="btn" to={paths.coach(id, firstArea)}>
              <span aria-hidden="true">▣</span> {t('page.openCoach')}
            </Link>
          )}
          <ExportActionPlanButton evaluation={evaluation} assessment={assessment} />
        </div>
      </div>

      {snapshots === undefined ? (
        <p className="muted">{t('page.loading')}</p>
      ) : snapshots.length === 0 || !selected ? (
        <section className="card progress-empty" aria-labelledby="no-snapshot-title">
          <h2 id="no-snapshot-title">{t('page.emptyTitle')}</h2>
          <p>{t('page.emptyText')}</p>
          <TakeSnapshotForm assessmentId={id} snapshots={snapshots} format={format} onTaking={keepComparison} />
        </section>
      ) : (
        <div className="progress-layout">
          <div className="progress-main">
            {result?.ok ? (
              <ComparisonView
                assessmentId={id}
                snapshot={selected}
                then={result.then}
                now={evaluation}
                comparison={result.comparison}
                profileChanged={result.profileChanged}
                language={assessment.language}
                format={format}
              />
            ) : (
              <p className="card error" role="alert">
                {t('page.unreadable', { name: selected.name })}
              </p>
            )}
          </div>
          <aside className="card progress-side" aria-labelledby="snapshots-title">
            <h2 id="snapshots-title">{t('snapshots.title')}</h2>
            <TakeSnapshotForm assessmentId={id} snapshots={snapshots} format={format} onTaking={keepComparison} />
            <SnapshotList snapshots={snapshots} selectedId={selected.id} onCompare={compareWith} />
          </aside>
        </div>
      )}
    </div>
  );
}
