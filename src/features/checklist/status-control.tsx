// The four answer buttons of an item, as one radio group (keys 1–4 set them from anywhere on the page).
import { useRef, type KeyboardEvent } from 'react';
import { answerStatuses, type AnswerStatus } from '../../domain/answer';
import type { ItemStatus } from '../../domain/evaluate';
import { useStatusWords } from '../../components/status-text';

const icons: Record<AnswerStatus, string> = { met: '✓', partial: '◐', not_met: '✕', not_applicable: '–' };

interface StatusControlProps {
  itemId: string;
  status: ItemStatus;
  labelledBy: string;
  onSelect: (status: AnswerStatus) => void;
}

export function StatusControl({ itemId, status, labelledBy, onSelect }: StatusControlProps) {
  const words = useStatusWords();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const checkedIndex = answerStatuses.indexOf(status as AnswerStatus);
  // Roving tab stop: the checked button, or the first one when nothing is chosen yet.
  const tabStop = checkedIndex >= 0 ? checkedIndex : 0;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const current = refs.current.findIndex((b) => b === document.activeElement);
    const step = e.key === 'ArrowRight' ? 1 : -1;
    const next = (Math.max(current, 0) + step + answerStatuses.length) % answerStatuses.length;
    refs.current[next]?.focus();
  };

  return (
    <div role="radiogroup" aria-labelledby={labelledBy} className="status-control" onKeyDown={onKeyDown}>
      {answerStatuses.map((s, i) => (
        <button
          key={s}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="radio"
          aria-checked={status === s}
          tabIndex={i === tabStop ? 0 : -1}
          className={`status-option status-option-${s}`}
          data-item={itemId}
          onClick={() => onSelect(s)}
        >
          <span className="status-option-icon" aria-hidden="true">
            {icons[s]}
          </span>
          <span>{words.status[s]}</span>
          <kbd className="status-option-key" aria-hidden="true">
            {i + 1}
          </kbd>
        </button>
      ))}
    </div>
  );
}
