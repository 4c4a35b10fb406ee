// One item in the coaching view: the question in large type, big answer buttons, the firm's note and,
// when the adviser shows them, the adviser's note.
import { memo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { useStatusWords } from '../../components/status-text';
import { answerStatuses, type AnswerStatus } from '../../domain/answer';
import type { EvaluatedItem } from '../../domain/evaluate';
import { textIn, type Language } from '../../domain/text';

const icons: Record<AnswerStatus, string> = { met: '✓', partial: '◐', not_met: '✕', not_applicable: '–' };

interface CoachItemProps {
  evaluated: EvaluatedItem;
  position: number;
  language: Language;
  showAdviserNote: boolean;
  onSelect: (itemId: string, status: AnswerStatus) => void;
}

function CoachItemView({ evaluated, position, language, showAdviserNote, onSelect }: CoachItemProps) {
  const { t } = useTranslation('adviser');
  const words = useStatusWords();
  const { item, status, answer } = evaluated;
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const checked = answerStatuses.indexOf(status as AnswerStatus);
  const questionId = `coach-q-${item.id}`;

  // A radio group: arrow keys move between the four answers, Tab leaves the group.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'].includes(e.key)) return;
    e.preventDefault();
    const current = buttons.current.findIndex((b) => b === document.activeElement);
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
    buttons.current[(Math.max(current, 0) + step + answerStatuses.length) % answerStatuses.length]?.focus();
  };

  return (
    <li className={`coach-item status-${status}`} id={`coach-item-${item.id}`}>
      <p className="coach-item-meta">
        <span className="coach-item-number">{position}</span>
        <span className={`severity severity-${item.severity}`}>{words.severity[item.severity]}</span>
        {evaluated.refs.map((ref) => (
          <span key={ref} className="ref">
            {ref}
          </span>
        ))}
      </p>
      <h3 id={questionId} className="coach-question">
        {textIn(item.question, language)}
      </h3>
      <div role="radiogroup" aria-labelledby={questionId} className="coach-status" onKeyDown={onKeyDown}>
        {answerStatuses.map((s, i) => (
          <button
            key={s}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="radio"
            aria-checked={status === s}
            tabIndex={i === (checked >= 0 ? checked : 0) ? 0 : -1}
            className={`coach-status-option coach-status-${s}`}
            onClick={() => onSelect(item.id, s)}
          >
            <span className="coach-status-icon" aria-hidden="true">
              {icons[s]}
            </span>
            {words.status[s]}
          </button>
        ))}
      </div>
      {status === 'not_applicable' && answer?.naReason && (
        <p className="coach-note">
          <span className="coach-note-label">{t('coach.naReason')}</span> {answer.naReason}
        </p>
      )}
      {answer?.note && (
        <div className="coach-note">
          <p className="coach-note-label">{t('coach.firmNote')}</p>
          <p className="coach-note-text">{answer.note}</p>
        </div>
      )}
      {showAdviserNote && answer?.adviserNote && (
        <div className="coach-note coach-adviser-note">
          <p className="coach-note-label">{t('coach.adviserNote')}</p>
          <p className="coach-note-text">{answer.adviserNote}</p>
        </div>
      )}
    </li>
  );
}

export const CoachItem = memo(CoachItemView);
