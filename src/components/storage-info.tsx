// Settings panel: whether the browser keeps this site's data for good, and how much space it uses.
import { useCallback, useEffect, useState } from 'react';
import { describeStorage, readStorageState, requestPersistentStorage, type StorageState } from './storage-state';
import './storage-info.css';

export function StorageInfo() {
  const [state, setState] = useState<StorageState | undefined>(undefined);
  const [asking, setAsking] = useState(false);
  const [refused, setRefused] = useState(false);

  const refresh = useCallback(() => {
    void readStorageState().then(setState);
  }, []);
  useEffect(refresh, [refresh]);

  const ask = async () => {
    setAsking(true);
    const granted = await requestPersistentStorage();
    setRefused(!granted);
    setAsking(false);
    refresh();
  };

  if (!state) return <p className="muted">Checking this browser's storage…</p>;
  const text = describeStorage(state);
  return (
    <section className="storage-info" aria-labelledby="storage-info-title">
      <h2 id="storage-info-title">Storage on this device</h2>
      <p className={`storage-protection ${state.persisted ? 'storage-ok' : 'storage-warn'}`} role="status" aria-live="polite">
        <span aria-hidden="true">{state.persisted ? '✓ ' : '! '}</span>
        {text.protection}
      </p>
      {text.usage && <p>{text.usage}</p>}
      {state.persisted === false && state.canPersist && (
        <p>
          <button type="button" className="btn btn-small" onClick={() => void ask()} disabled={asking}>
            Ask the browser to keep my data
          </button>
          {refused && (
            <span className="muted storage-refused">
              {' '}
              The browser said no. Installing the app (browser menu → Install) usually lets it keep the data; export a backup regularly either way.
            </span>
          )}
        </p>
      )}
    </section>
  );
}
