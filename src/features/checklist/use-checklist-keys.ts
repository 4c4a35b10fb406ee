// Keyboard shortcuts of the checklist: j/k or arrows move between items, 1–4 answer, n opens the note.
import { useLayoutEffect, useRef } from 'react';
import { answerStatuses, type AnswerStatus } from '../../domain/answer';

export interface ChecklistKeyActions {
  move: (step: 1 | -1) => void;
  answer: (status: AnswerStatus) => void;
  note: () => void;
}

/** True while the user types in a field, where letters and digits belong to the text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

export function useChecklistKeys(actions: ChecklistKeyActions): void {
  const latest = useRef(actions);
  // Layout effects: the shortcuts work from the moment the items are on screen.
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useLayoutEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      const a = latest.current;
      if (e.key === 'ArrowDown' || e.key === 'j') {
        e.preventDefault();
        a.move(1);
      } else if (e.key === 'ArrowUp' || e.key === 'k') {
        e.preventDefault();
        a.move(-1);
      } else if (/^[1-4]$/.test(e.key)) {
        if (e.repeat) return;
        e.preventDefault();
        a.answer(answerStatuses[Number(e.key) - 1]!);
      } else if (e.key === 'n') {
        // Without preventDefault the "n" would be typed into the note field that is about to get focus.
        e.preventDefault();
        a.note();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
