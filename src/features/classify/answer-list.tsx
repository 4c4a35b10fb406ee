// The answers given so far, each with a button to change it.
import { useTranslation } from '../../i18n/react';
import type { AnswerValue, VisibleQuestion } from '../../domain/classification';
import { textIn, type Language } from '../../domain/text';
import { useUiLanguage } from '../../hooks/use-ui-language';

/** An answer as the user picked it: the yes/no word, or the labels of the chosen options. */
export function answerLabel(question: VisibleQuestion, value: AnswerValue, language: Language, yesNo: { yes: string; no: string }): string {
  if (question.type === 'yesNo') return value === true ? yesNo.yes : yesNo.no;
  const values = Array.isArray(value) ? value : [value];
  return values
    .map((v) => {
      const option = question.options.find((o) => o.value === v);
      return option ? textIn(option.label, language) : String(v);
    })
    .join('; ');
}

interface AnswerListProps {
  questions: readonly VisibleQuestion[];
  answers: Readonly<Record<string, AnswerValue>>;
  editing: string | null;
  onChange: (questionId: string) => void;
}

export function AnswerList({ questions, answers, editing, onChange }: AnswerListProps) {
  const { t } = useTranslation('classify');
  const language = useUiLanguage();
  const answered = questions.filter((q) => answers[q.id] !== undefined);
  if (answered.length === 0) return null;
  const yesNo = { yes: t('step.yes'), no: t('step.no') };
  return (
    <section className="answer-list" aria-labelledby="answer-list-title">
      <h2 id="answer-list-title">{t('answers.title')}</h2>
      <ol>
        {answered.map((q) => {
          const text = textIn(q.text, language);
          return (
            <li key={q.id} className={editing === q.id ? 'is-editing' : undefined}>
              <div className="answer-list-text">
                <span className="answer-list-question">
                  <span className="answer-list-group">{textIn(q.group, language)}</span>
                  <span aria-hidden="true"> · </span>
                  {text}
                </span>
                <span className="answer-list-answer">{answerLabel(q, answers[q.id]!, language, yesNo)}</span>
              </div>
              {editing === q.id ? (
                <span className="badge">{t('answers.changing')}</span>
              ) : (
                <button type="button" className="btn btn-small" onClick={() => onChange(q.id)} aria-label={t('answers.changeLabel', { question: text })}>
                  {t('answers.change')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
