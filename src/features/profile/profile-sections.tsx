// The profile form's sections: company, roles, devices, device characteristics, transition, quality system.
import { useWatch, type FieldError } from 'react-hook-form';
import { Choice, ChoiceGroup, Field } from '../../components/form-field';
import {
  byName,
  characteristicOptions,
  classOptions,
  countryName,
  establishmentOptions,
  euEeaCountries,
  legacyConditionOptions,
  otherCountries,
  roleOptions,
  sizeOptions,
  transitionOptions,
} from './profile-options';
import { ArrayChoices } from './array-choices';
import type { ProfileForm } from './use-profile-autosave';

interface SectionProps {
  form: ProfileForm;
}

/** Zod's own words for a wrong type ("expected number, received NaN") mean nothing to a user. */
function message(error: FieldError | undefined, wrongType = 'Enter a whole number'): string | undefined {
  if (!error) return undefined;
  return error.type === 'invalid_type' ? wrongType : error.message;
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
  const { register, formState, control } = form;
  const { errors } = formState;
  const country = useWatch({ control, name: 'country' }) ?? 'LU';
  const markets = useWatch({ control, name: 'markets' }) ?? [];
  const known = [...euEeaCountries, ...otherCountries] as string[];
  // A country from an imported file that is in neither list still shows, under "Outside the EU".
  const outside = byName(known.includes(country) ? otherCountries : [...otherCountries, country]);
  const marketCodes = byName([...new Set([...euEeaCountries, ...markets])]);
  return (
    <Section id="company" title="Company" intro="Who you are. Size and country change some duties and how much closing a gap costs.">
      <div className="profile-grid">
        <Field id="profile-companyName" label="Company name" error={message(errors.companyName, 'Enter the company name')}>
          {(a11y) => <input type="text" autoComplete="organization" maxLength={200} {...a11y} {...register('companyName')} />}
        </Field>
        <Field id="profile-deviceName" label="Main device or product line (optional)" hint="Shown in the list and on the report." error={message(errors.deviceName)}>
          {(a11y) => <input type="text" maxLength={200} {...a11y} {...register('deviceName')} />}
        </Field>
        <Field id="profile-country" label="Country of registered office" error={message(errors.country, 'Choose a country')}>
          {(a11y) => (
            <select {...a11y} {...register('country')}>
              <optgroup label="EU and EEA">
                {byName(euEeaCountries).map((c) => (
                  <option key={c} value={c}>
                    {countryName(c)}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Outside the EU">
                {outside.map((c) => (
                  <option key={c} value={c}>
                    {countryName(c)}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
      </div>
      <ChoiceGroup
        id="profile-companySize"
        legend="Company size"
        hint="The EU definition (Recommendation 2003/361/EC) counts staff plus turnover or balance sheet, including partner and linked companies."
        error={message(errors.companySize)}
        className="choice-columns"
      >
        {sizeOptions.map((o) => (
          <Choice key={o.value} type="radio" id={`profile-companySize-${o.value}`} value={o.value} label={o.label} hint={o.hint} {...register('companySize')} />
        ))}
      </ChoiceGroup>
      <ArrayChoices
        form={form}
        name="markets"
        legend="Markets served"
        hint="EU and EEA countries where your devices are sold or used. Each market may need labels and instructions in its language."
        options={marketCodes.map((c) => ({ value: c, label: countryName(c) }))}
        className="choice-compact"
      />
    </Section>
  );
}

export function RolesSection({ form }: SectionProps) {
  const { register, formState, control } = form;
  const isManufacturer = (useWatch({ control, name: 'roles' }) ?? []).includes('manufacturer');
  return (
    <Section id="roles" title="Your role(s)" intro="The MDR gives each economic operator its own duties. Tick every role your company has.">
      <ArrayChoices form={form} name="roles" legend="Roles" legendHidden options={roleOptions} className="choice-columns" />
      {isManufacturer && (
        <ChoiceGroup
          id="profile-establishment"
          legend="Where is the manufacturer established?"
          error={message(formState.errors.establishment)}
          className="choice-columns"
        >
          {establishmentOptions.map((o) => (
            <Choice key={o.value} type="radio" id={`profile-establishment-${o.value}`} value={o.value} label={o.label} hint={o.hint} {...register('establishment')} />
          ))}
        </ChoiceGroup>
      )}
    </Section>
  );
}

export function DevicesSection({ form }: SectionProps) {
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <Section id="devices" title="Devices" intro="The risk class decides whether a notified body is involved and how much evidence you need.">
      <ArrayChoices
        form={form}
        name="deviceClasses"
        legend="Device classes"
        hint="Tick every class among your devices. Not sure? Classification follows the rules of MDR Annex VIII."
        options={classOptions}
        className="choice-columns"
      />
      <div className="profile-grid">
        <Field
          id="profile-deviceFamilies"
          label="Number of device families"
          hint="Devices with the same intended purpose and technology. Documentation costs grow with this number."
          error={message(errors.deviceFamilies)}
        >
          {(a11y) => <input type="number" inputMode="numeric" min={1} max={500} step={1} {...a11y} {...register('deviceFamilies', numberInput)} />}
        </Field>
        <Field
          id="profile-technicalFiles"
          label="Number of technical files"
          hint="Usually one per device or device family. Notified body reviews are charged per file."
          error={message(errors.technicalFiles)}
        >
          {(a11y) => <input type="number" inputMode="numeric" min={1} max={500} step={1} {...a11y} {...register('technicalFiles', numberInput)} />}
        </Field>
      </div>
    </Section>
  );
}

export function CharacteristicsSection({ form }: SectionProps) {
  const { register } = form;
  return (
    <Section id="characteristics" title="Device characteristics" intro="Tick what is true of at least one of your devices. Each adds specific safety and documentation duties.">
      <ChoiceGroup id="profile-characteristics" legend="Device characteristics" legendHidden className="choice-columns">
        {characteristicOptions.map((o) => (
          <Choice key={o.value} type="checkbox" id={`profile-${o.value}`} label={o.label} hint={o.hint} {...register(o.value)} />
        ))}
      </ChoiceGroup>
    </Section>
  );
}

export function TransitionSection({ form }: SectionProps) {
  const { register, formState, control } = form;
  const legacy = useWatch({ control, name: 'transition' }) === 'legacy';
  return (
    <Section
      id="transition"
      title="Transition"
      intro="Devices certified under the old directives may stay on the market until 2027 or 2028 if they meet the conditions of Regulation (EU) 2023/607."
    >
      <ChoiceGroup id="profile-transition" legend="Your devices are" error={message(formState.errors.transition)} className="choice-columns">
        {transitionOptions.map((o) => (
          <Choice key={o.value} type="radio" id={`profile-transition-${o.value}`} value={o.value} label={o.label} hint={o.hint} {...register('transition')} />
        ))}
      </ChoiceGroup>
      {legacy && (
        <ChoiceGroup
          id="profile-legacy"
          legend="Conditions for the extended transition (MDR Art. 120(3c), Regulation (EU) 2023/607)"
          hint="Tick each condition you meet. A condition not met puts the extension, and the device's place on the market, at risk."
          className="choice-columns"
        >
          {legacyConditionOptions.map((o) => (
            <Choice key={o.value} type="checkbox" id={`profile-${o.value}`} label={o.label} hint={o.hint} {...register(o.value)} />
          ))}
        </ChoiceGroup>
      )}
    </Section>
  );
}

export function QualitySection({ form }: SectionProps) {
  const { register } = form;
  return (
    <Section id="quality" title="Quality system" intro="An existing certified quality system shortens the way to MDR compliance.">
      <ChoiceGroup id="profile-quality" legend="Quality system certification" legendHidden>
        <Choice
          type="checkbox"
          id="profile-iso13485Certified"
          label="ISO 13485 certified"
          hint="Your quality management system holds a valid ISO 13485 certificate from an accredited body."
          {...register('iso13485Certified')}
        />
      </ChoiceGroup>
    </Section>
  );
}
