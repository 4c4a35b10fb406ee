// The profile form's sections: company, roles, devices, device characteristics, transition, quality system.
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { coherentProfile, type DeviceClass, type Profile } from '../../domain/profile';
import { useTranslation } from '../../i18n/react';
import { Choice, ChoiceGroup, Field } from '../../components/form-field';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { ArrayChoices } from './array-choices';
import { profileLimits, useFieldErrorText } from './field-errors';
import { byName, countryName, euEeaCountries, otherCountries, useProfileOptions } from './profile-options';
import type { ProfileForm } from './use-profile-autosave';

interface SectionProps {
  form: ProfileForm;
}

function Section({ id, title, intro, children }: { id: string; title: string; intro: string; children: React.ReactNode }) {
  return (
    <section className="card profile-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted profile-intro">{intro}</p>
      {children}
    </section>
  );
}

const numberInput = { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? Number.NaN : Number(v)) };

export function CompanySection({ form }: SectionProps) {
  const { t } = useTranslation('profile');
  const language = useUiLanguage();
  const errorText = useFieldErrorText();
  const options = useProfileOptions();
  const { register, formState, control } = form;
  const { errors } = formState;
  const country = useWatch({ control, name: 'country' }) ?? 'LU';
  const markets = useWatch({ control, name: 'markets' }) ?? [];
  const known = [...euEeaCountries, ...otherCountries] as string[];
  // A country from an imported file that is in neither list still shows, under "Outside the EU".
  const outside = byName(known.includes(country) ? otherCountries : [...otherCountries, country], language);
  const marketCodes = byName([...new Set([...euEeaCountries, ...markets])], language);
  return (
    <Section id="company" title={t('company.title')} intro={t('company.intro')}>
      <div className="profile-grid">
        <Field id="profile-companyName" label={t('company.name')} error={errorText('companyName', errors.companyName)}>
          {(a11y) => <input type="text" autoComplete="organization" maxLength={profileLimits.textLength} {...a11y} {...register('companyName')} />}
        </Field>
        <Field id="profile-deviceName" label={t('company.deviceName')} hint={t('company.deviceNameHint')} error={errorText('deviceName', errors.deviceName)}>
          {(a11y) => <input type="text" maxLength={profileLimits.textLength} {...a11y} {...register('deviceName')} />}
        </Field>
        <Field id="profile-country" label={t('company.country')} error={errorText('country', errors.country)}>
          {(a11y) => (
            <select {...a11y} {...register('country')}>
              <optgroup label={t('company.euEea')}>
                {byName(euEeaCountries, language).map((c) => (
                  <option key={c} value={c}>
                    {countryName(c, language)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('company.outsideEu')}>
                {outside.map((c) => (
                  <option key={c} value={c}>
                    {countryName(c, language)}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
      </div>
      <ChoiceGroup
        id="profile-companySize"
        legend={t('company.size')}
        hint={t('company.sizeHint')}
        error={errorText('companySize', errors.companySize)}
        className="choice-columns"
      >
        {options.sizes.map((o) => (
          <Choice key={o.value} type="radio" id={`profile-companySize-${o.value}`} value={o.value} label={o.label} hint={o.hint} {...register('companySize')} />
        ))}
      </ChoiceGroup>
      <ArrayChoices
        form={form}
        name="markets"
        legend={t('company.markets')}
        hint={t('company.marketsHint')}
        options={marketCodes.map((c) => ({ value: c, label: countryName(c, language) }))}
        className="choice-compact"
      />
    </Section>
  );
}

export function RolesSection({ form }: SectionProps) {
  const { t } = useTranslation('profile');
  const errorText = useFieldErrorText();
  const options = useProfileOptions();
  const { register, formState, control } = form;
  const isManufacturer = (useWatch({ control, name: 'roles' }) ?? []).includes('manufacturer');
  return (
    <Section id="roles" title={t('roles.title')} intro={t('roles.intro')}>
      <ArrayChoices form={form} name="roles" legend={t('roles.legend')} legendHidden options={options.roles} className="choice-columns" />
      {isManufacturer && (
        <ChoiceGroup
          id="profile-establishment"
          legend={t('roles.establishment')}
          error={errorText('establishment', formState.errors.establishment)}
          className="choice-columns"
        >
          {options.establishment.map((o) => (
            <Choice key={o.value} type="radio" id={`profile-establishment-${o.value}`} value={o.value} label={o.label} hint={o.hint} {...register('establishment')} />
          ))}
        </ChoiceGroup>
      )}
    </Section>
  );
}

/**
 * Keeps the class I sub-types and their traits one fact on the form (coherentProfile): ticking
 * "sterile" with only class I selects class Is, and class Is ticks "sterile". Returns the sub-types
 * selected, for the note that explains them.
 */
function useCoherentClasses(form: ProfileForm): string | null {
  const { control, setValue } = form;
  const [classes, sterile, measuring, reusableSurgical] = useWatch({ control, name: ['deviceClasses', 'sterile', 'measuring', 'reusableSurgical'] });
  useEffect(() => {
    const current = { deviceClasses: (classes ?? []) as DeviceClass[], sterile: !!sterile, measuring: !!measuring, reusableSurgical: !!reusableSurgical };
    const coherent = coherentProfile(current as Profile);
    if (coherent === (current as Profile)) return;
    if (coherent.deviceClasses.join() !== current.deviceClasses.join()) setValue('deviceClasses', coherent.deviceClasses, { shouldDirty: true });
    for (const trait of ['sterile', 'measuring', 'reusableSurgical'] as const) {
      if (coherent[trait] !== current[trait]) setValue(trait, coherent[trait], { shouldDirty: true });
    }
  }, [classes, sterile, measuring, reusableSurgical, setValue]);
  const subtypes = (classes ?? []).filter((c) => c === 'Is' || c === 'Im' || c === 'Ir');
  return subtypes.length > 0 ? subtypes.join(', ') : null;
}

export function DevicesSection({ form }: SectionProps) {
  const { t } = useTranslation('profile');
  const errorText = useFieldErrorText();
  const options = useProfileOptions();
  const { register, formState } = form;
  const { errors } = formState;
  const count = { min: profileLimits.minCount, max: profileLimits.maxCount, step: 1 };
  const subtypes = useCoherentClasses(form);
  return (
    <Section id="devices" title={t('devices.title')} intro={t('devices.intro')}>
      <ArrayChoices form={form} name="deviceClasses" legend={t('devices.classes')} hint={t('devices.classesHint')} options={options.classes} className="choice-columns" />
      <p className="profile-note" role="status">
        {subtypes ? t('devices.subtypeNote', { classes: subtypes }) : ''}
      </p>
      <div className="profile-grid">
        <Field id="profile-deviceFamilies" label={t('devices.families')} hint={t('devices.familiesHint')} error={errorText('deviceFamilies', errors.deviceFamilies)}>
          {(a11y) => <input type="number" inputMode="numeric" {...count} {...a11y} {...register('deviceFamilies', numberInput)} />}
        </Field>
        <Field
          id="profile-technicalFiles"
          label={t('devices.technicalFiles')}
          hint={t('devices.technicalFilesHint')}
          error={errorText('technicalFiles', errors.technicalFiles)}
        >
          {(a11y) => <input type="number" inputMode="numeric" {...count} {...a11y} {...register('technicalFiles', numberInput)} />}
        </Field>
      </div>
    </Section>
  );
}

export function CharacteristicsSection({ form }: SectionProps) {
  const { t } = useTranslation('profile');
  const options = useProfileOptions();
  const { register, control, getValues, setValue, getFieldState } = form;
  const software = useWatch({ control, name: 'software' });
  // Software on its own touches no one: once "software" is ticked with nothing physical, body contact
  // becomes "none" unless the user has already chosen it here.
  useEffect(() => {
    if (!software || getFieldState('bodyContact').isDirty) return;
    const physical = getValues('implantable') || getValues('active') || getValues('sterile') || getValues('reusableSurgical');
    if (!physical && getValues('bodyContact') === 'surface') setValue('bodyContact', 'none', { shouldDirty: false });
  }, [software, getValues, setValue, getFieldState]);
  return (
    <Section id="characteristics" title={t('characteristics.title')} intro={t('characteristics.intro')}>
      <ChoiceGroup id="profile-characteristics" legend={t('characteristics.legend')} legendHidden className="choice-columns">
        {options.characteristics.map((o) => (
          <Choice key={o.value} type="checkbox" id={`profile-${o.value}`} label={o.label} hint={o.hint} {...register(o.value)} />
        ))}
      </ChoiceGroup>
      <ChoiceGroup id="profile-bodyContact" legend={t('characteristics.bodyContact')} hint={t('characteristics.bodyContactHint')} className="choice-columns">
        {options.bodyContact.map((o) => (
          <Choice key={o.value} type="radio" id={`profile-bodyContact-${o.value}`} value={o.value} label={o.label} hint={o.hint} {...register('bodyContact')} />
        ))}
      </ChoiceGroup>
    </Section>
  );
}

export function TransitionSection({ form }: SectionProps) {
  const { t } = useTranslation('profile');
  const errorText = useFieldErrorText();
  const options = useProfileOptions();
  const { register, formState, control } = form;
  const legacy = useWatch({ control, name: 'transition' }) === 'legacy';
  const classes = useWatch({ control, name: 'deviceClasses' }) ?? [];
  // Only devices that need a notified body under the MDR have a transition (Art. 120(3a)-(3c)).
  const plainClassIOnly = classes.length > 0 && classes.every((c) => c === 'I');
  return (
    <Section id="transition" title={t('transition.title')} intro={t('transition.intro')}>
      <ChoiceGroup id="profile-transition" legend={t('transition.legend')} error={errorText('transition', formState.errors.transition)} className="choice-columns">
        {options.transition.map((o) => (
          <Choice key={o.value} type="radio" id={`profile-transition-${o.value}`} value={o.value} label={o.label} hint={o.hint} {...register('transition')} />
        ))}
      </ChoiceGroup>
      {legacy && plainClassIOnly && (
        <p className="profile-note" role="note">
          {t('transition.noTransitionClassI')}
        </p>
      )}
      {legacy && (
        <ChoiceGroup id="profile-legacyBasis" legend={t('transition.basis')} className="choice-columns">
          {options.legacyBasis.map((o) => (
            <Choice key={o.value} type="radio" id={`profile-legacyBasis-${o.value}`} value={o.value} label={o.label} hint={o.hint} {...register('legacyBasis')} />
          ))}
        </ChoiceGroup>
      )}
      {legacy && (
        <ChoiceGroup id="profile-legacy" legend={t('transition.legacy')} hint={t('transition.legacyHint')} className="choice-columns">
          {options.legacy.map((o) => (
            <Choice key={o.value} type="checkbox" id={`profile-${o.value}`} label={o.label} hint={o.hint} {...register(o.value)} />
          ))}
        </ChoiceGroup>
      )}
    </Section>
  );
}

export function QualitySection({ form }: SectionProps) {
  const { t } = useTranslation('profile');
  const { register } = form;
  return (
    <Section id="quality" title={t('quality.title')} intro={t('quality.intro')}>
      <ChoiceGroup id="profile-quality" legend={t('quality.legend')} legendHidden>
        <Choice type="checkbox" id="profile-iso13485Certified" label={t('quality.iso')} hint={t('quality.isoHint')} {...register('iso13485Certified')} />
      </ChoiceGroup>
    </Section>
  );
}
