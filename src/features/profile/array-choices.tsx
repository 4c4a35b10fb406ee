// A group of checkboxes bound to one list field of the profile form (roles, device classes, markets).
import { Controller, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { Choice, ChoiceGroup } from '../../components/form-field';
import type { profileSchema } from '../../domain/profile';
import { useFieldErrorText } from './field-errors';
import type { ProfileForm } from './use-profile-autosave';

type ListField = Extract<FieldPath<z.input<typeof profileSchema>>, 'roles' | 'deviceClasses' | 'markets'>;

export interface ArrayChoicesProps {
  form: ProfileForm;
  name: ListField;
  legend: string;
  hint?: string;
  options: { value: string; label: string; hint?: string }[];
  className?: string;
  legendHidden?: boolean;
}

export function ArrayChoices({ form, name, legend, hint, options, className, legendHidden }: ArrayChoicesProps) {
  const errorText = useFieldErrorText();
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => {
        const selected = (field.value ?? []) as string[];
        const toggle = (value: string, on: boolean) => {
          const next = on ? [...selected, value] : selected.filter((v) => v !== value);
          // Keep the options' order, so the saved list reads the same however it was ticked.
          field.onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
        };
        return (
          <ChoiceGroup id={`profile-${name}`} legend={legend} hint={hint} error={errorText(name, fieldState.error)} className={className} legendHidden={legendHidden}>
            {options.map((o) => (
              <Choice
                key={o.value}
                type="checkbox"
                id={`profile-${name}-${o.value}`}
                name={name}
                value={o.value}
                label={o.label}
                hint={o.hint}
                checked={selected.includes(o.value)}
                aria-invalid={!!fieldState.error}
                onChange={(e) => toggle(o.value, e.currentTarget.checked)}
                onBlur={field.onBlur}
              />
            ))}
          </ChoiceGroup>
        );
      }}
    />
  );
}
