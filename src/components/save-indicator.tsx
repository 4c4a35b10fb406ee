// "Saved" / "Saving…" / "Not saved: reason" from the results of real writes.
import { retryFailedWrites, useSaveStatus } from '../stores/save-status';
import './save-indicator.css';

export function SaveIndicator() {
  const state = useSaveStatus((s) => s.state);
  return (
    <div className={`save-indicator save-${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'saving' && <span>Saving…</span>}
      {state.kind === 'saved' && <span>✓ Saved on this device</span>}
      {state.kind === 'idle' && <span>All changes are saved on this device</span>}
      {state.kind === 'error' && (
        <span>
          Not saved: {state.error}{' '}
          <button type="button" className="btn btn-small" onClick={() => void retryFailedWrites()}>
            Retry
          </button>
        </span>
      )}
    </div>
  );
}
