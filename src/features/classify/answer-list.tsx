// The answers given so far, each with a button to change it.
import type { AnswerValue, VisibleQuestion } from '../../domain/classification';

export function answerLabel(question: VisibleQuestion, value: AnswerValue): string {
  if (question.type === 'yesNo') return value === true ? 'Yes' : 'No';
  const values = Array.isArray(value) ? value : [value];
  return values.map((v) => question.options.find((o) => o.value === v)?.label ?? String(v)).join('; ');
}

interface AnswerListProps {
  questions: readonly VisibleQuestion[];
  answers: Readonly<Record<string, AnswerValue>>;
  editing: string | null;
  onChange: (questionId: string) => void;
}

export function AnswerList({ questions, answers, editing, onChange }: AnswerListProps) {
  const answered = questions.filter((q) => answers[q.id] !== undefined);
  if (answered.length === 0) return null;
  return (
    <section className="answer-list" aria-labelledby="answer-list-title">
      <h2 id="answer-list-title">Your answers</h2>
      <ol>
        {answered.map((q) => (
          <li key={q.id} className={editing === q.id ? 'is-editing' : undefined}>
            <div className="answer-list-text">
              <span className="answer-list-question">
                <span className="answer-list-group">{q.group}</span>
                <span aria-hidden="true"> · </span>
                {q.text}
              </span>
              <span className="answer-list-answer">{answerLabel(q, answers[q.id]!)}</span>
            </div>
            {editing === q.id ? (
              <span className="badge">Changing</span>
            ) : (
              <button type="button" className="btn btn-small" onClick={() => onChange(q.id)} aria-label={`Change the answer to: ${q.text}`}>
                Change
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
