// The free-text parts of an answer (note, evidence, owner, due date, not-applicable reason), saved as typed.
import { useCallback, type Ref } from 'react';
import type { Answer } from '../../domain/answer';
import { saveAnswer } from '../../db/assessments-repo';
import { trackWrite } from '../../stores/save-status';
import { useDraftText } from './use-draft-text';

type TextFieldName = 'note' | 'evidence' | 'owner' | 'dueDate' | 'naReason';

interface DraftFieldProps {
  assessmentId: string;
  itemId: string;
  name: TextFieldName;
  saved: string;
  label: string;
  hint?: string;
  kind?: 'text' | 'textarea' | 'date';
  maxLength?: number;
  placeholder?: string;
  inputRef?: Ref<HTMLTextAreaElement & HTMLInputElement>;
}

/** One field of an answer; `name` is also the answer property it writes. */
export function DraftField({ assessmentId, itemId, name, saved, label, hint, kind = 'text', maxLength, placeholder, inputRef }: DraftFieldProps) {
  const persist = useCallback(
    (value: string) => trackWrite(`answer:${assessmentId}:${itemId}:${name}`, () => saveAnswer(assessmentId, itemId, { [name]: value })),
    [assessmentId, itemId, name],
  );
  const draft = useDraftText(saved, persist);
  const id = `${name}-${itemId}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name,
    value: draft.value,
    maxLength,
    placeholder,
    'aria-describedby': hintId,
    onBlur: draft.flush,
  };
  return (
    <div className={`field answer-field answer-field-${name}`}>
      <label htmlFor={id}>{label}</label>
      {kind === 'textarea' ? (
        <textarea {...common} ref={inputRef} rows={3} onChange={(e) => draft.onChange(e.target.value)} />
      ) : (
        <input {...common} ref={inputRef} type={kind} onChange={(e) => draft.onChange(e.target.value)} />
      )}
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
    </div>
  );
}

interface AnswerFieldsProps {
  assessmentId: string;
  itemId: string;
  answer: Answer | undefined;
  noteRef: Ref<HTMLTextAreaElement & HTMLInputElement>;
}

export function AnswerFields({ assessmentId, itemId, answer, noteRef }: AnswerFieldsProps) {
  const base = { assessmentId, itemId };
  return (
    <div className="answer-fields">
      <DraftField
        {...base}
        name="note"
        kind="textarea"
        label="Note"
        saved={answer?.note ?? ''}
        maxLength={20000}
        placeholder="What is in place, what is missing, who said what"
        inputRef={noteRef}
      />
      <div className="answer-fields-row">
        <DraftField {...base} name="evidence" label="Evidence" saved={answer?.evidence ?? ''} maxLength={2000} placeholder="e.g. SOP-07 rev. 3, QMS/Design/DHF" />
        <DraftField {...base} name="owner" label="Owner" saved={answer?.owner ?? ''} maxLength={200} placeholder="Name or role" />
        <DraftField {...base} name="dueDate" kind="date" label="Due date" saved={answer?.dueDate ?? ''} />
      </div>
    </div>
  );
}
