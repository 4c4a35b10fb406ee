// A gentle reminder to back up when work in no backup file has waited longer than the chosen days, with a one-click backup.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { useQuietAssessmentList, useSettings } from '../db/live-lazy';
import { backupReminder, snoozeMs } from '../domain/backup-reminder';
import { backUpEverything, type BackupOutcome } from '../hooks/back-up-everything';
import { useLocalValue } from '../hooks/use-local-value';
import { now, useNow } from '../stores/clock';

export const backupSnoozeKey = 'mdr-readiness.backup-reminder-snoozed-until';

export function BackupReminder() {
  const { t } = useTranslation('firstrun');
  const rows = useQuietAssessmentList();
  const settings = useSettings();
  const clock = useNow();
  const [snoozedUntil, setSnoozedUntil] = useLocalValue(backupSnoozeKey);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);

  const state =
    rows && settings ? backupReminder({ assessments: rows, now: clock, afterDays: settings.backupReminderDays, snoozedUntil: Number(snoozedUntil) || null }) : null;

  // A success message goes after a while; a failure stays until closed.
  useEffect(() => {
    if (!outcome?.ok) return;
    const timer = setTimeout(() => setOutcome(null), 12_000);
    return () => clearTimeout(timer);
  }, [outcome]);

  const backUp = async () => {
    setBusy(true);
    setOutcome(await backUpEverything());
    setBusy(false);
  };

  const lastBackup =
    state?.daysSinceBackup === null ? t('reminder.never') : state?.daysSinceBackup === 0 ? t('reminder.lastToday') : t('reminder.last', { count: state?.daysSinceBackup ?? 0 });

  return (
    <>
      {state?.due && (
        <section className="app-notice backup-reminder" aria-labelledby="backup-reminder-title">
          <svg className="app-notice-icon" aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
            <path d="M12 3v11m0 0-4.5-4.5M12 14l4.5-4.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
            <path d="M4 15v3.5A2.5 2.5 0 0 0 6.5 21h11a2.5 2.5 0 0 0 2.5-2.5V15" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <div className="app-notice-text">
            <h2 id="backup-reminder-title">{t('reminder.title')}</h2>
            <p>
              {t('reminder.changed', { count: state.unbacked })} {lastBackup}
            </p>
            <p className="muted">
              {t('reminder.why')} <Link to={paths.settings}>{t('reminder.settings')}</Link>
            </p>
          </div>
          <div className="app-notice-actions">
            <button type="button" className="btn btn-primary btn-small" onClick={() => void backUp()} disabled={busy} aria-busy={busy}>
              {busy ? t('reminder.backingUp') : t('reminder.backUp')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setSnoozedUntil(String(now() + snoozeMs))}>
              {t('reminder.later')}
            </button>
          </div>
        </section>
      )}
      <div className="app-notice-status" role="status" aria-live="polite">
        {outcome && (
          <p className={outcome.ok ? 'app-notice-done' : 'app-notice-failed'}>
            <span>{outcome.ok ? t('reminder.done', { count: outcome.count, fileName: outcome.fileName }) : t('reminder.failed', { reason: outcome.error })}</span>
            <button type="button" className="app-notice-close" aria-label={t('reminder.close')} onClick={() => setOutcome(null)}>
              ×
            </button>
          </p>
        )}
      </div>
    </>
  );
}
