// The profile form's sections: company, roles, devices, device characteristics, transition, quality system.
import { useWatch } from 'react-hook-form';
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

export function DevicesSection({ form }: SectionProps) {
  const { t } = useTranslation('profile');
  const errorText = useFieldErrorText();
  const options = useProfileOptions();
  const { register, formState } = form;
  const { errors } = formState;
  const count = { min: profileLimits.minCount, max: profileLimits.maxCount, step: 1 };
  return (
    <Section id="devices" title={t('devices.title')} intro={t('devices.intro')}>
      <ArrayChoices form={form} name="deviceClasses" legend={t('devices.classes')} hint={t('devices.classesHint')} options={options.classes} className="choice-columns" />
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
  const { register } = form;
  return (
    <Section id="characteristics" title={t('characteristics.title')} intro={t('characteristics.intro')}>
      <ChoiceGroup id="profile-characteristics" legend={t('characteristics.legend')} legendHidden className="choice-columns">
        {options.characteristics.map((o) => (
          <Choice key={o.value} type="checkbox" id={`profile-${o.value}`} label={o.label} hint={o.hint} {...register(o.value)} />
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
  return (
    <Section id="transition" title={t('transition.title')} intro={t('transition.intro')}>
      <ChoiceGroup id="profile-transition" legend={t('transition.legend')} error={errorText('transition', formState.errors.transition)} className="choice-columns">
        {options.transition.map((o) => (
          <Choice key={o.value} type="radio" id={`profile-transition-${o.value}`} value={o.value} label={o.label} hint={o.hint} {...register('transition')} />
        ))}
      </ChoiceGroup>
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
