// The rule set as a reference: every area and item with who it applies to, searchable by words or reference.
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { describeCondition } from '../../domain/condition-text';
import { refText, type Area, type Item } from '../../domain/rule-set';
import { textIn, type Language } from '../../domain/text';
import { useHashTarget } from '../../hooks/use-hash-target';
import { useRuleSet } from '../../hooks/use-rule-set';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { formatDate, RuleItem } from './rule-item';
import { matcher, searchIndex } from './rule-search';
import './rules.css';

export function RulesPage() {
  const { t } = useTranslation('rules');
  // The rule set is shown in the interface language: this screen belongs to no assessment. People also
  // arrive here from a glossary term they did not know.
  const language = useUiLanguage();
  const ruleSet = useRuleSet();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const index = useMemo(() => searchIndex(ruleSet, language), [ruleSet, language]);
  const itemCount = index.length;

  const shown = useMemo(() => {
    const test = matcher(deferred);
    const byArea = new Map<string, Item[]>();
    for (const entry of index) {
      if (test && !test(entry.text)) continue;
      const list = byArea.get(entry.area.id) ?? [];
      list.push(entry.item);
      byArea.set(entry.area.id, list);
    }
    return { filtered: test !== null, areas: ruleSet.areas.filter((a) => byArea.has(a.id)).map((area) => ({ area, items: byArea.get(area.id)! })) };
  }, [index, deferred, ruleSet]);
  const matchCount = shown.areas.reduce((n, a) => n + a.items.length, 0);
  const glossary = Object.entries(ruleSet.glossary).sort(([, a], [, b]) => textIn(a.term, language).localeCompare(textIn(b.term, language), language));
  useHashTarget(!shown.filtered);

  return (
    <div className="page rules-page">
      <header className="rules-head">
        <h1>{t('title')}</h1>
        <p className="rules-title">{textIn(ruleSet.title, language)}</p>
        <p className="rules-meta muted">
          <span>{t('version', { version: ruleSet.version })}</span>
          <span>{t('currentTo', { date: formatDate(ruleSet.effectiveDate, language) })}</span>
          {ruleSet.reviewedOn && <span>{t('reviewedOn', { date: formatDate(ruleSet.reviewedOn, language) })}</span>}
          <span>{t('itemsInAreas', { items: t('items', { count: itemCount }), areas: t('areas', { count: ruleSet.areas.length }) })}</span>
        </p>
        <details className="rules-sources">
          <summary>{t('sources')}</summary>
          <ul>
            {ruleSet.sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      </header>

      <div className="rules-search" role="search">
        <label htmlFor="rules-search">{t('search.label')}</label>
        <input
          id="rules-search"
          type="search"
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          aria-describedby="rules-search-result"
        />
        <p id="rules-search-result" className="muted" role="status" aria-live="polite">
          {shown.filtered
            ? matchCount === 0
              ? t('search.none', { query: deferred.trim() })
              : t('search.result', { matches: t('search.matches', { count: matchCount }), areas: t('areas', { count: shown.areas.length }) })
            : ''}
        </p>
      </div>

      <div className="rules-layout">
        {!shown.filtered && (
          <nav className="rules-toc card" aria-label={t('areasNav')}>
            <h2>{t('areasNav')}</h2>
            <ol>
              {ruleSet.areas.map((a) => (
                <li key={a.id}>
                  <a href={`#area-${a.id}`}>{textIn(a.title, language)}</a> <span className="muted">({a.items.length})</span>
                </li>
              ))}
              {ruleSet.deadlines.length > 0 && (
                <li className="rules-toc-extra">
                  <a href="#key-dates">{t('keyDates')}</a>
                </li>
              )}
              {glossary.length > 0 && (
                <li className="rules-toc-extra">
                  <a href="#glossary">{t('glossary')}</a>
                </li>
              )}
            </ol>
          </nav>
        )}
        <div className="rules-content">
          {shown.areas.map(({ area, items }) => (
            <AreaSection key={area.id} area={area} items={items} language={language} />
          ))}

          {!shown.filtered && ruleSet.deadlines.length > 0 && (
            <section className="rules-area" id="key-dates" aria-labelledby="key-dates-title">
              <h2 id="key-dates-title">{t('keyDates')}</h2>
              <ul className="rules-deadlines card">
                {[...ruleSet.deadlines].sort((a, b) => a.date.localeCompare(b.date)).map((d) => (
                  <li key={d.id}>
                    <time dateTime={d.date}>{formatDate(d.date, language)}</time>
                    <div>
                      <p>{textIn(d.title, language)}</p>
                      <p className="muted rules-deadline-who">
                        {d.appliesWhen ? t('deadlineFor', { who: describeCondition(d.appliesWhen, language) }) : t('deadlineForAll')}
                      </p>
                      <p className="rule-refs">
                        {d.refs.map((r) => (
                          <span key={refText(r)} className="ref">
                            {refText(r)}
                            {typeof r !== 'string' && <span className="ref-when"> {t('item.refOnlyIf', { condition: describeCondition(r.when, language) })}</span>}
                          </span>
                        ))}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {!shown.filtered && glossary.length > 0 && (
            <section className="rules-area" id="glossary" aria-labelledby="glossary-title">
              <h2 id="glossary-title">{t('glossary')}</h2>
              <dl className="rules-glossary card">
                {glossary.map(([key, entry]) => (
                  <div key={key} id={`term-${key}`}>
                    <dt>{textIn(entry.term, language)}</dt>
                    <dd>{textIn(entry.definition, language)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}

function AreaSection({ area, items, language }: { area: Area; items: Item[]; language: Language }) {
  const ruleSet = useRuleSet();
  return (
    <section className="rules-area" id={`area-${area.id}`} aria-labelledby={`area-${area.id}-title`}>
      <h2 id={`area-${area.id}-title`}>{textIn(area.title, language)}</h2>
      <p className="muted rules-area-summary">{textIn(area.summary, language)}</p>
      <ul className="rule-list">
        {items.map((item) => (
          <RuleItem key={item.id} item={item} ruleSet={ruleSet} language={language} />
        ))}
      </ul>
    </section>
  );
}
