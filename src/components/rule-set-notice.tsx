// A dismissible notice telling the user that the checklist changed since the assessment was answered.
import { useState } from 'react';
import { useTranslation } from '../i18n/react';
import type { RuleSetChange } from '../domain/rule-set-change';
import './rule-set-notice.css';

interface Props {
  change: RuleSetChange | null | undefined;
  /** Records the new version (update) so the notice does not come back; returns an error message on failure. */
  onAcknowledge: () => Promise<string | null>;
}

/** The sentences the notice shows, in the interface language: what changed, then what happened to the answers. */
function useChangeLines(change: RuleSetChange): string[] {
  const { t } = useTranslation();
  const versions = { from: change.from.version, to: change.to.version };
  const lines = [
    change.kind === 'update'
      ? t('ruleSetNotice.updated', versions)
      : change.kind === 'older'
        ? t('ruleSetNotice.older', versions)
        : t('ruleSetNotice.other', { ...versions, fromId: change.from.id, toId: change.to.id }),
  ];
  if (change.added !== null && change.removed !== null) {
    lines.push(
      t('ruleSetNotice.addedAndRemoved', {
        added: t('ruleSetNotice.added', { count: change.added.length }),
        removed: t('ruleSetNotice.removed', { count: change.removed.length }),
      }),
    );
  } else if (change.kind === 'update') {
    lines.push(t('ruleSetNotice.newItems'));
  }
  if (change.archivedAnswerIds.length > 0) lines.push(t('ruleSetNotice.archived', { count: change.archivedAnswerIds.length }));
  return lines;
}

export function RuleSetNotice({ change, onAcknowledge }: Props) {
  const [hidden, setHidden] = useState(false);
  if (!change || hidden) return null;
  return <ChangeNotice change={change} onAcknowledge={onAcknowledge} onHide={() => setHidden(true)} />;
}

function ChangeNotice({ change, onAcknowledge, onHide }: { change: RuleSetChange; onAcknowledge: () => Promise<string | null>; onHide: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [first, ...rest] = useChangeLines(change);
  const dismiss = async () => {
    // An older or different rule set is not recorded as adopted (that would claim answers were checked
    // against items they never saw); the notice just goes away for this visit.
    if (change.kind === 'update') {
      const failed = await onAcknowledge();
      if (failed) {
        setError(failed);
        return;
      }
    }
    onHide();
  };
  return (
    <div className="rule-set-notice-wrap">
      <section className="rule-set-notice" role="status" aria-live="polite" aria-label={t('ruleSetNotice.label')}>
        <div>
          <p className="rule-set-notice-title">{first}</p>
          {rest.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {error && <p className="error">{t('ruleSetNotice.recordFailed', { reason: error })}</p>}
        </div>
        <button type="button" className="btn btn-small" onClick={() => void dismiss()}>
          {change.kind === 'update' ? t('ruleSetNotice.gotIt') : t('ruleSetNotice.dismiss')}
        </button>
      </section>
    </div>
  );
}
