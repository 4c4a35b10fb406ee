// First visit: where the data lives (this browser only) and how to keep a copy; shown until dismissed.
import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { useLocalValue } from '../hooks/use-local-value';
import { now } from '../stores/clock';

export const dataNoticeKey = 'mdr-readiness.data-notice-dismissed';

export function DataNotice() {
  const { t } = useTranslation('firstrun');
  const [dismissed, setDismissed] = useLocalValue(dataNoticeKey);
  if (dismissed) return null;
  const dismiss = () => {
    setDismissed(new Date(now()).toISOString());
    // The button goes away with the notice; keep keyboard users in the page rather than at its top.
    document.getElementById('main')?.focus({ preventScroll: true });
  };
  return (
    <section className="app-notice data-notice" aria-labelledby="data-notice-title">
      <svg className="app-notice-icon" aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
        <path d="M7 10.5V7.5a5 5 0 0 1 10 0v3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        <rect x="4" y="10.5" width="16" height="11" rx="2.5" fill="currentColor" />
      </svg>
      <div className="app-notice-text">
        <h2 id="data-notice-title">{t('dataNotice.title')}</h2>
        <p>{t('dataNotice.body')}</p>
        <p>
          {t('dataNotice.backup')} <Link to={paths.settings}>{t('dataNotice.more')}</Link>
        </p>
      </div>
      <div className="app-notice-actions">
        <button type="button" className="btn btn-small" onClick={dismiss}>
          {t('dataNotice.dismiss')}
        </button>
      </div>
    </section>
  );
}
