// The first visit: what the app gives you in three steps, one big button to begin, and a finished sample to look at.
import { useTranslation } from '../../i18n/react';

interface EmptyStateProps {
  onStart: () => void;
  onImport: () => void;
  onSample: () => void;
  sampleBusy: boolean;
}

export function EmptyState({ onStart, onImport, onSample, sampleBusy }: EmptyStateProps) {
  const { t } = useTranslation('firstrun');
  const { t: ta } = useTranslation('assessments');
  return (
    <section className="empty-state card" aria-labelledby="empty-title">
      <h2 id="empty-title">{ta('empty.title')}</h2>
      <p className="empty-lead muted">{ta('empty.lead')}</p>
      <ol className="empty-steps">
        <li>
          <span className="empty-step-number" aria-hidden="true">
            1
          </span>
          <div>
            <h3>{ta('empty.step1Title')}</h3>
            <p className="muted">{ta('empty.step1Text')}</p>
          </div>
        </li>
        <li>
          <span className="empty-step-number" aria-hidden="true">
            2
          </span>
          <div>
            <h3>{ta('empty.step2Title')}</h3>
            <p className="muted">{ta('empty.step2Text')}</p>
          </div>
        </li>
        <li>
          <span className="empty-step-number" aria-hidden="true">
            3
          </span>
          <div>
            <h3>{ta('empty.step3Title')}</h3>
            <p className="muted">{ta('empty.step3Text')}</p>
          </div>
        </li>
      </ol>
      <div className="empty-actions">
        <button type="button" className="btn btn-primary btn-large" onClick={onStart}>
          {ta('empty.start')}
        </button>
        <button type="button" className="btn btn-link" onClick={onImport}>
          {ta('empty.import')}
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
        {ta('empty.privacy')}
      </p>
    </section>
  );
}
