// "Export PDF report": loads the PDF exporter only when asked, shows progress and any failure.
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { AdviserNotesOption } from '../../components/adviser-notes-option';
import type { Evaluation } from '../../domain/evaluate';
import type { AssessmentRow } from '../../db/database';

interface ExportReportButtonProps {
  evaluation: Evaluation;
  assessment: AssessmentRow;
}

export function ExportReportButton({ evaluation, assessment }: ExportReportButtonProps) {
  const { t } = useTranslation('summary');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [withAdviserNotes, setWithAdviserNotes] = useState(false);

  const onExport = async () => {
    setBusy(true);
    setError(null);
    let stage: 'load' | 'make' = 'load';
    try {
      // jsPDF is large: it is fetched only when a report is actually exported.
      const { downloadReport } = await import('../../report/download-report');
      stage = 'make';
      await downloadReport(evaluation, {
        companyName: assessment.profile.companyName,
        deviceName: assessment.profile.deviceName,
        deviceClasses: assessment.profile.deviceClasses,
        assessor: assessment.assessor,
        language: assessment.language,
        generatedAt: new Date().toISOString(),
        includeAdviserNotes: withAdviserNotes,
      });
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      setError(stage === 'load' ? t('export.loadFailed') : t('export.makeFailed', { reason }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-report">
      <button type="button" className="btn btn-primary" onClick={() => void onExport()} disabled={busy} aria-busy={busy}>
        {busy ? t('export.busy') : t('export.button')}
      </button>
      <AdviserNotesOption evaluation={evaluation} checked={withAdviserNotes} onChange={setWithAdviserNotes} />
      <p className="export-status" role="status" aria-live="polite">
        {error && <span className="error">{error}</span>}
      </p>
    </div>
  );
}
