// The four answer buttons of an item, as one radio group (keys 1–4 set them from anywhere on the page).
import { useRef, useState, type KeyboardEvent } from 'react';
import { answerStatuses, type AnswerStatus } from '../../domain/answer';
import type { ItemStatus } from '../../domain/evaluate';
import { useStatusWords } from '../../components/status-text';

const icons: Record<AnswerStatus, string> = { met: '✓', partial: '◐', not_met: '✕', not_applicable: '–' };

interface StatusControlProps {
  itemId: string;
  status: ItemStatus;
  labelledBy: string;
  /** Saves the choice; resolves to whether it was saved. */
  onSelect: (status: AnswerStatus) => Promise<boolean>;
}

export function StatusControl({ itemId, status: saved, labelledBy, onSelect }: StatusControlProps) {
  const words = useStatusWords();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  // The button clicked shows as chosen at once, before the saved answer comes back through the live
  // query; whatever is saved next (this choice, or a change from elsewhere) takes over, and a choice
  // that could not be saved goes back to the saved one (the page says why).
  const [chosen, setChosen] = useState<AnswerStatus | null>(null);
  const [lastSaved, setLastSaved] = useState(saved);
  if (saved !== lastSaved) {
    setLastSaved(saved);
    setChosen(null);
  }
  const status = chosen ?? saved;
  const choose = (s: AnswerStatus) => {
    setChosen(s);
    void onSelect(s).then((ok) => {
      if (!ok) setChosen(null);
    });
  };
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
          onClick={() => choose(s)}
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
