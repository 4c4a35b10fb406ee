// One classification question as a small form: options, help, the words it uses, and Back / Continue.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { AnswerValue, ClassificationTerm, VisibleQuestion } from '../../domain/classification';
import { textIn } from '../../domain/text';
import { useUiLanguage } from '../../hooks/use-ui-language';

interface QuestionStepProps {
  question: VisibleQuestion;
  /** 1-based position among the questions asked so far. */
  number: number;
  current: AnswerValue | undefined;
  terms: ClassificationTerm[];
  /** Move focus to the question when it appears (not on the first render of the page). */
  focusOnShow: boolean;
  onAnswer: (value: AnswerValue) => void;
  onBack?: (() => void) | undefined;
  /** Shown while changing an earlier answer: leave it as it was. */
  onCancel?: (() => void) | undefined;
}

/** The draft of an answer before Continue: a value for yes/no and single, ticked values for multi. */
function initialDraft(question: VisibleQuestion, current: AnswerValue | undefined): string[] {
  if (current === undefined) return [];
  if (question.type === 'yesNo') return [current === true ? 'yes' : 'no'];
  return Array.isArray(current) ? current : [String(current)];
}

export function QuestionStep({ question, number, current, terms, focusOnShow, onAnswer, onBack, onCancel }: QuestionStepProps) {
  const { t } = useTranslation('classify');
  const language = useUiLanguage();
  const [draft, setDraft] = useState<string[]>(() => initialDraft(question, current));
  const [error, setError] = useState<'tick' | 'choose' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const baseId = useId();

  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);

  const options: { value: string; label: string; help?: string | undefined; exclusive?: boolean | undefined }[] =
    question.type === 'yesNo'
      ? [
          { value: 'yes', label: t('step.yes') },
          { value: 'no', label: t('step.no') },
        ]
      : question.visibleOptions.map((o) => ({ value: o.value, label: textIn(o.label, language), help: o.help && textIn(o.help, language), exclusive: o.exclusive }));
  const multi = question.type === 'multi';

  const toggle = (value: string, exclusive: boolean) => {
    setError(null);
    if (!multi) return setDraft([value]);
    setDraft((d) => {
      if (d.includes(value)) return d.filter((v) => v !== value);
      // "None of these" clears the other ticks, and ticking another option clears "None of these".
      if (exclusive) return [value];
      const exclusiveValues = options.filter((o) => o.exclusive).map((o) => o.value);
      return [...d.filter((v) => !exclusiveValues.includes(v)), value];
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.length === 0) {
      setError(multi ? 'tick' : 'choose');
      return;
    }
    if (question.type === 'yesNo') onAnswer(draft[0] === 'yes');
    else if (question.type === 'single') onAnswer(draft[0]!);
    else onAnswer(options.map((o) => o.value).filter((v) => draft.includes(v)));
  };

  const noneLabel = options.find((o) => o.exclusive)?.label;
  const errorText =
    error === 'choose' ? t('step.chooseOne') : error === 'tick' ? (noneLabel ? t('step.tickOneOrNone', { none: noneLabel }) : t('step.tickOne')) : null;
  const helpId = `${baseId}-help`;
  const subjectId = `${baseId}-subject`;
  const errorId = `${baseId}-error`;
  return (
    <form className="card question-step" onSubmit={submit} noValidate>
      <p className="question-kicker">
        <span>{t('step.counter', { number })}</span>
        <span aria-hidden="true"> · </span>
        <span>{textIn(question.group, language)}</span>
      </p>
      {question.subject && (
        <p className="question-subject" id={subjectId}>
          {textIn(question.subject, language)}
        </p>
      )}
      <fieldset aria-describedby={`${question.subject ? `${subjectId} ` : ''}${helpId}${error ? ` ${errorId}` : ''}`}>
        <legend className="question-legend">
          <h2 className="question-text" ref={headingRef} tabIndex={-1}>
            {textIn(question.text, language)}
          </h2>
        </legend>
        <p className="question-help" id={helpId}>
          {textIn(question.help, language)}
        </p>
        <div className={`question-options${options.length === 2 && question.type === 'yesNo' ? ' question-options-inline' : ''}`}>
          {options.map((o) => {
            const id = `${baseId}-${o.value}`;
            const checked = draft.includes(o.value);
            return (
              <label key={o.value} htmlFor={id} className={`question-option${checked ? ' is-checked' : ''}${o.exclusive ? ' is-exclusive' : ''}`}>
                <input
                  id={id}
                  type={multi ? 'checkbox' : 'radio'}
                  name={`${baseId}-answer`}
                  value={o.value}
                  checked={checked}
                  onChange={() => toggle(o.value, !!o.exclusive)}
                />
                <span className="question-option-text">
                  <span className="question-option-label">{o.label}</span>
                  {o.help && <span className="question-option-help">{o.help}</span>}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {errorText && (
        <p className="question-error" id={errorId} role="alert">
          {errorText}
        </p>
      )}
      {terms.length > 0 && (
        <details className="question-terms">
          <summary>{t('step.terms')}</summary>
          <dl>
            {terms.map((term) => (
              <div key={term.id}>
                <dt>{textIn(term.term, language)}</dt>
                <dd>
                  {textIn(term.text, language)} <span className="ref">{term.ref}</span>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <div className="question-actions">
        <button type="submit" className="btn btn-primary">
          {t('step.continue')}
        </button>
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel}>
            {t('step.keepEarlier')}
          </button>
        )}
        {!onCancel && onBack && (
          <button type="button" className="btn" onClick={onBack}>
            {t('step.back')}
          </button>
        )}
      </div>
    </form>
  );
}
