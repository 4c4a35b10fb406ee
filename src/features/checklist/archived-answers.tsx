// Answers to items the current rule set no longer has: kept and shown, never dropped.
import { useTranslation } from '../../i18n/react';
import type { Answer } from '../../domain/answer';
import { useStatusWords } from '../../components/status-text';

export function ArchivedAnswers({ answers }: { answers: readonly Answer[] }) {
  const words = useStatusWords();
  const { t } = useTranslation('checklist');
  if (answers.length === 0) return null;
  return (
    <details className="archived-answers card">
      <summary>{t('archived.summary', { number: answers.length })}</summary>
      <p className="muted">{t('archived.text')}</p>
      <ul className="archived-list">
        {answers.map((a) => (
          <li key={a.itemId}>
            <code>{a.itemId}</code> <span className="badge">{words.status[a.status ?? 'unanswered']}</span>
            {a.note && <p className="archived-note">{a.note}</p>}
            {(a.owner || a.evidence) && (
              <p className="muted archived-meta">
                {[a.owner && t('archived.owner', { owner: a.owner }), a.evidence && t('archived.evidence', { evidence: a.evidence })].filter(Boolean).join(' ')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
