// One checklist item: the question, its references and guidance, and the answer controls.
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Answer, AnswerStatus } from '../../domain/answer';
import type { EvaluatedItem } from '../../domain/evaluate';
import type { RuleSet } from '../../domain/rule-set';
import { textIn, type Language } from '../../domain/text';
import { useStatusWords } from '../../components/status-text';
import type { Formatters } from '../../hooks/use-formatters';
import { AnswerFields, DraftField } from './answer-fields';
import { useChecklistUi } from './checklist-store';
import { GlossaryTerms } from './glossary-terms';
import { StatusControl } from './status-control';

export interface ChecklistItemProps {
  assessmentId: string;
  evaluated: EvaluatedItem;
  position: number;
  focused: boolean;
  language: Language;
  glossary: RuleSet['glossary'];
  format: Formatters;
  /** Resolves to whether the answer was saved. */
  onSelectStatus: (itemId: string, status: AnswerStatus) => Promise<boolean>;
  onFocusItem: (itemId: string) => void;
}

export const itemElementId = (itemId: string) => `item-${itemId}`;

function hasText(answer: Answer | undefined): boolean {
  return !!answer && (answer.note !== '' || answer.evidence !== '' || answer.owner !== '' || answer.dueDate !== '' || answer.adviserNote !== '');
}

function ChecklistItemView({ assessmentId, evaluated, position, focused, language, glossary, format, onSelectStatus, onFocusItem }: ChecklistItemProps) {
  const words = useStatusWords();
  const { t } = useTranslation('checklist');
  const { item, status, answer, deadline } = evaluated;
  const id = item.id;
  const focusRequest = useChecklistUi((s) => (s.fieldFocus && s.fieldFocus.itemId === id ? s.fieldFocus : null));
  const [opened, setOpened] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const consumedNonce = useRef(0);
  const isGap = status === 'not_met' || status === 'partial';
  // Gaps open the fields by themselves: an owner and a due date are what turns a gap into a plan.
  const showFields = opened || isGap || hasText(answer) || focusRequest?.field === 'note';

  useEffect(() => {
    if (!focusRequest || consumedNonce.current === focusRequest.nonce) return;
    const target = focusRequest.field === 'note' ? noteRef.current : reasonRef.current;
    if (!target) return; // The field appears once the saved status arrives; this runs again then.
    consumedNonce.current = focusRequest.nonce;
    target.focus();
  }, [focusRequest, status, showFields]);

  const questionId = `q-${id}`;
  const statusLabelId = `status-label-${id}`;
  return (
    <article
      id={itemElementId(id)}
      data-item-id={id}
      className={`checklist-item status-${status}${focused ? ' is-focused' : ''}`}
      tabIndex={-1}
      aria-labelledby={questionId}
      aria-current={focused ? 'true' : undefined}
      onFocusCapture={() => onFocusItem(id)}
    >
      <div className="item-head">
        <span className="item-number" aria-hidden="true">
          {position}
        </span>
        <span className={`severity severity-${item.severity}`}>
          <span className="visually-hidden">{t('item.severity')}</span>
          {words.severity[item.severity]}
        </span>
        {status !== 'unanswered' && (
          <span className={`badge badge-${status}`}>
            <span className="visually-hidden">{t('item.answer')}</span>
            {words.status[status]}
          </span>
        )}
        {deadline && (
          <span className={`item-deadline${deadline.passed ? ' is-passed' : ''}`}>
            {t(deadline.passed ? 'item.deadlinePassed' : 'item.deadline', { date: format.date(deadline.deadline.date) })}
          </span>
        )}
      </div>
      <h3 id={questionId} className="item-question">
        {textIn(item.question, language)}
      </h3>
      <p className="item-refs">
        <span className="visually-hidden">{t('item.references')}</span>
        {evaluated.refs.map((ref) => (
          <span key={ref} className="ref">
            {ref}
          </span>
        ))}
      </p>
      {item.underRevision && (
        <p className="item-revision" role="note">
          <strong>{t('item.underRevision')}</strong> {textIn(item.underRevision, language)}
        </p>
      )}
      <details className="item-guidance">
        <summary>{t('item.guidance')}</summary>
        <p className="item-guidance-lead">{t('item.guidanceLead')}</p>
        <p className="item-guidance-text">{textIn(item.guidance, language)}</p>
      </details>
      {item.terms && <GlossaryTerms itemId={id} terms={item.terms} glossary={glossary} language={language} />}

      <div className="item-answer">
        <span id={statusLabelId} className="visually-hidden">
          {t('item.answerFor', { position })}
        </span>
        <StatusControl itemId={id} status={status} labelledBy={`${statusLabelId} ${questionId}`} onSelect={(s) => onSelectStatus(id, s)} />
        {status === 'not_applicable' && (
          <DraftField
            assessmentId={assessmentId}
            itemId={id}
            name="naReason"
            kind="textarea"
            label={t('item.naReason')}
            hint={t('item.naReasonHint')}
            saved={answer?.naReason ?? ''}
            maxLength={2000}
            inputRef={reasonRef}
          />
        )}
        {showFields ? (
          <AnswerFields assessmentId={assessmentId} itemId={id} answer={answer} noteRef={noteRef} />
        ) : (
          <button type="button" className="item-add-details" onClick={() => setOpened(true)}>
            {t('item.addDetails')}
          </button>
        )}
      </div>
    </article>
  );
}

function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof Answer)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Every live-query update builds a new evaluation, so items compare by content: only the item whose
 * answer (or focus) changed renders again.
 */
export const ChecklistItem = memo(ChecklistItemView, (prev, next) => {
  const p = prev.evaluated;
  const n = next.evaluated;
  return (
    p.item === n.item &&
    p.status === n.status &&
    sameAnswer(p.answer, n.answer) &&
    p.deadline?.deadline.id === n.deadline?.deadline.id &&
    p.deadline?.passed === n.deadline?.passed &&
    prev.focused === next.focused &&
    prev.position === next.position &&
    prev.assessmentId === next.assessmentId &&
    prev.language === next.language &&
    prev.glossary === next.glossary &&
    prev.format === next.format &&
    prev.onSelectStatus === next.onSelectStatus &&
    prev.onFocusItem === next.onFocusItem
  );
});
