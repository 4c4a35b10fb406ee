// The free-text parts of an answer (note, evidence, owner, due date, not-applicable reason), saved as typed.
import { useCallback, useEffect, useMemo, useRef, type Ref } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Answer } from '../../domain/answer';
import { saveAnswer, saveAnswerNow } from '../../db/assessments-repo';
import { trackWrite } from '../../stores/save-status';
import { AdviserNoteDisclosure } from './adviser-note-disclosure';
import { useDraftText } from './use-draft-text';

type TextFieldName = 'note' | 'evidence' | 'owner' | 'dueDate' | 'naReason' | 'adviserNote';

/** The unsaved text of one item's fields, so a closing page can still write the whole answer at once. */
export interface LastChanceSave {
  set: (field: TextFieldName, value: string) => void;
  /** A regular write of `value` went through: it no longer needs the last-chance save. */
  settle: (field: TextFieldName, value: string) => void;
  saveNow: () => void;
}

export function useLastChanceSave(assessmentId: string, itemId: string, answer: Answer | undefined): LastChanceSave {
  const latest = useRef(answer);
  const unsent = useRef<Partial<Record<TextFieldName, string>>>({});
  useEffect(() => {
    latest.current = answer;
  }, [answer]);
  return useMemo(
    () => ({
      set: (field, value) => {
        unsent.current[field] = value;
      },
      settle: (field, value) => {
        if (unsent.current[field] === value) delete unsent.current[field];
      },
      saveNow: () => {
        if (Object.keys(unsent.current).length === 0) return;
        // Live rows carry their assessmentId, which is not part of an answer.
        const { assessmentId: _row, ...saved } = (latest.current ?? { itemId }) as Answer & { assessmentId?: string };
        saveAnswerNow(assessmentId, { ...saved, ...unsent.current, itemId });
      },
    }),
    [assessmentId, itemId],
  );
}

interface DraftFieldProps {
  assessmentId: string;
  itemId: string;
  name: TextFieldName;
  saved: string;
  lastChance: LastChanceSave;
  label: string;
  hint?: string;
  kind?: 'text' | 'textarea' | 'date';
  maxLength?: number;
  placeholder?: string;
  inputRef?: Ref<HTMLTextAreaElement & HTMLInputElement>;
}

/** One field of an answer; `name` is also the answer property it writes. */
export function DraftField({ assessmentId, itemId, name, saved, lastChance, label, hint, kind = 'text', maxLength, placeholder, inputRef }: DraftFieldProps) {
  const persist = useCallback(
    async (value: string) => {
      const result = await trackWrite(`answer:${assessmentId}:${itemId}:${name}`, () => saveAnswer(assessmentId, itemId, { [name]: value }));
      if (result.ok) lastChance.settle(name, value);
      return result;
    },
    [assessmentId, itemId, name, lastChance],
  );
  const draft = useDraftText(saved, persist, lastChance.saveNow);
  const onChange = (value: string) => {
    lastChance.set(name, value);
    draft.onChange(value);
  };
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
  lastChance: LastChanceSave;
  noteRef: Ref<HTMLTextAreaElement & HTMLInputElement>;
}

export function AnswerFields({ assessmentId, itemId, answer, lastChance, noteRef }: AnswerFieldsProps) {
  const { t } = useTranslation('adviser');
  const { t: tc } = useTranslation('checklist');
  const base = { assessmentId, itemId, lastChance };
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
