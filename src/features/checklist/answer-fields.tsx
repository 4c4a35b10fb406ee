// The free-text parts of an answer (note, evidence, owner, due date, not-applicable reason), saved as typed.
import { useCallback, type Ref } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Answer } from '../../domain/answer';
import { saveAnswer } from '../../db/assessments-repo';
import { trackWrite } from '../../stores/save-status';
import { AdviserNoteDisclosure } from './adviser-note-disclosure';
import { useDraftText } from './use-draft-text';

type TextFieldName = 'note' | 'evidence' | 'owner' | 'dueDate' | 'naReason' | 'adviserNote';

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
    // Journalled before it returns (src/db/write-journal.ts): safe to call as the page goes away.
    (value: string) => trackWrite(`answer:${assessmentId}:${itemId}:${name}`, () => saveAnswer(assessmentId, itemId, { [name]: value })),
    [assessmentId, itemId, name],
  );
  const draft = useDraftText(saved, persist);
  const onChange = draft.onChange;
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
        <textarea {...common} ref={inputRef} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} ref={inputRef} type={kind} onChange={(e) => onChange(e.target.value)} />
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
  const { t } = useTranslation('adviser');
  const { t: tc } = useTranslation('checklist');
  const base = { assessmentId, itemId };
  return (
    <div className="answer-fields">
      <DraftField
        {...base}
        name="note"
        kind="textarea"
        label={tc('fields.note')}
        saved={answer?.note ?? ''}
        maxLength={20000}
        placeholder={tc('fields.notePlaceholder')}
        inputRef={noteRef}
      />
      <div className="answer-fields-row">
        <DraftField
          {...base}
          name="evidence"
          label={tc('fields.evidence')}
          saved={answer?.evidence ?? ''}
          maxLength={2000}
          placeholder={tc('fields.evidencePlaceholder')}
        />
        <DraftField {...base} name="owner" label={tc('fields.owner')} saved={answer?.owner ?? ''} maxLength={200} placeholder={tc('fields.ownerPlaceholder')} />
        <DraftField {...base} name="dueDate" kind="date" label={tc('fields.dueDate')} saved={answer?.dueDate ?? ''} />
      </div>
      <AdviserNoteDisclosure hasNote={!!answer?.adviserNote}>
        <DraftField
          {...base}
          name="adviserNote"
          kind="textarea"
          label={t('adviserNote.label')}
          hint={t('adviserNote.hint')}
          saved={answer?.adviserNote ?? ''}
          maxLength={20000}
        />
      </AdviserNoteDisclosure>
    </div>
  );
}
