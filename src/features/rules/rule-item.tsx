// One rule-set item as read-only reference: question, severity, who it applies to, references, guidance.
import { memo } from 'react';
import { useTranslation } from '../../i18n/react';
import { useStatusWords } from '../../components/status-text';
import { describeCondition } from '../../domain/condition-text';
import { refText, type Item, type RuleSet } from '../../domain/rule-set';
import { textIn, type Language } from '../../domain/text';

const locales: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** A YYYY-MM-DD date written out in `language`, e.g. "26 May 2024", "26 mai 2024", "26. Mai 2024". */
export function formatDate(iso: string, language: Language = 'en'): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? iso : format.format(t);
}

/** One item, its rule-set text in `language` (the interface language: the rules browser belongs to no assessment). */
export const RuleItem = memo(function RuleItem({ item, ruleSet, language }: { item: Item; ruleSet: RuleSet; language: Language }) {
  const { t } = useTranslation('rules');
  const words = useStatusWords();
  const deadline = item.deadline ? ruleSet.deadlines.find((d) => d.id === item.deadline) : undefined;
  const terms = (item.terms ?? []).map((t) => ruleSet.glossary[t]).filter((t) => t !== undefined);
  return (
    <li className="rule-item" id={`rule-${item.id}`}>
      <div className="rule-item-head">
        <h3 className="rule-question">{textIn(item.question, language)}</h3>
        <span className={`badge severity-${item.severity}`}>{words.severity[item.severity]}</span>
      </div>
      <p className="rule-applies">
        <span className="rule-label">{t('item.appliesTo')} </span>
        {describeCondition(item.appliesWhen, language)}
      </p>
      <p className="rule-refs">
        <span className="visually-hidden">{t('item.references')} </span>
        {item.refs.map((r) => (
          <span key={refText(r)} className="ref">
            {refText(r)}
            {typeof r !== 'string' && <span className="ref-when"> {t('item.refOnlyIf', { condition: describeCondition(r.when, language) })}</span>}
          </span>
        ))}
      </p>
      {deadline && (
        <p className="rule-deadline">
          <span className="rule-label">{t('item.deadline')} </span>
          {t('item.deadlineText', { date: formatDate(deadline.date, language), title: textIn(deadline.title, language) })}
        </p>
      )}
      {item.underRevision && (
        <p className="rule-revision">
          <span className="badge badge-partial">{t('item.underRevision')}</span> {textIn(item.underRevision, language)}
        </p>
      )}
      <details className="rule-guidance">
        <summary>{t('item.guidance')}</summary>
        <p>{textIn(item.guidance, language)}</p>
        {terms.length > 0 && (
          <dl className="rule-terms">
            {terms.map((term) => (
              <div key={textIn(term.term)}>
                <dt>{textIn(term.term, language)}</dt>
                <dd>{textIn(term.definition, language)}</dd>
              </div>
            ))}
          </dl>
        )}
      </details>
      <p className="rule-id muted">{t('item.id', { id: item.id })}</p>
    </li>
  );
});
