// "Update available — Reload": a non-blocking toast; the app reloads only when the user clicks, after
// every pending write has reached the database.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushPendingWrites } from './flush-writes';
import './update-prompt.css';

/** How often an open app asks the server for a new version (only when online). */
const updateCheckMs = 60 * 60 * 1000;

export function UpdatePrompt() {
  const { t } = useTranslation();
  // True once this tab asked the new version to take over; only then may it reload itself.
  const requested = useRef(false);
  // A new version took over from another tab: this tab keeps running until the user reloads it.
  const [activeElsewhere, setActiveElsewhere] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, updateCheckMs);
    },
    // Called when the new version controls this page. The plugin's default is to reload at once,
    // which would throw away what the user is typing if another tab triggered the update.
    onNeedReload() {
      if (requested.current) window.location.reload();
      else setActiveElsewhere(true);
    },
  });

  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), 8000);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  const reload = async () => {
    setBusy(true);
    setProblem(null);
    const flushed = await flushPendingWrites();
    if (!flushed.ok) {
      setBusy(false);
      setProblem(t('update.notReloaded', { reason: flushed.error }));
      return;
    }
    if (activeElsewhere) {
      window.location.reload();
      return;
    }
    requested.current = true;
    await updateServiceWorker(true);
  };

  if (needRefresh || activeElsewhere) {
    return (
      <div className="update-toast" role="status" aria-live="polite">
        <p>
          <strong>{t('update.available')}</strong> {activeElsewhere ? t('update.installedElsewhere') : t('update.ready')} {t('update.kept')}
        </p>
        {problem && <p className="update-toast-problem">{problem}</p>}
        <div className="update-toast-actions">
          <button type="button" className="btn btn-primary btn-small" onClick={() => void reload()} disabled={busy}>
            {busy ? t('update.saving') : t('update.reload')}
          </button>
          {!activeElsewhere && (
            <button type="button" className="btn btn-small" onClick={() => setNeedRefresh(false)} disabled={busy}>
              {t('update.later')}
            </button>
          )}
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="update-toast" role="status" aria-live="polite">
        <p>
          <strong>{t('update.offlineTitle')}</strong> {t('update.offlineText')}
        </p>
        <div className="update-toast-actions">
          <button type="button" className="btn btn-small" onClick={() => setOfflineReady(false)}>
            {t('update.close')}
          </button>
        </div>
      </div>
    );
  }
  return null;
}
