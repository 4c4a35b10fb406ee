// Answers to items the current rule set no longer has: kept and shown, never dropped.
import type { Answer } from '../../domain/answer';
import { useStatusWords } from '../../components/status-text';

export function ArchivedAnswers({ answers }: { answers: readonly Answer[] }) {
  const words = useStatusWords();
  if (answers.length === 0) return null;
  return (
    <details className="archived-answers card">
      <summary>
        Archived answers ({answers.length}): items no longer in this rule set
      </summary>
      <p className="muted">
        The rule set was updated and these items were removed or renamed. Your answers are kept here, and in exports, so nothing you wrote is lost.
        They do not count towards readiness or cost.
      </p>
      <ul className="archived-list">
        {answers.map((a) => (
          <li key={a.itemId}>
            <code>{a.itemId}</code> <span className="badge">{words.status[a.status ?? 'unanswered']}</span>
            {a.note && <p className="archived-note">{a.note}</p>}
            {(a.owner || a.evidence) && (
              <p className="muted archived-meta">
                {a.owner && <>Owner: {a.owner}. </>}
                {a.evidence && <>Evidence: {a.evidence}</>}
              </p>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
