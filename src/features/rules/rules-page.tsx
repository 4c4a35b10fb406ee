// The rule set as a reference: every area and item with who it applies to, searchable by words or reference.
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeCondition } from '../../domain/condition-text';
import type { Area, Item } from '../../domain/rule-set';
import { textIn } from '../../domain/text';
import { useHashTarget } from '../../hooks/use-hash-target';
import { useRuleSet } from '../../hooks/use-rule-set';
import { isLanguage } from '../../i18n/languages';
import { formatDate, RuleItem } from './rule-item';
import { matcher, searchIndex } from './rule-search';
import './rules.css';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function RulesPage() {
  const ruleSet = useRuleSet();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const index = useMemo(() => searchIndex(ruleSet), [ruleSet]);
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
  // The glossary follows the interface language: people arrive here from a term they did not know.
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const glossary = Object.entries(ruleSet.glossary).sort(([, a], [, b]) => textIn(a.term, language).localeCompare(textIn(b.term, language), language));
  useHashTarget(!shown.filtered);

  return (
    <div className="page rules-page">
      <header className="rules-head">
        <h1>MDR rules</h1>
        <p className="rules-title">{textIn(ruleSet.title)}</p>
        <p className="rules-meta muted">
          <span>Version {ruleSet.version}</span>
          <span>Content current to {formatDate(ruleSet.effectiveDate)}</span>
          <span>
            {count(itemCount, 'item', 'items')} in {count(ruleSet.areas.length, 'area', 'areas')}
          </span>
        </p>
        <details className="rules-sources">
          <summary>Sources</summary>
          <ul>
            {ruleSet.sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      </header>

      <div className="rules-search" role="search">
        <label htmlFor="rules-search">Search the rules</label>
        <input
          id="rules-search"
          type="search"
          placeholder="Words or a reference, e.g. “Art. 15”, “ISO 14971” or “label”"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          aria-describedby="rules-search-result"
        />
        <p id="rules-search-result" className="muted" role="status" aria-live="polite">
          {shown.filtered ? (matchCount === 0 ? `Nothing matches “${deferred.trim()}”.` : `${count(matchCount, 'item matches', 'items match')} in ${count(shown.areas.length, 'area', 'areas')}.`) : ''}
        </p>
      </div>

      <div className="rules-layout">
        {!shown.filtered && (
          <nav className="rules-toc card" aria-label="Areas">
            <h2>Areas</h2>
            <ol>
              {ruleSet.areas.map((a) => (
                <li key={a.id}>
                  <a href={`#area-${a.id}`}>{textIn(a.title)}</a> <span className="muted">({a.items.length})</span>
                </li>
              ))}
              {ruleSet.deadlines.length > 0 && (
                <li className="rules-toc-extra">
                  <a href="#key-dates">Key dates</a>
                </li>
              )}
              {glossary.length > 0 && (
                <li className="rules-toc-extra">
                  <a href="#glossary">Glossary</a>
                </li>
              )}
            </ol>
          </nav>
        )}
        <div className="rules-content">
          {shown.areas.map(({ area, items }) => (
            <AreaSection key={area.id} area={area} items={items} />
          ))}

          {!shown.filtered && ruleSet.deadlines.length > 0 && (
            <section className="rules-area" id="key-dates" aria-labelledby="key-dates-title">
              <h2 id="key-dates-title">Key dates</h2>
              <ul className="rules-deadlines card">
                {[...ruleSet.deadlines].sort((a, b) => a.date.localeCompare(b.date)).map((d) => (
                  <li key={d.id}>
                    <time dateTime={d.date}>{formatDate(d.date)}</time>
                    <div>
                      <p>{textIn(d.title)}</p>
                      <p className="muted rules-deadline-who">{d.appliesWhen ? `For: ${describeCondition(d.appliesWhen)}` : 'For every firm'}</p>
                      <p className="rule-refs">
                        {d.refs.map((r) => (
                          <span key={r} className="ref">
                            {r}
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
              <h2 id="glossary-title">Glossary</h2>
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

function AreaSection({ area, items }: { area: Area; items: Item[] }) {
  const ruleSet = useRuleSet();
  return (
    <section className="rules-area" id={`area-${area.id}`} aria-labelledby={`area-${area.id}-title`}>
      <h2 id={`area-${area.id}-title`}>{textIn(area.title)}</h2>
      <p className="muted rules-area-summary">{textIn(area.summary)}</p>
      <ul className="rule-list">
        {items.map((item) => (
          <RuleItem key={item.id} item={item} ruleSet={ruleSet} />
        ))}
      </ul>
    </section>
  );
}
