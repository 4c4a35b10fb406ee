// The glossary terms an item uses, each with its short definition shown on demand and a link to the full glossary.
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { RuleSet } from '../../domain/rule-set';
import { textIn, type Language } from '../../domain/text';

interface GlossaryTermsProps {
  itemId: string;
  terms: readonly string[];
  glossary: RuleSet['glossary'];
  language: Language;
}

export function GlossaryTerms({ itemId, terms, glossary, language }: GlossaryTermsProps) {
  const { t } = useTranslation('firstrun');
  const { t: tc } = useTranslation('checklist');
  const [open, setOpen] = useState<string | null>(null);
  const known = terms.filter((key) => glossary[key]);
  if (known.length === 0) return null;
  const openEntry = open ? glossary[open] : undefined;
  const panelId = `glossary-${itemId}`;
  return (
    <div className="glossary-terms">
      <span className="glossary-label">{tc('item.terms')}</span>
      {known.map((key) => (
        <button
          key={key}
          type="button"
          className="glossary-term"
          aria-expanded={open === key}
          aria-controls={panelId}
          onClick={() => setOpen(open === key ? null : key)}
        >
          {textIn(glossary[key]!.term, language)}
          <span aria-hidden="true" className="glossary-term-icon">
            ?
          </span>
        </button>
      ))}
      <div id={panelId} className="glossary-definition" aria-live="polite" hidden={!openEntry}>
        {openEntry && (
          <p>
            <strong>{textIn(openEntry.term, language)}:</strong> {textIn(openEntry.definition, language)}{' '}
            <Link className="glossary-more" to={paths.glossary(open ?? '')}>
              {t('glossary.full')} →
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
