// The assessment's own name and assessor, saved as the user types (they are not part of the profile).
import { useCallback, useState } from 'react';
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
  return (
    <section className="card profile-section" aria-labelledby="meta-heading">
      <h2 id="meta-heading">About this assessment</h2>
      <p className="muted profile-intro">Optional: a name for this assessment and who fills it in.</p>
      <div className="profile-grid">
        <MetaInput
          assessment={assessment}
          name="title"
          label="Assessment title (optional)"
          hint="Shown in the list instead of the company name, e.g. “2027 readiness review”."
          placeholder={assessment.profile.companyName}
        />
        <MetaInput assessment={assessment} name="assessor" label="Assessor (optional)" hint="Who fills this in: you, a colleague or an adviser. Printed on the report." />
      </div>
    </section>
  );
}
