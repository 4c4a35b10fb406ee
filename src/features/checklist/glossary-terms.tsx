// The glossary terms an item uses, each with its short definition shown on demand.
import { useState } from 'react';
import type { RuleSet } from '../../domain/rule-set';
import { textIn, type Language } from '../../domain/text';

interface GlossaryTermsProps {
  itemId: string;
  terms: readonly string[];
  glossary: RuleSet['glossary'];
  language: Language;
}

export function GlossaryTerms({ itemId, terms, glossary, language }: GlossaryTermsProps) {
  const [open, setOpen] = useState<string | null>(null);
  const known = terms.filter((t) => glossary[t]);
  if (known.length === 0) return null;
  const openEntry = open ? glossary[open] : undefined;
  const panelId = `glossary-${itemId}`;
  return (
    <div className="glossary-terms">
      <span className="glossary-label">Terms:</span>
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
            <strong>{textIn(openEntry.term, language)}:</strong> {textIn(openEntry.definition, language)}
          </p>
        )}
      </div>
    </div>
  );
}
