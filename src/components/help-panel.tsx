// A small collapsible "How this works" panel in plain language, the same on every screen.
import type { ReactNode } from 'react';
import './help-panel.css';

interface HelpPanelProps {
  title: string;
  children: ReactNode;
  /** Extra classes for a screen's own layout of the panel. */
  className?: string;
}

export function HelpPanel({ title, children, className }: HelpPanelProps) {
  return (
    <details className={`help-panel card${className ? ` ${className}` : ''}`}>
      <summary>
        <span className="help-panel-icon" aria-hidden="true">
          ?
        </span>
        {title}
      </summary>
      {children}
    </details>
  );
}
