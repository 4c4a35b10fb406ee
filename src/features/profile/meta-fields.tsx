// The assessment's own name and assessor, saved as the user types (they are not part of the profile).
import { useCallback, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { updateAssessmentMeta } from '../../db/assessments-repo';
import type { AssessmentRow } from '../../db/database';
import { Field } from '../../components/form-field';
import { useDebouncedSave } from '../../hooks/use-debounced-save';
import { trackWrite } from '../../stores/save-status';

type MetaKey = 'title' | 'assessor';

function MetaInput({ assessment, name, label, hint, placeholder }: { assessment: AssessmentRow; name: MetaKey; label: string; hint: string; placeholder?: string }) {
  const [value, setValue] = useState(assessment[name]);
  const save = useCallback(
    (next: string) => trackWrite(`meta:${assessment.id}:${name}`, () => updateAssessmentMeta(assessment.id, { [name]: next.trim() })),
    [assessment.id, name],
  );
  const debounced = useDebouncedSave(save, 400);
  return (
    <Field id={`meta-${name}`} label={label} hint={hint}>
      {(a11y) => (
        <input
          type="text"
          maxLength={200}
          placeholder={placeholder}
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            debounced.schedule(e.currentTarget.value);
          }}
          onBlur={debounced.flush}
          {...a11y}
        />
      )}
    </Field>
  );
}

export function MetaFields({ assessment }: { assessment: AssessmentRow }) {
  const { t } = useTranslation('profile');
  return (
    <section className="card profile-section" aria-labelledby="meta-heading">
      <h2 id="meta-heading">{t('meta.title')}</h2>
      <p className="muted profile-intro">{t('meta.intro')}</p>
      <div className="profile-grid">
        <MetaInput
          assessment={assessment}
          name="title"
          label={t('meta.titleLabel')}
          hint={t('meta.titleHint')}
          placeholder={assessment.profile.companyName}
        />
        <MetaInput assessment={assessment} name="assessor" label={t('meta.assessorLabel')} hint={t('meta.assessorHint')} />
      </div>
    </section>
  );
}
