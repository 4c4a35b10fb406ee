// Labelled inputs with a hint and an inline error, wired for screen readers (aria-invalid, aria-describedby).
import type { ReactNode } from 'react';
import './form-field.css';

export interface FieldA11y {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  /** Renders the input; spread the given props onto it so label, hint and error are linked. */
  children: (a11y: FieldA11y) => ReactNode;
}

/** One input with its label above, hint below the label and error below the input. */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': describedBy(id, hint, error) })}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  // Always present so the message is announced when it appears (role="alert" on insertion is unreliable).
  return (
    <span className="error" id={`${id}-error`} aria-live="polite">
      {error ? `⚠ ${error}` : ''}
    </span>
  );
}

export interface ChoiceGroupProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  /** Hide the legend visually when the section heading already says it (screen readers still get it). */
  legendHidden?: boolean;
  children: ReactNode;
}

/** A fieldset of checkboxes or radio buttons with one legend, hint and error for the group. */
export function ChoiceGroup({ id, legend, hint, error, className, legendHidden, children }: ChoiceGroupProps) {
  return (
    <fieldset className={`field choice-group${className ? ` ${className}` : ''}`} aria-describedby={describedBy(id, hint, error)} id={id}>
      <legend className={legendHidden ? 'visually-hidden' : undefined}>{legend}</legend>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <div className="choice-options">{children}</div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

export interface ChoiceProps extends Omit<React.InputHTMLAttributes<HTMLInputElement>, 'type'> {
  type: 'checkbox' | 'radio';
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** React 19 passes ref as a prop; react-hook-form's register() hands one over. */
  ref?: React.Ref<HTMLInputElement>;
}

/** One checkbox or radio button with its label and a one-line explanation under it. */
export function Choice({ type, id, label, hint, ...input }: ChoiceProps) {
  return (
    <div className="choice">
      <input type={type} id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      <span className="choice-text">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <span className="hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
      </span>
    </div>
  );
}
