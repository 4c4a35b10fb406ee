// "Export action plan (CSV)": the gap list with owners, dates and costs, for the firm's own spreadsheet.
import { useState } from 'react';
import { useTranslation } from '../i18n/react';
import type { AssessmentRow } from '../db/database';
import type { Evaluation } from '../domain/evaluate';
import { downloadActionPlan } from './action-plan-file';
import './export-action-plan-button.css';

interface ExportActionPlanButtonProps {
  evaluation: Evaluation;
  assessment: AssessmentRow;
}

export function ExportActionPlanButton({ evaluation, assessment }: ExportActionPlanButtonProps) {
  const { t } = useTranslation('adviser');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const onExport = () => {
    try {
      downloadActionPlan(evaluation, assessment.profile.companyName, assessment.language);
      setOutcome({ ok: true, text: t('csv.done', { count: evaluation.gaps.length }) });
    } catch (e) {
      setOutcome({ ok: false, text: t('csv.failed', { reason: e instanceof Error ? e.message : String(e) }) });
    }
  };
  return (
    <div className="action-plan-export">
      <button type="button" className="btn" onClick={onExport}>
        <span aria-hidden="true">⤓</span> {t('csv.button')}
      </button>
      <p className="action-plan-status" role="status" aria-live="polite">
        {outcome && <span className={outcome.ok ? 'muted' : 'error'}>{outcome.text}</span>}
      </p>
    </div>
  );
}
