// A dismissible notice telling the user that the checklist changed since the assessment was answered.
import { useState } from 'react';
import { describeRuleSetChange, type RuleSetChange } from '../domain/rule-set-change';
import './rule-set-notice.css';

interface Props {
  change: RuleSetChange | null | undefined;
  /** Records the new version (update) so the notice does not come back; returns an error message on failure. */
  onAcknowledge: () => Promise<string | null>;
}

export function RuleSetNotice({ change, onAcknowledge }: Props) {
  const [hidden, setHidden] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!change || hidden) return null;
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
    setHidden(true);
  };
  const [first, ...rest] = describeRuleSetChange(change);
  return (
    <div className="rule-set-notice-wrap">
      <section className="rule-set-notice" role="status" aria-live="polite" aria-label="Checklist changed">
        <div>
          <p className="rule-set-notice-title">{first}</p>
          {rest.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {error && <p className="error">Could not record this: {error}</p>}
        </div>
        <button type="button" className="btn btn-small" onClick={() => void dismiss()}>
          {change.kind === 'update' ? 'Got it' : 'Dismiss'}
        </button>
      </section>
    </div>
  );
}
