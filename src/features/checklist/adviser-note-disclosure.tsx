// The adviser's own note on an item, kept apart from the firm's fields: closed until asked for.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import './adviser-note.css';

interface AdviserNoteDisclosureProps {
  hasNote: boolean;
  /** The note field, rendered only while open (it saves what was typed when it closes). */
  children: ReactNode;
}

export function AdviserNoteDisclosure({ hasNote, children }: AdviserNoteDisclosureProps) {
  const { t } = useTranslation('adviser');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={`adviser-note${open ? ' is-open' : ''}`}>
      <button type="button" className="adviser-note-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((v) => !v)}>
        <span className="adviser-note-chevron" aria-hidden="true">
          ▸
        </span>
        {t('adviserNote.toggle')}
        {hasNote && <span className="adviser-note-flag">{t('adviserNote.written')}</span>}
      </button>
      <div id={panelId} className="adviser-note-panel" hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
