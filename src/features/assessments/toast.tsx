// A short-lived message at the bottom of the screen, with an optional action such as "Undo".
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';

export interface ToastMessage {
  text: string;
  action?: { label: string; run: () => void };
}

/** One toast at a time; a new one replaces the old. Messages with an action stay longer. */
export function useToast(): { toast: ToastMessage | null; show: (message: ToastMessage) => void; dismiss: () => void } {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setToast(null);
  }, []);
  const show = useCallback(
    (message: ToastMessage) => {
      clearTimeout(timer.current);
      setToast(message);
      timer.current = setTimeout(dismiss, message.action ? 12_000 : 6_000);
    },
    [dismiss],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  return { toast, show, dismiss };
}

export function Toast({ toast, onDismiss }: { toast: ToastMessage | null; onDismiss: () => void }) {
  const { t } = useTranslation('assessments');
  // The live region stays mounted so screen readers announce each new message.
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              className="btn btn-small toast-action"
              onClick={() => {
                toast.action!.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="toast-close" aria-label={t('toast.dismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
