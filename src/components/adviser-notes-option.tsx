// "Include the adviser's notes" for the PDF report: offered only when there are any, and off by default,
// because the report usually goes to the firm and beyond.
import { useId } from 'react';
import { useTranslation } from '../i18n/react';
import type { Evaluation } from '../domain/evaluate';
import './adviser-notes-option.css';

export function countAdviserNotes(evaluation: Evaluation): number {
  return evaluation.items.filter((e) => e.answer?.adviserNote).length;
}

interface AdviserNotesOptionProps {
  evaluation: Evaluation;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function AdviserNotesOption({ evaluation, checked, onChange }: AdviserNotesOptionProps) {
  const { t } = useTranslation('adviser');
  const id = useId();
  const count = countAdviserNotes(evaluation);
  if (count === 0) return null;
  return (
    <label htmlFor={id} className="adviser-notes-option">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {t('report.includeAdviserNotes', { count })}
    </label>
  );
}
