// Autosave timing: the latest value is saved shortly after the last change, and at once when the user
// leaves the field, the screen (unmount) or the page (pagehide), so nothing typed is lost.
import { useCallback, useEffect, useRef } from 'react';

export interface DebouncedSave<T> {
  /** Remember the latest value and save it after `delayMs` without further changes. */
  schedule: (value: T) => void;
  /** Save the pending value now, if any. */
  flush: () => void;
  /** True while a change waits for its save. */
  isPending: () => boolean;
}

export function useDebouncedSave<T>(save: (value: T) => unknown, delayMs = 400): DebouncedSave<T> {
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) void saveRef.current(next.value);
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

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
      // Leaving the screen (route change) saves what is still waiting.
      flush();
    };
  }, [flush]);

  const isPending = useCallback(() => pending.current !== null, []);
  return { schedule, flush, isPending };
}
