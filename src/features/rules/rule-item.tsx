// One rule-set item as read-only reference: question, severity, who it applies to, references, guidance.
import { memo } from 'react';
import { useStatusWords } from '../../components/status-text';
import { describeCondition } from '../../domain/condition-text';
import type { Item, RuleSet } from '../../domain/rule-set';
import { textIn } from '../../domain/text';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const formatDate = (iso: string) => {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? iso : dateFormat.format(t);
};

export const RuleItem = memo(function RuleItem({ item, ruleSet }: { item: Item; ruleSet: RuleSet }) {
  const words = useStatusWords();
  const deadline = item.deadline ? ruleSet.deadlines.find((d) => d.id === item.deadline) : undefined;
  const terms = (item.terms ?? []).map((t) => ruleSet.glossary[t]).filter((t) => t !== undefined);
  return (
    <li className="rule-item" id={`rule-${item.id}`}>
      <div className="rule-item-head">
        <h3 className="rule-question">{textIn(item.question)}</h3>
        <span className={`badge severity-${item.severity}`}>{words.severity[item.severity]}</span>
      </div>
      <p className="rule-applies">
        <span className="rule-label">Applies to: </span>
        {describeCondition(item.appliesWhen)}
      </p>
      <p className="rule-refs">
        <span className="visually-hidden">References: </span>
        {item.refs.map((r) => (
          <span key={r} className="ref">
            {r}
          </span>
        ))}
      </p>
      {deadline && (
        <p className="rule-deadline">
          <span className="rule-label">Deadline: </span>
          {formatDate(deadline.date)}, {textIn(deadline.title)}
        </p>
      )}
      {item.underRevision && (
        <p className="rule-revision">
          <span className="badge badge-partial">Under revision</span> {textIn(item.underRevision)}
        </p>
      )}
      <details className="rule-guidance">
        <summary>Guidance: what to do and what shows it</summary>
        <p>{textIn(item.guidance)}</p>
        {terms.length > 0 && (
          <dl className="rule-terms">
            {terms.map((t) => (
              <div key={textIn(t.term)}>
                <dt>{textIn(t.term)}</dt>
                <dd>{textIn(t.definition)}</dd>
              </div>
            ))}
          </dl>
        )}
      </details>
      <p className="rule-id muted">Item {item.id}</p>
    </li>
  );
});
