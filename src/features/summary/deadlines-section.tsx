// The legal deadlines that apply to this profile; passed ones stay listed, since the duty still applies.
// Deadline titles are rule-set text (assessment language); the words around them follow the interface.
import type { TFunction } from '../../i18n/keys';
import { useTranslation } from '../../i18n/react';
import type { ApplicableDeadline } from '../../domain/evaluate';
import { textIn, type Language } from '../../domain/text';
import type { Formatters } from '../../hooks/use-formatters';

interface DeadlinesProps {
  deadlines: readonly ApplicableDeadline[];
  language: Language;
  format: Formatters;
}

/** "in 12 days", "in about 7 months", "passed 3 days ago; the duty still applies". */
function deadlineWhen(d: ApplicableDeadline, t: TFunction<'summary'>): string {
  if (d.passed) return t('deadlines.passed', { count: -d.daysLeft });
  if (d.daysLeft === 0) return t('deadlines.today');
  if (d.daysLeft < 60) return t('deadlines.inDays', { count: d.daysLeft });
  return t('deadlines.inMonths', { count: Math.round(d.daysLeft / 30.4) });
}

export function DeadlinesSection({ deadlines, language, format }: DeadlinesProps) {
  const { t } = useTranslation('summary');
  return (
    <section className="card summary-section" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('deadlines.title')}</h2>
      {deadlines.length === 0 ? (
        <p className="muted">{t('deadlines.none')}</p>
      ) : (
        <ol className="deadline-list">
          {deadlines.map((d) => (
            <li key={d.deadline.id} className={d.passed ? 'is-passed' : d.daysLeft <= 365 ? 'is-soon' : undefined}>
              <time dateTime={d.deadline.date} className="deadline-date">
                {format.date(d.deadline.date)}
              </time>
              <div>
                <p className="deadline-title">
                  {textIn(d.deadline.title, language)}{' '}
                  {d.passed && <span className="badge badge-not_met">{t('deadlines.passedBadge')}</span>}
                </p>
                <p className="deadline-meta">
                  <span className="muted">{deadlineWhen(d, t)}</span>{' '}
                  {d.refs.map((r) => (
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
