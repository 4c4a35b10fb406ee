// The first visit: what the app gives you in three steps, one big button to begin, and a finished sample to look at.
import { useTranslation } from 'react-i18next';

interface EmptyStateProps {
  onStart: () => void;
  onImport: () => void;
  onSample: () => void;
  sampleBusy: boolean;
}

export function EmptyState({ onStart, onImport, onSample, sampleBusy }: EmptyStateProps) {
  const { t } = useTranslation('firstrun');
  return (
    <section className="empty-state card" aria-labelledby="empty-title">
      <h2 id="empty-title">Find out where you stand with the MDR</h2>
      <p className="empty-lead muted">
        A guided check of your company against the EU Medical Device Regulation (EU) 2017/745, in plain language. About an hour for a small firm; you can
        stop at any time and pick up where you left off.
      </p>
      <ol className="empty-steps">
        <li>
          <span className="empty-step-number" aria-hidden="true">
            1
          </span>
          <div>
            <h3>Describe your company and devices</h3>
            <p className="muted">Role, device classes and a few yes/no questions decide which obligations apply to you, and which do not.</p>
          </div>
        </li>
        <li>
          <span className="empty-step-number" aria-hidden="true">
            2
          </span>
          <div>
            <h3>Go through the checklist</h3>
            <p className="muted">Mark each item met, partly met or not met, with the legal reference and guidance beside it.</p>
          </div>
        </li>
        <li>
          <span className="empty-step-number" aria-hidden="true">
            3
          </span>
          <div>
            <h3>Get your gap report</h3>
            <p className="muted">Gaps in priority order, cost ranges, deadlines, and a PDF to share with management or your adviser.</p>
          </div>
        </li>
      </ol>
      <div className="empty-actions">
        <button type="button" className="btn btn-primary btn-large" onClick={onStart}>
          Start an assessment
        </button>
        <button type="button" className="btn btn-link" onClick={onImport}>
          or import an assessment file
        </button>
      </div>
      <div className="empty-sample">
        <p>{t('sample.lead')}</p>
        <button type="button" className="btn" onClick={onSample} disabled={sampleBusy} aria-busy={sampleBusy}>
          {sampleBusy ? t('sample.opening') : t('sample.open')}
        </button>
      </div>
      <p className="empty-note muted">
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="empty-note-icon">
          <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <rect x="2.5" y="7" width="11" height="7.5" rx="1.5" fill="currentColor" />
        </svg>{' '}
        Your answers stay in this browser on this device; nothing is sent anywhere.
      </p>
    </section>
  );
}
