// The "More" menu of one assessment row: a disclosure of action buttons, closed by Escape, a click outside or tabbing out.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface RowMenuProps {
  /** The button's accessible name, e.g. "More actions for Lumen". */
  label: string;
  /** The button's visible text, e.g. "More". */
  buttonText: string;
  children: (close: () => void) => ReactNode;
}

export function RowMenu({ label, buttonText, children }: RowMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    root.current?.querySelector<HTMLButtonElement>('.row-menu-panel button')?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      className="row-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
      onBlur={(e) => {
        // Tabbing out of the menu closes it, rather than leaving it open over the next row.
        const next = e.relatedTarget;
        if (open && next instanceof Node && !root.current?.contains(next)) setOpen(false);
      }}
    >
      <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={panelId} aria-label={label} ref={button} onClick={() => setOpen((o) => !o)}>
        {buttonText} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="row-menu-panel card" id={panelId}>
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}
