// The short form that starts an assessment: company name, optionally the device, and the language of its
// checklist and report (the interface language unless changed); then the profile.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { Field } from '../../components/form-field';
import { profileSchema } from '../../domain/profile';
import { languages, type Language } from '../../domain/text';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { isLanguage, languageNames } from '../../i18n/languages';

export interface NewAssessmentDialogProps {
  onCreate: (companyName: string, deviceName: string, language: Language) => Promise<string | null>;
  onClose: () => void;
}

const focusableSelector = 'input, button, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

export function NewAssessmentDialog({ onCreate, onClose }: NewAssessmentDialogProps) {
  const { t } = useTranslation('assessments');
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const [companyName, setCompanyName] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [language, setLanguage] = useState<Language>(useUiLanguage());
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
      // The only way to fail here is an empty name: the field stops at the schema's 200 characters.
      setError(t('dialog.companyRequired'));
      dialogRef.current?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    setBusy(true);
    const failure = await onCreate(checked.data, deviceName.trim(), language);
    setBusy(false);
    if (failure) setSaveError(failure);
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal card" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={dialogRef} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{t('dialog.title')}</h2>
        <p className="muted">{t('dialog.lead')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Field id="new-companyName" label={t('dialog.company')} error={error}>
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
          <Field id="new-deviceName" label={t('dialog.device')} hint={t('dialog.deviceHint')}>
            {(a11y) => <input type="text" maxLength={200} value={deviceName} onChange={(e) => setDeviceName(e.currentTarget.value)} {...a11y} />}
          </Field>
          <Field id="new-language" label={t('dialog.language')} hint={t('dialog.languageHint')}>
            {(a11y) => (
              <select
                value={language}
                onChange={(e) => {
                  const chosen = e.currentTarget.value;
                  if (isLanguage(chosen)) setLanguage(chosen);
                }}
                {...a11y}
              >
                {languages.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {languageNames[l]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {saveError && (
            <p className="error" role="alert">
              {t('dialog.saveFailed', { reason: saveError })}
            </p>
          )}
          <div className="modal-actions">
            <button type="button" className="btn" onClick={onClose}>
              {t('dialog.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {t('dialog.continue')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
