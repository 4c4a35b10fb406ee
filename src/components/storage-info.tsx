// Settings panel: whether the browser keeps this site's data for good, and how much space it uses.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { useFormatters } from '../hooks/use-formatters';
import { useUiLanguage } from '../hooks/use-ui-language';
import { describeStorage, readStorageState, requestPersistentStorage, type StorageReport, type StorageState } from './storage-state';
import './storage-info.css';

function useUsageText(usage: StorageReport['usage']): string | null {
  const { t } = useTranslation('settings');
  const { percent } = useFormatters('EUR', useUiLanguage());
  if (!usage) return null;
  if (!('quota' in usage)) return t('storage.usageOnly', { used: usage.used });
  // Under 1 % reads as "under 1%" rather than a misleading "0%".
  return usage.share < 0.01
    ? t('storage.usageUnder1', { used: usage.used, quota: usage.quota, share: percent(0.01) })
    : t('storage.usage', { used: usage.used, quota: usage.quota, share: percent(usage.share) });
}

export function StorageInfo() {
  const { t } = useTranslation('settings');
  const language = useUiLanguage();
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

  const report = state ? describeStorage(state, language) : null;
  const usage = useUsageText(report?.usage ?? null);
  if (!state || !report) return <p className="muted">{t('storage.checking')}</p>;
  return (
    <section className="storage-info" aria-labelledby="storage-info-title">
      <h2 id="storage-info-title">{t('storage.title')}</h2>
      <p className={`storage-protection ${state.persisted ? 'storage-ok' : 'storage-warn'}`} role="status" aria-live="polite">
        <span aria-hidden="true">{state.persisted ? '✓ ' : '! '}</span>
        {t(`storage.${report.protection}`)}
      </p>
      {usage && <p>{usage}</p>}
      {state.persisted === false && state.canPersist && (
        <p>
          <button type="button" className="btn btn-small" onClick={() => void ask()} disabled={asking}>
            {t('storage.ask')}
          </button>
          {refused && (
            <span className="muted storage-refused">
              {' '}
              {t('storage.refused')}
            </span>
          )}
        </p>
      )}
    </section>
  );
}
