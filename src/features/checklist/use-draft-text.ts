// A text field that saves while the user types (debounced), flushes on blur, unmount and page hide,
// and never lets a live-query update overwrite text that is still on its way to the database.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WriteResult } from '../../db/write-result';

export const saveDelayMs = 400;

export interface DraftText {
  value: string;
  onChange: (value: string) => void;
  /** Send any unsaved text now (blur, leaving the page). */
  flush: () => void;
}

/**
 * `persist` is the tracked write; when the page is hidden or closed it is called from the event
 * handler, so it must put the change on its way to the disk before it returns (saveAnswer journals it).
 */
export function useDraftText(saved: string, persist: (value: string) => Promise<WriteResult>): DraftText {
  // The user's text while it differs from (or has not yet reached) the saved value; null shows `saved`.
  const [draft, setDraft] = useState<string | null>(null);
  // False from the first keystroke until every write of this field has finished.
  const [settled, setSettled] = useState(true);
  const persistRef = useRef(persist);
  const unsent = useRef<string | null>(null);
  const inFlight = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    persistRef.current = persist;
  }, [persist]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const value = unsent.current;
    if (value === null) return;
    unsent.current = null;
    inFlight.current += 1;
    void persistRef.current(value).finally(() => {
      inFlight.current -= 1;
      if (inFlight.current === 0 && unsent.current === null) setSettled(true);
    });
  }, []);

  const onChange = useCallback(
    (value: string) => {
      setDraft(value);
      setSettled(false);
      unsent.current = value;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, saveDelayMs);
    },
    [flush],
  );

  // Leaving the page or closing the tab: pagehide is the last reliable moment to start a write, and a
  // hidden tab on a phone may be discarded without one.
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      // Unmount (route change, another area): whatever was typed is still saved.
      flush();
    };
  }, [flush]);

  // Once the saved value has caught up and nothing is pending, show the saved value again, so a change
  // made in another tab appears here. Adjusting state during render is React's pattern for this.
  if (draft !== null && settled && saved === draft) setDraft(null);

  return { value: draft ?? saved, onChange, flush };
}
