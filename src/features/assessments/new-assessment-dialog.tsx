// The short form that starts an assessment: company name and, optionally, the device; then the profile.
import { useEffect, useId, useRef, useState } from 'react';
import { Field } from '../../components/form-field';
import { profileSchema } from '../../domain/profile';

export interface NewAssessmentDialogProps {
  onCreate: (companyName: string, deviceName: string) => Promise<string | null>;
  onClose: () => void;
}

const focusableSelector = 'input, button, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

export function NewAssessmentDialog({ onCreate, onClose }: NewAssessmentDialogProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const [companyName, setCompanyName] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saveError, setSaveError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialogRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    // Focus goes back where it was when the dialog closes.
    return () => opener?.focus?.();
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !dialogRef.current) return;
    // Keep Tab inside the modal dialog.
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(focusableSelector)].filter((el) => !el.hasAttribute('disabled'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const checked = profileSchema.shape.companyName.safeParse(companyName);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Enter the company name');
      dialogRef.current?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    setBusy(true);
    const failure = await onCreate(checked.data, deviceName.trim());
    setBusy(false);
    if (failure) setSaveError(failure);
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal card" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={dialogRef} onKeyDown={onKeyDown}>
        <h2 id={titleId}>Start an assessment</h2>
        <p className="muted">Two questions to begin. Next, a short profile works out which MDR obligations apply to you.</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Field id="new-companyName" label="Company name" error={error}>
            {(a11y) => (
              <input
                type="text"
                autoComplete="organization"
                maxLength={200}
                value={companyName}
                onChange={(e) => {
                  setCompanyName(e.currentTarget.value);
                  if (error) setError(undefined);
                }}
                {...a11y}
              />
            )}
          </Field>
          <Field id="new-deviceName" label="Main device or product line (optional)" hint="For example “DermaScan wound camera”. You can change it later.">
            {(a11y) => <input type="text" maxLength={200} value={deviceName} onChange={(e) => setDeviceName(e.currentTarget.value)} {...a11y} />}
          </Field>
          {saveError && (
            <p className="error" role="alert">
              Could not create the assessment: {saveError}
            </p>
          )}
          <div className="modal-actions">
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              Continue to the profile →
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
