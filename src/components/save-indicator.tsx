// "Saved" / "Saving…" / "Not saved: reason" from the results of real writes.
import { useTranslation } from '../i18n/react';
import { retryFailedWrites, useSaveStatus } from '../stores/save-status';
import './save-indicator.css';

export function SaveIndicator() {
  const { t } = useTranslation();
  const state = useSaveStatus((s) => s.state);
  return (
    <div className={`save-indicator save-${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'saving' && <span>{t('save.saving')}</span>}
      {state.kind === 'saved' && <span>✓ {t('save.saved')}</span>}
      {state.kind === 'idle' && <span>{t('save.idle')}</span>}
      {state.kind === 'error' && (
        <span>
          {t('save.error', { reason: state.error })}{' '}
          <button type="button" className="btn btn-small" onClick={() => void retryFailedWrites()}>
            {t('save.retry')}
          </button>
        </span>
      )}
    </div>
  );
}
