// The legal deadlines that apply to this profile; passed ones stay listed, since the duty still applies.
import type { ApplicableDeadline } from '../../domain/evaluate';
import { textIn, type Language } from '../../domain/text';
import type { Formatters } from '../../hooks/use-formatters';

interface DeadlinesProps {
  deadlines: readonly ApplicableDeadline[];
  language: Language;
  format: Formatters;
}

function whenText(d: ApplicableDeadline): string {
  if (d.passed) return `passed ${-d.daysLeft} ${d.daysLeft === -1 ? 'day' : 'days'} ago; the duty still applies`;
  if (d.daysLeft === 0) return 'today';
  if (d.daysLeft < 60) return `in ${d.daysLeft} ${d.daysLeft === 1 ? 'day' : 'days'}`;
  const months = Math.round(d.daysLeft / 30.4);
  return `in about ${months} months`;
}

export function DeadlinesSection({ deadlines, language, format }: DeadlinesProps) {
  return (
    <section className="card summary-section" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">Deadlines that apply</h2>
      {deadlines.length === 0 ? (
        <p className="muted">No dated deadline in the rule set applies to this profile.</p>
      ) : (
        <ol className="deadline-list">
          {deadlines.map((d) => (
            <li key={d.deadline.id} className={d.passed ? 'is-passed' : d.daysLeft <= 365 ? 'is-soon' : undefined}>
              <time dateTime={d.deadline.date} className="deadline-date">
                {format.date(d.deadline.date)}
              </time>
              <div>
                <p className="deadline-title">
                  {textIn(d.deadline.title, language)} {d.passed && <span className="badge badge-not_met">Passed, still relevant</span>}
                </p>
                <p className="deadline-meta">
                  <span className="muted">{whenText(d)}</span>{' '}
                  {d.deadline.refs.map((r) => (
                    <span key={r} className="ref">
                      {r}
                    </span>
                  ))}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
